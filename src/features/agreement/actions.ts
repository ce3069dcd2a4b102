"use server";

import { revalidatePath } from "next/cache";
import { adjudicate, closeRound } from "@/domain/agreement/service";
import type { AdjudicationInput, ClosedRoundDto } from "@/domain/agreement/schemas";
import type { ClaimDto } from "@/domain/claims/schemas";
import { type ActionResult, runAction } from "@/server/actions/run-action";

/** The editor's choice (possibly edited) becomes the unit's claim of record. */
export async function adjudicateAction(articleId: string, input: AdjudicationInput): Promise<ActionResult<ClaimDto>> {
  const result = await runAction((actor) => adjudicate(actor, articleId, input), { ids: { articleId } });
  if (result.ok) revalidatePath(`/stories/${result.data.storyId}/articles/${articleId}/agreement`);
  return result;
}

/** Closes the article's independent round, keeping its figures. */
export async function closeRoundAction(articleId: string): Promise<ActionResult<ClosedRoundDto>> {
  const result = await runAction((actor) => closeRound(actor, articleId), { ids: { articleId } });
  if (result.ok) revalidatePath(`/stories/${result.data.storyId}`, "layout");
  return result;
}
