/** Data access for articles and their text revisions. */
import { getDb } from "./db";

export async function findArticle(id: string) {
  const db = await getDb();
  return db.article.findFirst({
    where: { id, deletedAt: null, story: { deletedAt: null } },
    include: { currentRevision: true, story: { select: { id: true, title: true } } },
  });
}

export type ArticleRow = NonNullable<Awaited<ReturnType<typeof findArticle>>>;
