import { AcceptedDecisionSchema, MatchListSchema, RejectedDecisionSchema, SuggestionListSchema } from "@/domain/assistance/responses";
import { MatchesQuery, SuggestionDecisionInput, SuggestionsQuery } from "@/domain/assistance/schemas";
import { answer, defineOperation } from "@/server/openapi/registry";
import { idParam } from "./params";

const SuggestionDecision = SuggestionDecisionInput.meta({ id: "SuggestionDecision" });

export const assistanceOperations = [
  defineOperation({
    method: "get",
    path: "/api/v1/articles/{id}/suggestions",
    operationId: "listClaimSuggestions",
    tag: "Assistance",
    summary: "Suggest claims in an article",
    description:
      "Sentences and clauses of the current text worth recording, each with a proposed sourcing, source and the cue words behind it, best first. Suggestions never overlap a recorded claim, and words already accepted or rejected are not offered again.",
    params: idParam("article"),
    query: SuggestionsQuery,
    ok: { 200: answer(SuggestionListSchema, "The suggestions.") },
    refusals: { 404: "No such article." },
  }),
  defineOperation({
    method: "post",
    path: "/api/v1/articles/{id}/suggestions/decisions",
    operationId: "decideClaimSuggestion",
    tag: "Assistance",
    summary: "Accept or reject a claim suggestion",
    description:
      "Send the suggestion's `selector.exact`, `selector.start`, `selector.end` and `revisionId`. `rejected` remembers the words so they are not suggested again; `accepted` records the claim with the fields given (the suggestion's, or the editor's edits) and remembers it too.",
    roles: "analysts, editors and admins; only editors and admins can accept as `approved`.",
    params: idParam("article"),
    body: SuggestionDecision,
    ok: {
      200: answer(RejectedDecisionSchema, "Rejected: the words are remembered."),
      201: answer(AcceptedDecisionSchema, "Accepted: the new claim."),
    },
    refusals: {
      400: "Invalid input (`error.details` names each bad field by its path), an empty span, or words that are not at those offsets of the current text.",
      403: "Viewers cannot decide on suggestions; analysts cannot accept as `approved`.",
      404: "No such article, or it has no text.",
      409: "The text changed since `revisionId`: reload the suggestions.",
    },
  }),
  defineOperation({
    method: "get",
    path: "/api/v1/claims/{id}/matches",
    operationId: "listClaimMatches",
    tag: "Assistance",
    summary: "Suggest matches for a claim",
    description:
      "Claims of the story's other articles (leaving out those already linked to a proposition the claim speaks to), and propositions the claim is not linked to, that speak to the same point, best first, each with a suggested stance and the reasons the two may diverge (a number, date, name, title or negation).",
    params: idParam("claim"),
    query: MatchesQuery,
    ok: { 200: answer(MatchListSchema, "The matches.") },
    refusals: { 404: "No such claim (or it was deleted)." },
  }),
];
