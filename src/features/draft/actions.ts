"use server";

import type { z } from "zod";
import type { DraftAcceptInput, DraftRejectInput } from "@/domain/assistance/draft-schemas";
import { acceptDraftItem, type DraftItemDto, listDraft, rejectDraftItem } from "@/domain/assistance/draft-service";
import type { PropositionDto } from "@/domain/propositions/schemas";
import { type ActionResult, runAction } from "@/server/actions/run-action";

// Server actions of the Draft panel: the same domain services as the REST API (…/draft, …/draft/accept, …/draft/reject).

export async function loadDraftAction(storyId: string): Promise<ActionResult<{ items: DraftItemDto[] }>> {
  return runAction((actor) => listDraft(actor, storyId, {}), { ids: { storyId } });
}

/** Creates the proposition, the claims not yet recorded and the links, in one transaction. */
export async function acceptDraftAction(storyId: string, input: z.input<typeof DraftAcceptInput>): Promise<ActionResult<{ proposition: PropositionDto }>> {
  return runAction((actor) => acceptDraftItem(actor, storyId, input), { ids: { storyId } });
}

/** Remembers the rejection: the item is not drafted again. */
export async function rejectDraftAction(storyId: string, input: z.input<typeof DraftRejectInput>): Promise<ActionResult<{ outcome: "rejected" }>> {
  return runAction((actor) => rejectDraftItem(actor, storyId, input), { ids: { storyId } });
}
