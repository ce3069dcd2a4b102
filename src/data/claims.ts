/** Data access for claims. */
import { getDb } from "./db";

const withAuthor = { createdBy: { select: { id: true, name: true } } } as const;

export async function findArticleClaimsPage(
  articleId: string,
  limit: number,
  after?: { start: number; id: string },
) {
  const db = await getDb();
  return db.claim.findMany({
    where: {
      articleId,
      deletedAt: null,
      ...(after && { OR: [{ start: { gt: after.start } }, { start: after.start, id: { gt: after.id } }] }),
    },
    orderBy: [{ start: "asc" }, { id: "asc" }],
    take: limit + 1,
    include: withAuthor,
  });
}

export async function findClaim(id: string) {
  const db = await getDb();
  return db.claim.findFirst({ where: { id, deletedAt: null }, include: withAuthor });
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

/** Every live claim of one article, in reading order. */
export async function findAllArticleClaims(articleId: string) {
  const db = await getDb();
  return db.claim.findMany({
    where: { articleId, deletedAt: null },
    orderBy: [{ start: "asc" }, { id: "asc" }],
    include: withAuthor,
  });
}
