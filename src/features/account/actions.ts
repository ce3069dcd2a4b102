"use server";

import type { z } from "zod";
import type { IssueTokenInput } from "@/domain/tokens/schemas";

import { revalidatePath } from "next/cache";
import { issueApiToken, revokeApiToken } from "@/domain/tokens/service";
import type { ApiTokenDto } from "@/domain/tokens/schemas";
import { type ReviewPreferenceDto, setReviewPreference } from "@/domain/users/review-preference";
import { type ActionResult, runAction } from "@/server/actions/run-action";

export async function issueTokenAction(input: z.input<typeof IssueTokenInput>): Promise<ActionResult<{ token: string; item: ApiTokenDto }>> {
  const r = await runAction((actor) => issueApiToken(actor, input));
  if (r.ok) revalidatePath("/account");
  return r;
}

export async function revokeTokenAction(id: string): Promise<ActionResult<null>> {
  const r = await runAction(async (actor) => {
    await revokeApiToken(actor, id);
    return null;
  }, { ids: { id } });
  if (r.ok) revalidatePath("/account");
  return r;
}

export async function setReviewPreferenceAction(input: unknown): Promise<ActionResult<ReviewPreferenceDto>> {
  const r = await runAction((actor) => setReviewPreference(actor, input));
  if (r.ok) {
    revalidatePath("/account");
    // The reader's new-claim form starts with the status this implies.
    revalidatePath("/stories", "layout");
  }
  return r;
}
