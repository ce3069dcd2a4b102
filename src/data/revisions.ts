/** Data access for an article's text revisions and the re-anchoring trail of its claims. */
import { type ReadOptions, readerOf } from "./db";

const revisionFields = { id: true, number: true, createdAt: true } as const;

/** The article's revisions, oldest first, without their texts. */
export async function findRevisionList(articleId: string, options: ReadOptions = {}) {
  const db = await readerOf(options);
  return db.articleRevision.findMany({ where: { articleId }, orderBy: { number: "asc" }, select: revisionFields });
}

export async function findRevisionWithText(articleId: string, revisionId: string, options: ReadOptions = {}) {
  const db = await readerOf(options);
  return db.articleRevision.findFirst({ where: { articleId, id: revisionId }, select: { ...revisionFields, text: true } });
}

/** The audit entries that moved or orphaned these claims (re-anchoring after text revisions), oldest first. */
export async function findReanchorEntries(claimIds: string[], options: ReadOptions = {}) {
  if (!claimIds.length) return [];
  const db = await readerOf(options);
  return db.auditEntry.findMany({
    where: { entity: "claim", entityId: { in: claimIds }, action: { in: ["claim.reanchor", "claim.orphan"] } },
    orderBy: [{ at: "asc" }, { id: "asc" }],
    select: { entityId: true, before: true },
  });
}

/** A story's live articles in their order, each with every revision (texts included), for the timeline. */
export async function findStoryArticleRevisions(storyId: string, options: ReadOptions = {}) {
  const db = await readerOf(options);
  return db.article.findMany({
    where: { storyId, deletedAt: null },
    orderBy: [{ position: "asc" }, { id: "asc" }],
    select: {
      id: true,
      title: true,
      outlet: true,
      publishedAt: true,
      createdAt: true,
      revisions: { orderBy: { number: "asc" }, select: { id: true, number: true, createdAt: true, text: true } },
    },
  });
}
