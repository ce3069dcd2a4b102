/** The review queue: claims and links waiting for an editor, oldest request first. */
import { getDb } from "./db";

export interface QueueFilter {
  storyId?: string;
  articleId?: string;
  authorId?: string;
  sourcing?: string;
}

export interface QueueKey {
  at: Date;
  id: string;
}

const after = (key?: QueueKey) =>
  key && { OR: [{ reviewRequestedAt: { gt: key.at } }, { reviewRequestedAt: key.at, id: { gt: key.id } }] };

/** What waits for review: live claims of live articles and stories, requested. */
const waitingClaims = { status: "needs_review", deletedAt: null, article: { deletedAt: null }, story: { deletedAt: null }, reviewRequestedAt: { not: null } } as const;
/** Live links of live claims and propositions, requested. */
const waitingLinks = {
  status: "needs_review",
  deletedAt: null,
  story: { deletedAt: null },
  proposition: { deletedAt: null },
  reviewRequestedAt: { not: null },
} as const;

export async function findQueuedClaims(f: QueueFilter, limit: number, key?: QueueKey) {
  const db = await getDb();
  return db.claim.findMany({
    where: {
      ...waitingClaims,
      ...(f.storyId && { storyId: f.storyId }),
      ...(f.articleId && { articleId: f.articleId }),
      ...(f.authorId && { createdById: f.authorId }),
      ...(f.sourcing && { sourcing: f.sourcing as never }),
      ...after(key),
    },
    orderBy: [{ reviewRequestedAt: "asc" }, { id: "asc" }],
    take: limit + 1,
    include: {
      createdBy: { select: { id: true, name: true } },
      article: { select: { id: true, title: true, outlet: true } },
      story: { select: { id: true, title: true } },
    },
  });
}

export async function findQueuedLinks(f: QueueFilter, limit: number, key?: QueueKey) {
  const db = await getDb();
  return db.claimLink.findMany({
    where: {
      ...waitingLinks,
      claim: { deletedAt: null, article: { deletedAt: null }, ...(f.articleId && { articleId: f.articleId }), ...(f.sourcing && { sourcing: f.sourcing as never }) },
      ...(f.storyId && { storyId: f.storyId }),
      ...(f.authorId && { createdById: f.authorId }),
      ...after(key),
    },
    orderBy: [{ reviewRequestedAt: "asc" }, { id: "asc" }],
    take: limit + 1,
    include: {
      createdBy: { select: { id: true, name: true } },
      proposition: { select: { id: true, statement: true } },
      claim: { select: { id: true, statement: true, sourcing: true, exact: true, wordsChangedAt: true, article: { select: { id: true, title: true, outlet: true } } } },
      story: { select: { id: true, title: true } },
    },
  });
}

/** How many items the unfiltered queue holds (the header's "Review (5)"): two counts, no rows. */
export async function countWaitingForReview(filter: { storyId?: string } = {}): Promise<number> {
  const db = await getDb();
  const [claims, links] = await Promise.all([
    db.claim.count({ where: { ...waitingClaims, ...filter } }),
    db.claimLink.count({ where: { ...waitingLinks, ...filter, claim: { deletedAt: null, article: { deletedAt: null } } } }),
  ]);
  return claims + links;
}

/**
 * Who has work waiting, and in which stories with how many items (the queue's filters). The story
 * and author the queue is filtered by are always among them, with 0 when nothing waits in it any more, so the
 * filter keeps showing what the address says.
 */
export async function findQueueFacets(selected: { storyId?: string; authorId?: string } = {}) {
  const db = await getDb();
  const waiting = { status: "needs_review" as const, deletedAt: null };
  const [authors, rows] = await Promise.all([
    db.user.findMany({
      where: { OR: [{ claims: { some: waiting } }, { links: { some: waiting } }, ...(selected.authorId ? [{ id: selected.authorId }] : [])] },
      select: { id: true, name: true },
      orderBy: { name: "asc" },
    }),
    db.story.findMany({
      where: { deletedAt: null, OR: [{ claims: { some: waiting } }, { links: { some: waiting } }, ...(selected.storyId ? [{ id: selected.storyId }] : [])] },
      select: { id: true, title: true, _count: { select: { claims: { where: waiting }, links: { where: waiting } } } },
      orderBy: { title: "asc" },
    }),
  ]);
  const stories = rows.map((s) => ({ id: s.id, title: s.title, waiting: s._count.claims + s._count.links }));
  return { authors, stories };
}

/** How many items wait in a story (the story tabs show it). */
export async function countQueued(storyId: string) {
  const db = await getDb();
  const waiting = { storyId, status: "needs_review" as const, deletedAt: null };
  const [claims, links] = await Promise.all([db.claim.count({ where: waiting }), db.claimLink.count({ where: waiting })]);
  return claims + links;
}
