"use server";

import type { PropositionDto } from "@/domain/propositions/schemas";
import { listPropositions } from "@/domain/propositions/service";
import { type ActionResult, runAction } from "@/server/actions/run-action";

/** One matrix row's proposition with its linked claims (null once deleted), read when the row opens. */
export async function loadMatrixRowAction(storyId: string, propositionId: string): Promise<ActionResult<PropositionDto | null>> {
  return runAction(async (actor) => (await listPropositions(actor, storyId, [propositionId]))[0] ?? null, { ids: { storyId, propositionId } });
}
