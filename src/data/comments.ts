/** Data access for comments on claims, propositions and links. */
import type { Prisma } from "@/data/generated/sqlite/client";
import { getDb, type ReadOptions, readerOf, type Tx } from "./db";

const withAuthor = { author: { select: { id: true, name: true } } } as const;

export type CommentTarget = { claimId: string } | { propositionId: string } | { linkId: string };

export async function findComments(target: CommentTarget) {
  const db = await getDb();
  return db.comment.findMany({ where: { ...target, deletedAt: null }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], include: withAuthor });
}

export async function findComment(id: string, options: ReadOptions = {}) {
  const db = await readerOf(options);
  return db.comment.findFirst({ where: { id, deletedAt: null, story: { deletedAt: null } }, include: withAuthor });
}

export type CommentRow = NonNullable<Awaited<ReturnType<typeof findComment>>>;

export async function insertComment(tx: Tx, data: Prisma.CommentUncheckedCreateInput) {
  return tx.comment.create({ data, include: withAuthor });
}

export async function updateCommentAtVersion(tx: Tx, id: string, version: number, data: Prisma.CommentUncheckedUpdateManyInput) {
  const { count } = await tx.comment.updateMany({ where: { id, version, deletedAt: null }, data: { ...data, version: { increment: 1 } } });
  return count === 0 ? null : tx.comment.findUniqueOrThrow({ where: { id }, include: withAuthor });
}

/** How many live comments each proposition has (the dashboard shows the count on each row). */
export async function countPropositionComments(ids: string[]) {
  const db = await getDb();
  if (ids.length === 0) return [];
  return db.comment.groupBy({ by: ["propositionId"], where: { propositionId: { in: ids }, deletedAt: null }, _count: { _all: true } });
}
