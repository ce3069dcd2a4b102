/** Data access for remembered suggestion decisions (accepted or rejected claim suggestions). */
import type { Prisma } from "@/data/generated/sqlite/client";
import { type ReadOptions, readerOf, type Tx } from "./db";

/** Every decision about an article's suggestions (an article has hundreds at most). */
export async function findArticleDecisions(articleId: string, options: ReadOptions = {}) {
  const db = await readerOf(options);
  return db.suggestionDecision.findMany({ where: { articleId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
}

export type SuggestionDecisionRow = Awaited<ReturnType<typeof findArticleDecisions>>[number];

export async function insertDecision(tx: Tx, data: Prisma.SuggestionDecisionUncheckedCreateInput) {
  return tx.suggestionDecision.create({ data });
}
