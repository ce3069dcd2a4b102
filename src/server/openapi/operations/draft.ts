import { DraftAcceptedSchema, DraftListSchema, DraftRejectedSchema } from "@/domain/assistance/draft-responses";
import { DraftAcceptInput, DraftQuery, DraftRejectInput } from "@/domain/assistance/draft-schemas";
import { answer, defineOperation } from "@/server/openapi/registry";
import { idParam } from "./params";

export const draftOperations = [
  defineOperation({
    method: "get",
    path: "/api/v1/stories/{id}/draft",
    operationId: "draftComparison",
    tag: "Assistance",
    summary: "Draft the story's comparison",
    description:
      "Proposed propositions from the articles' text alone, best first: each with at most one claim per article (a recorded claim not yet linked to a proposition, or suggested words), its stance towards the proposition, and what differs between the articles. Items accepted or rejected before are left out.",
    params: idParam("story"),
    query: DraftQuery,
    ok: { 200: answer(DraftListSchema, "The drafted items.") },
    refusals: { 404: "No such story." },
  }),
  defineOperation({
    method: "post",
    path: "/api/v1/stories/{id}/draft/accept",
    operationId: "acceptDraftItem",
    tag: "Assistance",
    summary: "Accept a drafted proposition",
    description:
      "In one transaction: creates the proposition, records the claims given as words (not yet recorded), and links every claim with its stance; claims and links start `needs_review`. Send the item as drafted or as edited, with its `key`.",
    roles: "analysts, editors and admins.",
    params: idParam("story"),
    body: DraftAcceptInput.meta({ id: "DraftAcceptance" }),
    ok: { 201: answer(DraftAcceptedSchema, "The new proposition with its links.") },
    refusals: {
      400: "Invalid input (`error.details` names each bad field by its path), words that are not at those offsets, or a claim of another story.",
      403: "Viewers cannot accept drafts.",
      404: "No such story or article.",
      409: "The item was already decided, a claim is linked already, or an article's text changed since `revisionId`.",
    },
  }),
  defineOperation({
    method: "post",
    path: "/api/v1/stories/{id}/draft/reject",
    operationId: "rejectDraftItem",
    tag: "Assistance",
    summary: "Reject a drafted proposition",
    description: "Remembers the item's `key`: it is not drafted again.",
    roles: "analysts, editors and admins.",
    params: idParam("story"),
    body: DraftRejectInput.meta({ id: "DraftRejection" }),
    ok: { 200: answer(DraftRejectedSchema, "Rejected and remembered.") },
    refusals: { 400: "Invalid input.", 403: "Viewers cannot reject drafts.", 404: "No such story.", 409: "The item was already decided." },
  }),
];
