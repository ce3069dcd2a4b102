"use server";

import type { z } from "zod";

import type { SuggestionDecisionInput } from "@/domain/assistance/schemas";

import { type ActionResult, runAction } from "@/server/actions/run-action";
import { type DecisionResult, decideSuggestion, listSuggestions, type SuggestionDto } from "@/domain/assistance/service";

// Server actions of the assistance feature: each parses nothing itself and calls the same
// domain services as the REST API, so both obey the same rules.

export async function loadSuggestionsAction(articleId: string): Promise<ActionResult<{ items: SuggestionDto[]; revisionId: string | null }>> {
  return runAction((actor) => listSuggestions(actor, articleId, {}), { ids: { articleId } });
}

/** Accepts (records the claim) or rejects a suggestion; both are remembered. */
export async function decideSuggestionAction(articleId: string, input: z.input<typeof SuggestionDecisionInput>): Promise<ActionResult<DecisionResult>> {
  return runAction((actor) => decideSuggestion(actor, articleId, input), { ids: { articleId } });
}
