/** Data access for the draft comparison: the story's article texts and the remembered draft decisions. */
import type { Prisma } from "@/data/generated/sqlite/client";
import { getDb, type ReadOptions, readerOf, type Tx } from "./db";

/** The live articles of a live story that have text, each with its current revision. */
export async function findStoryArticleTexts(storyId: string) {
  const db = await getDb();
  return db.article.findMany({
    where: { storyId, deletedAt: null, story: { deletedAt: null }, currentRevisionId: { not: null } },
    orderBy: [{ position: "asc" }, { createdAt: "asc" }, { id: "asc" }],
    select: { id: true, title: true, currentRevision: { select: { id: true, text: true } } },
  });
}

export async function findDraftDecisions(storyId: string, options: ReadOptions = {}) {
  const db = await readerOf(options);
  return db.draftDecision.findMany({ where: { storyId }, select: { key: true, outcome: true } });
}

export async function findDraftDecision(tx: Tx, storyId: string, key: string) {
  return tx.draftDecision.findUnique({ where: { storyId_key: { storyId, key } } });
}

export async function insertDraftDecision(tx: Tx, data: Prisma.DraftDecisionUncheckedCreateInput) {
  return tx.draftDecision.create({ data });
}
