/** Data access for stories. Per-story queries only touch that story's rows (indexed by storyId). */
import { getDb } from "./db";

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
