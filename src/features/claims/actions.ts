"use server";

import type { z } from "zod";

import type { CreateClaimInput, UpdateClaimInput } from "@/domain/claims/schemas";

import { revalidatePath } from "next/cache";

import { createClaim, deleteClaim, getClaim, restoreClaim, updateClaim } from "@/domain/claims/service";
import type { ClaimDto } from "@/domain/claims/schemas";

import { type ActionResult, runAction } from "@/server/actions/run-action";

// Server actions of the claims feature: each parses nothing itself and calls the same
// domain services as the REST API, so both obey the same rules.

export async function createClaimAction(articleId: string, input: z.input<typeof CreateClaimInput>): Promise<ActionResult<ClaimDto>> {
  const result = await runAction((actor) => createClaim(actor, articleId, input), { ids: { articleId } });
  if (result.ok) revalidatePath(`/stories/${result.data.storyId}`, "layout");
  return result;
}

export async function updateClaimAction(id: string, input: z.input<typeof UpdateClaimInput>): Promise<ActionResult<ClaimDto>> {
  const result = await runAction((actor) => updateClaim(actor, id, input), { ids: { id } });
  if (result.ok) revalidatePath(`/stories/${result.data.storyId}`, "layout");
  return result;
}

export async function deleteClaimAction(id: string, version: number): Promise<ActionResult<null>> {
  return runAction(
    async (actor) => {
      await deleteClaim(actor, id, { version });
      return null;
    },
    { ids: { id } },
  );
}

export async function restoreClaimAction(id: string, version: number): Promise<ActionResult<ClaimDto>> {
  return runAction((actor) => restoreClaim(actor, id, { version }), { ids: { id } });
}

/** The claim as it is now (after a conflict, to compare with what the person typed). */
export async function getClaimAction(id: string): Promise<ActionResult<ClaimDto>> {
  return runAction((actor) => getClaim(actor, id), { ids: { id } });
}
