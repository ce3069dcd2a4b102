/** Data access for stories. Per-story queries only touch that story's rows (indexed by storyId). */
import { Prisma } from "@/data/generated/sqlite/client";
import { dbProvider, getDb, type ReadOptions, readerOf, type Tx } from "./db";

interface LiveCounts {
  _count: { articles: number; claims: number };
}

/**
 * Live articles and claims of the given stories (claims of a deleted article do not count), by the
 * storyId indexes (claims through the covering articleId index). Prisma's `_count` include aggregated every story's rows before joining (a cost
 * that grew with the database, not the story: docs/benchmarks.md), so the counts are raw SQL.
 */
async function withLiveCounts<T extends { id: string }>(db: Tx, rows: T[]): Promise<(T & LiveCounts)[]> {
  if (rows.length === 0) return [];
  const ids = Prisma.join(rows.map((r) => r.id));
  // One after the other: `db` may be an interactive transaction.
  const articles = await db.$queryRaw<{ storyId: string; n: bigint | number }[]>`
    SELECT "storyId", COUNT(*) AS "n" FROM "article" WHERE "storyId" IN (${ids}) AND "deletedAt" IS NULL GROUP BY "storyId"`;
  const claims = await db.$queryRaw<{ storyId: string; n: bigint | number }[]>`
    SELECT a."storyId", COUNT(*) AS "n" FROM "article" a JOIN "claim" c ON c."articleId" = a."id"
    WHERE a."storyId" IN (${ids}) AND a."deletedAt" IS NULL AND c."deletedAt" IS NULL GROUP BY a."storyId"`;
  const byStory = (found: { storyId: string; n: bigint | number }[]) => new Map(found.map((f) => [f.storyId, Number(f.n)]));
  const a = byStory(articles);
  const c = byStory(claims);
  return rows.map((r) => ({ ...r, _count: { articles: a.get(r.id) ?? 0, claims: c.get(r.id) ?? 0 } }));
}

async function withCounts<T extends { id: string }>(db: Tx, row: T | null): Promise<(T & LiveCounts) | null> {
  return row ? (await withLiveCounts(db, [row]))[0]! : null;
}

/** A story row with its live article and claim counts. */
export async function withStoryCounts<T extends { id: string }>(tx: Tx, row: T): Promise<T & LiveCounts> {
  return (await withLiveCounts(tx, [row]))[0]!;
}

export async function findStoriesPage(limit: number, after?: { updatedAt: Date; id: string }) {
  const db = await getDb();
  return db.story.findMany({
    where: {
      deletedAt: null,
      ...(after && {
        OR: [{ updatedAt: { lt: after.updatedAt } }, { updatedAt: after.updatedAt, id: { lt: after.id } }],
      }),
    },
    orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
    take: limit + 1,
  }).then((rows) => withLiveCounts(db, rows));
}

export async function findStoryWithArticles(id: string) {
  const db = await getDb();
  const row = await db.story.findFirst({
    where: { id, deletedAt: null },
    include: { articles: { where: { deletedAt: null }, orderBy: [{ position: "asc" }, { createdAt: "asc" }] } },
  });
  return withCounts(db, row);
}

export type StoryRow = NonNullable<Awaited<ReturnType<typeof findStoryWithArticles>>>;

export async function insertStory(tx: Tx, data: { title: string; description: string; createdById: string }) {
  // A new story has no articles or claims yet: nothing to count.
  return { ...(await tx.story.create({ data })), _count: { articles: 0, claims: 0 } };
}

/** A live story (its row only). */
export async function findStory(id: string, options: ReadOptions = {}) {
  const db = await readerOf(options);
  return db.story.findFirst({ where: { id, deletedAt: null } });
}

/** Applies the change only if the row is still at `version` (optimistic concurrency); returns the new row or null. */
export async function updateStoryAtVersion(tx: Tx, id: string, version: number, data: { title?: string; description?: string }) {
  const { count } = await tx.story.updateMany({ where: { id, version, deletedAt: null }, data: { ...data, version: { increment: 1 } } });
  if (count === 0) return null;
  // Prisma's @updatedAt is the clock, which can repeat the stamp a write moved on the same
  // millisecond; the stamp must move on (derived results are cached by it).
  await touchStory(tx, id);
  return tx.story.findUniqueOrThrow({ where: { id } });
}

/**
 * Marks the story as changed: its list order follows its latest change, and its `updatedAt` is the
 * change stamp that derived results (the comparison cache) are keyed by. Every mutation calls this
 * in its own transaction, so the stamp must move on with every commit, also when two app
 * instances write in the same millisecond or their clocks disagree: the new stamp is the later of
 * now and the previous stamp plus 1 ms. On PostgreSQL the row lock of the UPDATE orders concurrent
 * writers (each computes from the committed stamp); SQLite runs one writer at a time.
 */
export async function touchStory(tx: Tx, id: string) {
  if (dbProvider() === "postgresql") {
    await tx.$executeRaw`UPDATE "story" SET "updatedAt" = GREATEST(clock_timestamp() AT TIME ZONE 'UTC', "updatedAt" + interval '1 millisecond') WHERE "id" = ${id}`;
    return;
  }
  // One statement (the write lock is held: SQLite runs write transactions one at a time). Stamps are
  // stored as ISO text in UTC with milliseconds and "+00:00", which orders like the instants;
  // strftime's arithmetic is in whole milliseconds.
  const now = new Date().toISOString().replace("Z", "+00:00");
  await tx.$executeRaw`UPDATE "story" SET "updatedAt" = MAX(${now}, COALESCE(strftime('%Y-%m-%dT%H:%M:%f', "updatedAt", '+0.001 seconds') || '+00:00', ${now})) WHERE "id" = ${id}`;
}

/** The story's change stamp (see touchStory), or null when there is no live story with that id. */
export async function findStoryStamp(id: string): Promise<number | null> {
  // Raw: it runs before every comparison read, and a model query costs about 1 ms of query
  // compilation here against 0.2 ms (docs/benchmarks.md). SQLite answers the stored ISO text.
  const db = await getDb();
  const rows = await db.$queryRaw<{ updatedAt: Date | string }[]>`
    SELECT "updatedAt" FROM "story" WHERE "id" = ${id} AND "deletedAt" IS NULL LIMIT 1`;
  const row = rows[0];
  return row ? new Date(row.updatedAt).getTime() : null;
}

export async function storyExists(id: string): Promise<boolean> {
  const db = await getDb();
  return (await db.story.count({ where: { id, deletedAt: null } })) > 0;
}
