/** Data access for assignments and the closed rounds of independent annotation. */
import type { Prisma } from "@/data/generated/sqlite/client";
import { getDb, type ReadOptions, readerOf, type Tx } from "./db";

const withNames = {
  user: { select: { id: true, name: true } },
  assignedBy: { select: { id: true, name: true } },
  article: { select: { id: true, title: true } },
  story: { select: { id: true, title: true } },
} as const;

/** A live assignment of a live story. */
export async function findAssignment(id: string, options: ReadOptions = {}) {
  const db = await readerOf(options);
  return db.assignment.findFirst({ where: { id, ...(!options.deleted && { deletedAt: null }), story: { deletedAt: null } }, include: withNames });
}

export type AssignmentRow = NonNullable<Awaited<ReturnType<typeof findAssignment>>>;

export interface AssignmentFilters {
  userId?: string;
  storyId?: string;
  status?: "open" | "submitted" | "closed";
}

/** Live assignments matching the filters, newest first, at most `limit` + 1 (for the next page). */
export async function findAssignmentsPage(f: AssignmentFilters, limit: number, after?: { createdAt: Date; id: string }) {
  const db = await getDb();
  return db.assignment.findMany({
    where: {
      deletedAt: null,
      story: { deletedAt: null },
      ...(f.userId && { userId: f.userId }),
      ...(f.storyId && { storyId: f.storyId }),
      ...(f.status && { status: f.status }),
      ...(after && { OR: [{ createdAt: { lt: after.createdAt } }, { createdAt: after.createdAt, id: { lt: after.id } }] }),
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit + 1,
    include: withNames,
  });
}

export async function insertAssignment(tx: Tx, data: Prisma.AssignmentUncheckedCreateInput) {
  return tx.assignment.create({ data, include: withNames });
}

export async function updateAssignmentAtVersion(tx: Tx, id: string, version: number, data: Prisma.AssignmentUncheckedUpdateManyInput) {
  const { count } = await tx.assignment.updateMany({ where: { id, version, deletedAt: null }, data: { ...data, version: { increment: 1 } } });
  return count === 0 ? null : tx.assignment.findUniqueOrThrow({ where: { id }, include: withNames });
}

/**
 * The story's independent assignments that are not closed, with the last round closed on each of
 * the story's articles: what the visibility rule needs (src/domain/assignments/visibility.ts).
 */
export async function findIndependentWork(storyId: string, options: ReadOptions = {}) {
  const db = await readerOf(options);
  const [assignments, rounds] = await Promise.all([
    db.assignment.findMany({
      where: { storyId, mode: "independent", status: { not: "closed" }, deletedAt: null },
      select: { id: true, articleId: true, userId: true, createdAt: true, status: true },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    }),
    db.annotationRound.groupBy({ by: ["articleId"], where: { storyId }, _max: { closedAt: true } }),
  ]);
  return { assignments, lastClosed: rounds.map((r) => ({ articleId: r.articleId, closedAt: r._max.closedAt })) };
}

/** The story's live article ids (a story-wide assignment covers each). */
export async function findStoryArticleIds(storyId: string, options: ReadOptions = {}) {
  const db = await readerOf(options);
  return (await db.article.findMany({ where: { storyId, deletedAt: null }, select: { id: true } })).map((a) => a.id);
}

/** Progress of a person's work on one story: their live claims per article, per status, and claims sent back. */
export async function countUserClaims(userId: string, storyIds: string[]) {
  const db = await getDb();
  if (storyIds.length === 0) return [];
  const groups = await db.claim.groupBy({
    by: ["storyId", "articleId", "status"],
    where: { createdById: userId, storyId: { in: storyIds }, deletedAt: null },
    _count: { _all: true },
  });
  return groups.map((g) => ({ storyId: g.storyId, articleId: g.articleId, status: g.status, count: g._count._all }));
}

/** How many of a person's live claims an editor sent back (a `sent_back` comment on them), per article. */
export async function countSentBack(userId: string, storyIds: string[]) {
  const db = await getDb();
  if (storyIds.length === 0) return [];
  const rows = await db.comment.findMany({
    where: { kind: "sent_back", deletedAt: null, storyId: { in: storyIds }, claim: { createdById: userId, deletedAt: null, status: { not: "approved" } } },
    select: { claimId: true, claim: { select: { articleId: true, storyId: true } } },
    distinct: ["claimId"],
  });
  return rows.map((r) => ({ storyId: r.claim!.storyId, articleId: r.claim!.articleId }));
}

export async function insertRound(tx: Tx, data: Prisma.AnnotationRoundUncheckedCreateInput) {
  return tx.annotationRound.create({ data });
}

/** The article's own assignments that are not closed (closing its round closes them). */
export async function findOpenArticleAssignments(tx: Tx, articleId: string) {
  return tx.assignment.findMany({ where: { articleId, status: { not: "closed" }, deletedAt: null }, select: { id: true, version: true } });
}

export async function findRounds(articleId: string) {
  const db = await getDb();
  return db.annotationRound.findMany({ where: { articleId }, orderBy: [{ closedAt: "asc" }, { id: "asc" }] });
}

/** The claims and links on these articles made since `since` (the round's work, to tell whose it is). */
export async function findWorkSince(storyId: string, articleIds: string[], since: Date, options: ReadOptions = {}) {
  const db = await readerOf(options);
  const [claims, links] = await Promise.all([
    db.claim.findMany({
      where: { storyId, articleId: { in: articleIds }, createdAt: { gte: since } },
      select: { id: true, articleId: true, createdById: true, createdAt: true },
    }),
    db.claimLink.findMany({
      where: { storyId, claim: { articleId: { in: articleIds } }, createdAt: { gte: since } },
      select: { id: true, claimId: true, createdById: true, createdAt: true, claim: { select: { articleId: true } } },
    }),
  ]);
  return { claims, links };
}

/** The live claims these annotators recorded on the article since the round started, with their links. */
export async function findRoundClaims(articleId: string, userIds: string[], since: Date, options: ReadOptions = {}) {
  const db = await readerOf(options);
  return db.claim.findMany({
    where: { articleId, createdById: { in: userIds }, createdAt: { gte: since }, deletedAt: null },
    orderBy: [{ start: "asc" }, { id: "asc" }],
    include: {
      createdBy: { select: { id: true, name: true } },
      links: { where: { deletedAt: null, proposition: { deletedAt: null } }, select: { propositionId: true, stance: true, createdById: true } },
    },
  });
}

export async function findUserNames(ids: string[]) {
  const db = await getDb();
  return db.user.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } });
}

/** The story's closed rounds, oldest first (agreement over time). */
export async function findStoryRounds(storyId: string) {
  const db = await getDb();
  return db.annotationRound.findMany({ where: { storyId, article: { deletedAt: null } }, orderBy: [{ closedAt: "asc" }, { id: "asc" }] });
}
