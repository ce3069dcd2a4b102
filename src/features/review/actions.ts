"use server";

import type { z } from "zod";
import type { ReviewDecisionInput } from "@/domain/review/schemas";

import { revalidatePath } from "next/cache";
import { reviewClaim, reviewInBulk, reviewLink } from "@/domain/review/service";
import type { BulkReviewDto } from "@/domain/review/schemas";
import type { ClaimDto } from "@/domain/claims/schemas";
import type { LinkDto } from "@/domain/propositions/schemas";
import { type ActionResult, runAction } from "@/server/actions/run-action";

/** An editor's decision on a claim: `{ version, decision, comment? }`. */
export async function reviewClaimAction(id: string, input: z.input<typeof ReviewDecisionInput>): Promise<ActionResult<ClaimDto>> {
  const result = await runAction((actor) => reviewClaim(actor, id, input), { ids: { id } });
  if (result.ok) {
    revalidatePath(`/stories/${result.data.storyId}`, "layout");
    revalidatePath("/review");
  }
  return result;
}

export async function reviewLinkAction(id: string, input: z.input<typeof ReviewDecisionInput>): Promise<ActionResult<LinkDto>> {
  const result = await runAction((actor) => reviewLink(actor, id, input), { ids: { id } });
  if (result.ok) revalidatePath("/review");
  return result;
}

/** One decision on a selection of the queue: `{ items: [{ kind, id, version }], decision, comment? }`, all or nothing. */
export async function reviewInBulkAction(input: unknown): Promise<ActionResult<BulkReviewDto>> {
  const result = await runAction((actor) => reviewInBulk(actor, input));
  if (result.ok) {
    revalidatePath("/stories", "layout");
    revalidatePath("/review");
  }
  return result;
}
