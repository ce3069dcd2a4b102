/** Data access for claims. */
import { Prisma } from "@/data/generated/sqlite/client";
import { getDb, type ReadOptions, readerOf, type Tx, type WriteOptions } from "./db";

const withAuthor = { createdBy: { select: { id: true, name: true } } } as const;

/** `hidden`: ids left out (work the reader may not see during an independent round). */
const notHidden = (hidden?: ReadonlySet<string>) => (hidden?.size ? { id: { notIn: [...hidden] } } : {});

export async function findArticleClaimsPage(articleId: string, limit: number, after?: { start: number; id: string }, hidden?: ReadonlySet<string>) {
  const db = await getDb();
  return db.claim.findMany({
    where: {
      articleId,
      deletedAt: null,
      ...notHidden(hidden),
      ...(after && { OR: [{ start: { gt: after.start } }, { start: after.start, id: { gt: after.id } }] }),
    },
    orderBy: [{ start: "asc" }, { id: "asc" }],
    take: limit + 1,
    include: withAuthor,
  });
}

/** A live claim of a live article (`deleted`: or a deleted one, to restore it). */
export async function findClaim(id: string, options: ReadOptions = {}) {
  const db = await readerOf(options);
  return db.claim.findFirst({ where: { id, ...(!options.deleted && { deletedAt: null }), article: { deletedAt: null } }, include: withAuthor });
}

export type ClaimRow = NonNullable<Awaited<ReturnType<typeof findClaim>>>;

/** Every live claim of a story, in reading order per article. */
export async function findStoryClaims(storyId: string) {
  const db = await getDb();
  return db.claim.findMany({
    where: { storyId, deletedAt: null, article: { deletedAt: null } },
    orderBy: [{ articleId: "asc" }, { start: "asc" }, { id: "asc" }],
    include: withAuthor,
  });
}

/**
 * The story's live, anchored claims that speak to no live proposition (no live link, or links only
 * to deleted propositions), in reading order, the first `limit` of them, and how many there are.
 */
export async function findUnlinkedStoryClaims(storyId: string, limit: number, hidden?: ReadonlySet<string>) {
  const db = await getDb();
  const where = {
    storyId,
    deletedAt: null,
    ...notHidden(hidden),
    orphaned: false,
    article: { deletedAt: null },
    links: { none: { deletedAt: null, proposition: { deletedAt: null } } },
  } satisfies Prisma.ClaimWhereInput;
  const [rows, total] = await Promise.all([
    db.claim.findMany({ where, orderBy: [{ article: { position: "asc" } }, { articleId: "asc" }, { start: "asc" }, { id: "asc" }], take: limit, include: withAuthor }),
    db.claim.count({ where }),
  ]);
  return { rows, total };
}

/** How many live claims each article of the story has, per sourcing (the dashboard's chart). */
/** Orphaned claims are left out: their words are no longer in the article (until repaired). */
export async function countStoryClaimsBySourcing(storyId: string, hidden?: ReadonlySet<string>) {
  const db = await getDb();
  const groups = await db.claim.groupBy({
    by: ["articleId", "sourcing"],
    where: { storyId, deletedAt: null, orphaned: false, ...notHidden(hidden) },
    _count: { _all: true },
  });
  return groups.map((g) => ({ articleId: g.articleId, sourcing: g.sourcing, count: g._count._all }));
}

/** Every live claim of one article, in reading order. */
export async function findAllArticleClaims(articleId: string, options: ReadOptions = {}) {
  const db = await readerOf(options);
  return db.claim.findMany({ where: { articleId, deletedAt: null }, orderBy: [{ start: "asc" }, { id: "asc" }], include: withAuthor });
}

/** Inserts a claim written by `author` (one statement; the author is known, so not read back). */
export async function insertClaim(tx: Tx, data: Prisma.ClaimUncheckedCreateInput & { createdById: string }, author: { id: string; name: string }) {
  const row = await tx.claim.create({ data });
  return { ...row, createdBy: { id: author.id, name: author.name } };
}

/** Applies the change only if the claim is still at `version`; returns the new row or null. */
export async function updateClaimAtVersion(tx: Tx, id: string, version: number, data: Prisma.ClaimUncheckedUpdateManyInput, options: WriteOptions = {}) {
  const { count } = await tx.claim.updateMany({
    where: { id, version, deletedAt: options.deleted ? { not: null } : null },
    data: { ...data, version: { increment: 1 } },
  });
  return count === 0 ? null : tx.claim.findUniqueOrThrow({ where: { id }, include: withAuthor });
}

export interface ClaimFilters {
  q?: string;
  sourcing?: string[];
  status?: string[];
  source?: string;
  authorId?: string;
  articleId?: string;
  orphaned?: boolean;
  /** Claims left out (work the reader may not see during an independent round). */
  hidden?: ReadonlySet<string>;
}

/** `LIKE` pattern for "contains", with the pattern characters of the value escaped (escape: `\\`). */
function containsPattern(value: string) {
  return `%${value.toLowerCase().replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
}
const containsSql = (column: Prisma.Sql, value: string) => Prisma.sql`LOWER(${column}) LIKE ${containsPattern(value)} ESCAPE '\\'`;

interface SearchRow {
  id: string; storyId: string; articleId: string; revisionId: string; exact: string; prefix: string; suffix: string;
  start: number | bigint; end: number | bigint; orphaned: boolean | number | bigint; statement: string; sourcing: string; source: string; cue: string;
  status: string; createdById: string | null; importedAuthor: string | null; version: number | bigint; createdAt: Date | string | number; updatedAt: Date | string | number;
  deletedAt: Date | string | number | null; reviewRequestedAt: Date | string | number | null; wordsChangedAt: Date | string | number | null; adjudicatedAt: Date | string | number | null; authorName: string | null; articleTitle: string;
}
const toDate = (v: Date | string | number) => (v instanceof Date ? v : new Date(v));

/**
 * A story's live claims matching the filters, in article then reading order (at most `limit`), with
 * their authors and article titles (one join), and the number matching in all; the same SQL on
 * both providers. Matching ignores letter case.
 */
export async function searchStoryClaims(storyId: string, f: ClaimFilters, limit: number) {
  const db = await getDb();
  const conditions = [
    Prisma.sql`c."storyId" = ${storyId}`,
    Prisma.sql`c."deletedAt" IS NULL`,
    Prisma.sql`a."deletedAt" IS NULL`,
    ...(f.sourcing?.length ? [Prisma.sql`CAST(c."sourcing" AS TEXT) IN (${Prisma.join(f.sourcing)})`] : []),
    ...(f.status?.length ? [Prisma.sql`CAST(c."status" AS TEXT) IN (${Prisma.join(f.status)})`] : []),
    ...(f.source ? [containsSql(Prisma.sql`c."source"`, f.source)] : []),
    ...(f.authorId ? [Prisma.sql`c."createdById" = ${f.authorId}`] : []),
    ...(f.articleId ? [Prisma.sql`c."articleId" = ${f.articleId}`] : []),
    ...(f.orphaned !== undefined ? [Prisma.sql`c."orphaned" = ${f.orphaned}`] : []),
    ...(f.hidden?.size ? [Prisma.sql`c."id" NOT IN (${Prisma.join([...f.hidden])})`] : []),
    ...(f.q
      ? [Prisma.sql`(${Prisma.join(["statement", "exact", "source", "cue"].map((col) => containsSql(Prisma.raw(`c."${col}"`), f.q!)), " OR ")})`]
      : []),
  ];
  const where = Prisma.join(conditions, " AND ");
  // The count is its own query: a window count would make the database build every matching row
  // in full before the limit (twice the time on 3,000 claims).
  const [rows, [count]] = await Promise.all([
    db.$queryRaw<SearchRow[]>`
    SELECT c."id", c."storyId", c."articleId", c."revisionId", c."exact", c."prefix", c."suffix", c."start", c."end", c."orphaned",
      c."statement", CAST(c."sourcing" AS TEXT) AS "sourcing", c."source", c."cue", CAST(c."status" AS TEXT) AS "status", c."createdById", c."importedAuthor",
      c."version", c."createdAt", c."updatedAt", c."deletedAt", c."reviewRequestedAt", c."wordsChangedAt", c."adjudicatedAt",
      u."name" AS "authorName", a."title" AS "articleTitle"
    FROM "claim" c
    JOIN "article" a ON a."id" = c."articleId"
    LEFT JOIN "user" u ON u."id" = c."createdById"
    WHERE ${where}
    ORDER BY a."position", c."articleId", c."start", c."id"
    LIMIT ${limit}`,
    db.$queryRaw<{ n: number | bigint }[]>`SELECT COUNT(*) AS "n" FROM "claim" c JOIN "article" a ON a."id" = c."articleId" WHERE ${where}`,
  ]);
  return {
    total: Number(count?.n ?? 0),
    rows: rows.map((r) => ({
      id: r.id, storyId: r.storyId, articleId: r.articleId, revisionId: r.revisionId, exact: r.exact, prefix: r.prefix, suffix: r.suffix,
      start: Number(r.start), end: Number(r.end), orphaned: Boolean(r.orphaned), statement: r.statement,
      sourcing: r.sourcing as ClaimRow["sourcing"], source: r.source, cue: r.cue, status: r.status as ClaimRow["status"],
      createdById: r.createdById, importedAuthor: r.importedAuthor, version: Number(r.version), createdAt: toDate(r.createdAt), updatedAt: toDate(r.updatedAt),
      deletedAt: r.deletedAt === null ? null : toDate(r.deletedAt), reviewRequestedAt: r.reviewRequestedAt === null ? null : toDate(r.reviewRequestedAt),
      wordsChangedAt: r.wordsChangedAt === null ? null : toDate(r.wordsChangedAt),
      adjudicatedAt: r.adjudicatedAt === null ? null : toDate(r.adjudicatedAt),
      createdBy: r.createdById && r.authorName !== null ? { id: r.createdById, name: r.authorName } : null,
      article: { title: r.articleTitle },
    })),
  };
}

/** The people who recorded claims in a story (for the author filter). */
export async function findStoryClaimAuthors(storyId: string, hidden?: ReadonlySet<string>) {
  const db = await getDb();
  const visible = hidden?.size ? Prisma.sql` AND c."id" NOT IN (${Prisma.join([...hidden])})` : Prisma.empty;
  return db.$queryRaw<{ id: string; name: string }[]>`
    SELECT u."id", u."name" FROM "user" u
    WHERE u."id" IN (SELECT c."createdById" FROM "claim" c WHERE c."storyId" = ${storyId} AND c."deletedAt" IS NULL${visible})
    ORDER BY u."name"`;
}
