/** Data access for stories. Per-story queries only touch that story's rows (indexed by storyId). */
import { getDb, type Tx } from "./db";

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

/** Marks the story as changed (its list order follows its latest change). */
export async function touchStory(tx: Tx, id: string) {
  await tx.story.update({ where: { id }, data: { updatedAt: new Date() } });
}

export async function storyExists(id: string): Promise<boolean> {
  const db = await getDb();
  return (await db.story.count({ where: { id, deletedAt: null } })) > 0;
}
