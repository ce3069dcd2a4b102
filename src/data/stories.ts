/** Data access for stories. Per-story queries only touch that story's rows (indexed by storyId). */
import { dbProvider, getDb, type Tx } from "./db";

const liveCounts = {
  _count: {
    select: {
      articles: { where: { deletedAt: null } },
      claims: { where: { deletedAt: null, article: { deletedAt: null } } },
    },
  },
} as const;

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
    include: liveCounts,
  });
}

export async function findStoryWithArticles(id: string) {
  const db = await getDb();
  return db.story.findFirst({
    where: { id, deletedAt: null },
    include: {
      ...liveCounts,
      articles: { where: { deletedAt: null }, orderBy: [{ position: "asc" }, { createdAt: "asc" }] },
    },
  });
}

export type StoryRow = NonNullable<Awaited<ReturnType<typeof findStoryWithArticles>>>;

export async function insertStory(tx: Tx, data: { title: string; description: string; createdById: string }) {
  return tx.story.create({ data, include: liveCounts });
}

export async function findLiveStory(tx: Tx, id: string) {
  return tx.story.findFirst({ where: { id, deletedAt: null } });
}

/** Applies the change only if the row is still at `version` (optimistic concurrency); returns the new row or null. */
export async function updateStoryAtVersion(tx: Tx, id: string, version: number, data: { title?: string; description?: string }) {
  const { count } = await tx.story.updateMany({ where: { id, version, deletedAt: null }, data: { ...data, version: { increment: 1 } } });
  return count === 0 ? null : tx.story.findUniqueOrThrow({ where: { id }, include: liveCounts });
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
  const db = await getDb();
  const row = await db.story.findFirst({ where: { id, deletedAt: null }, select: { updatedAt: true } });
  return row ? row.updatedAt.getTime() : null;
}

export async function storyExists(id: string): Promise<boolean> {
  const db = await getDb();
  return (await db.story.count({ where: { id, deletedAt: null } })) > 0;
}
