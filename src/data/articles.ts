/** Data access for articles and their text revisions. */
import { type ReadOptions, readerOf, type Tx } from "./db";

const articleInclude = { currentRevision: true, story: { select: { id: true, title: true } } } as const;

export async function findArticle(id: string, options: ReadOptions = {}) {
  const db = await readerOf(options);
  return db.article.findFirst({ where: { id, deletedAt: null, story: { deletedAt: null } }, include: articleInclude });
}

export type ArticleRow = NonNullable<Awaited<ReturnType<typeof findArticle>>>;

/**
 * What anchoring a new claim needs of a live article in a live story: its story and current text
 * (one query; null when the article, its story or its text is missing).
 */
export async function findArticleText(id: string, options: ReadOptions = {}): Promise<{ storyId: string; revisionId: string; text: string } | null> {
  const db = await readerOf(options);
  const rows = await db.$queryRaw<{ storyId: string; revisionId: string; text: string }[]>`
    SELECT a."storyId", r."id" AS "revisionId", r."text"
    FROM "article" a JOIN "story" s ON s."id" = a."storyId" JOIN "article_revision" r ON r."id" = a."currentRevisionId"
    WHERE a."id" = ${id} AND a."deletedAt" IS NULL AND s."deletedAt" IS NULL`;
  return rows[0] ?? null;
}

export interface ArticleFields {
  title: string;
  outlet: string;
  author: string;
  publishedAt: string | null;
  url: string | null;
  language: string;
}

/** A new article with its first revision as the current one. */
export async function insertArticleWithText(
  tx: Tx,
  data: ArticleFields & { storyId: string; text: string; createdById: string; modifiedAt?: string | null; fetchedAt?: Date | null; fetchUrl?: string | null },
) {
  const { text, createdById, ...fields } = data;
  const position = await tx.article.count({ where: { storyId: data.storyId } });
  const article = await tx.article.create({ data: { ...fields, position, createdById } });
  const revision = await tx.articleRevision.create({ data: { articleId: article.id, number: 1, text, createdById } });
  await tx.article.update({ where: { id: article.id }, data: { currentRevisionId: revision.id } });
  return (await findArticle(article.id, { tx }))!;
}

export async function updateArticleAtVersion(tx: Tx, id: string, version: number, data: Partial<ArticleFields> & { fetchUrl?: null }) {
  const { count } = await tx.article.updateMany({ where: { id, version, deletedAt: null }, data: { ...data, version: { increment: 1 } } });
  return count === 0 ? null : findArticle(id, { tx });
}

/** Appends a revision and makes it current, if the article is still at `version`. */
export async function appendRevisionAtVersion(tx: Tx, id: string, version: number, text: string, createdById: string) {
  const last = await tx.articleRevision.findFirst({ where: { articleId: id }, orderBy: { number: "desc" }, select: { number: true } });
  const revision = await tx.articleRevision.create({ data: { articleId: id, number: (last?.number ?? 0) + 1, text, createdById } });
  const { count } = await tx.article.updateMany({
    where: { id, version, deletedAt: null },
    data: { currentRevisionId: revision.id, version: { increment: 1 } },
  });
  return count === 0 ? null : revision;
}

/** Records a fetch of the article's page (not a content change: no new version). */
export async function markArticleFetched(tx: Tx, id: string, data: { fetchedAt: Date; modifiedAt: string | null; fetchUrl: string }) {
  await tx.article.update({ where: { id }, data });
}
