/**
 * A fingerprint of the rows that belong to some stories and users: per table, how many rows and the
 * sum of their versions. Tables and columns are discovered from the database, so tables added later
 * are covered too. Scoped (not whole tables) because test files run in parallel on one database.
 */
import { dbProvider, getDb } from "@/data/db";

const SCOPE_COLUMNS = {
  story: ["storyId"],
  user: ["createdById", "userId", "actorId", "authorId", "decidedById", "requestedById", "reviewerId"],
  article: ["articleId"],
} as const;

export interface Scope {
  storyIds: string[];
  userIds: string[];
  articleIds?: string[];
}

async function columnsByTable(): Promise<Map<string, Set<string>>> {
  const db = await getDb();
  const rows: { t: string; c: string }[] =
    dbProvider() === "sqlite"
      ? await db.$queryRawUnsafe(
          `SELECT m.name AS t, p.name AS c FROM sqlite_master m JOIN pragma_table_info(m.name) p
           WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' AND m.name NOT LIKE '_prisma%'`,
        )
      : await db.$queryRawUnsafe(
          `SELECT table_name AS t, column_name AS c FROM information_schema.columns
           WHERE table_schema = current_schema() AND table_name NOT LIKE '_prisma%'`,
        );
  const map = new Map<string, Set<string>>();
  for (const { t, c } of rows) (map.get(t) ?? map.set(t, new Set()).get(t)!).add(c);
  return map;
}

const quote = (s: string) => `'${s.replace(/'/g, "''")}'`;
const inList = (ids: string[]) => `(${ids.map(quote).join(", ")})`;

/** "Table: count rows, version sum" for every table with a row in the scope. */
export async function scopedFingerprint(scope: Scope): Promise<Record<string, string>> {
  const db = await getDb();
  const parts: string[] = [];
  for (const [table, cols] of await columnsByTable()) {
    if (table === "rate_limit") continue; // sign-in throttling counts attempts, refused ones too
    const where: string[] = [];
    const add = (names: readonly string[], ids: string[] | undefined) => {
      if (!ids?.length) return;
      for (const n of names) if (cols.has(n)) where.push(`"${n}" IN ${inList(ids)}`);
    };
    add(SCOPE_COLUMNS.story, scope.storyIds);
    add(SCOPE_COLUMNS.user, scope.userIds);
    add(SCOPE_COLUMNS.article, scope.articleIds);
    if (table === "story") where.push(`"id" IN ${inList(scope.storyIds)}`);
    if (!where.length) continue;
    const version = cols.has("version") ? `SUM("version")` : "0";
    const updated = cols.has("updatedAt") ? `MAX("updatedAt")` : "NULL";
    parts.push(`SELECT ${quote(table)} AS t, COUNT(*) AS n, ${version} AS v, ${updated} AS u FROM "${table}" WHERE ${where.join(" OR ")}`);
  }
  const rows: { t: string; n: unknown; v: unknown; u: unknown }[] = await db.$queryRawUnsafe(parts.join(" UNION ALL "));
  return Object.fromEntries(
    rows.map((r) => [r.t, `${String(r.n)} rows, versions ${String(r.v ?? 0)}, last change ${String(r.u instanceof Date ? r.u.toISOString() : r.u)}`]),
  );
}
