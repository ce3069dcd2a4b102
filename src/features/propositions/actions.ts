"use server";

import type { z } from "zod";
import type { CreateLinkInput, CreatePropositionInput, LinkMatchInput, UpdateLinkInput, UpdatePropositionInput } from "@/domain/propositions/schemas";

import { revalidatePath } from "next/cache";
import { createProposition, deleteProposition, linkClaim, unlink, updateLink, updateProposition } from "@/domain/propositions/service";
import type { LinkDto, PropositionDto } from "@/domain/propositions/schemas";
import { type ActionResult, runAction } from "@/server/actions/run-action";
import { listMatches } from "@/domain/assistance/service";
import type { MatchSuggestion } from "@/domain/assistance/match";
import { type LinkedMatch, linkSuggestedMatch } from "@/domain/propositions/link-match";

// Server actions of the comparison features; the same domain services as the REST API.

export async function createPropositionAction(storyId: string, input: z.input<typeof CreatePropositionInput>): Promise<ActionResult<PropositionDto>> {
  const result = await runAction((actor) => createProposition(actor, storyId, input), { ids: { storyId } });
  if (result.ok) revalidatePath(`/stories/${storyId}`, "layout");
  return result;
}

export async function updatePropositionAction(
  storyId: string,
  id: string,
  input: z.input<typeof UpdatePropositionInput>,
): Promise<ActionResult<PropositionDto>> {
  const result = await runAction((actor) => updateProposition(actor, id, input), { ids: { storyId, id } });
  if (result.ok) revalidatePath(`/stories/${storyId}`, "layout");
  return result;
}

export async function linkClaimAction(storyId: string, propositionId: string, input: z.input<typeof CreateLinkInput>): Promise<ActionResult<LinkDto>> {
  const result = await runAction((actor) => linkClaim(actor, propositionId, input), { ids: { storyId, propositionId } });
  if (result.ok) revalidatePath(`/stories/${storyId}`, "layout");
  return result;
}

export async function updateLinkAction(storyId: string, id: string, input: z.input<typeof UpdateLinkInput>): Promise<ActionResult<LinkDto>> {
  const result = await runAction((actor) => updateLink(actor, id, input), { ids: { storyId, id } });
  if (result.ok) revalidatePath(`/stories/${storyId}`, "layout");
  return result;
}

export async function unlinkAction(storyId: string, id: string, version: number): Promise<ActionResult<null>> {
  const result = await runAction(
    async (actor) => {
      await unlink(actor, id, { version });
      return null;
    },
    { ids: { storyId, id } },
  );
  if (result.ok) revalidatePath(`/stories/${storyId}`, "layout");
  return result;
}

export async function deletePropositionAction(storyId: string, id: string, version: number): Promise<ActionResult<null>> {
  const result = await runAction(
    async (actor) => {
      await deleteProposition(actor, id, { version });
      return null;
    },
    { ids: { storyId, id } },
  );
  if (result.ok) revalidatePath(`/stories/${storyId}`, "layout");
  return result;
}

/** Match suggestions for a claim (the story's other articles' claims and its propositions). */
export async function loadMatchesAction(claimId: string): Promise<ActionResult<{ items: MatchSuggestion[] }>> {
  return runAction((actor) => listMatches(actor, claimId, { limit: 5 }), { ids: { claimId } });
}

/** "Link" on a suggested match: joins the chosen claim's proposition, or makes one only if neither claim has one. */
export async function linkMatchAction(storyId: string, claimId: string, input: z.input<typeof LinkMatchInput>): Promise<ActionResult<LinkedMatch>> {
  const result = await runAction((actor) => linkSuggestedMatch(actor, claimId, input), { ids: { storyId, claimId } });
  if (result.ok) revalidatePath(`/stories/${storyId}`, "layout");
  return result;
}
