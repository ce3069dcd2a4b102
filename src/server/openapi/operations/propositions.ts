import { VersionInput } from "@/domain/claims/schemas";
import { LinkSchema, PropositionPageSchema, PropositionSchema } from "@/domain/propositions/responses";
import { CreateLinkInput, CreatePropositionInput, UpdatePropositionInput } from "@/domain/propositions/schemas";
import { answer, defineOperation, noContent } from "@/server/openapi/registry";
import { idParam, refuse } from "./params";

const proposition = idParam("proposition");

export const propositionOperations = [
  defineOperation({
    method: "get",
    path: "/api/v1/stories/{id}/propositions",
    operationId: "listPropositions",
    tag: "Propositions",
    summary: "List a story's propositions with their links",
    description: "All in one page (`nextCursor` is null): a story holds at most a few hundred.",
    params: idParam("story"),
    ok: { 200: answer(PropositionPageSchema, "The propositions.") },
    refusals: { 404: "No such story." },
  }),
  defineOperation({
    method: "post",
    path: "/api/v1/stories/{id}/propositions",
    operationId: "createProposition",
    tag: "Propositions",
    summary: "Create a proposition",
    description: 'A point several articles speak to, e.g. "Kleban was a Russian intelligence officer".',
    roles: "analysts, editors and admins; only editors and admins give a `verdict`.",
    params: idParam("story"),
    body: CreatePropositionInput,
    ok: { 201: answer(PropositionSchema, "The new proposition (no links yet).") },
    refusals: { 403: "Viewers cannot create propositions; analysts cannot give a verdict.", 404: "No such story." },
  }),
  defineOperation({
    method: "patch",
    path: "/api/v1/propositions/{id}",
    operationId: "updateProposition",
    tag: "Propositions",
    summary: "Edit a proposition, or give its verdict",
    roles: "editors and admins; analysts can reword propositions they created. The `verdict` and `rationale` are the editors'.",
    params: proposition,
    body: UpdatePropositionInput,
    ok: { 200: answer(PropositionSchema, "The changed proposition.") },
    refusals: {
      403: "Viewers cannot change content; analysts can reword only their own propositions and cannot give verdicts.",
      404: "No such proposition.",
      409: refuse.stale,
    },
  }),
  defineOperation({
    method: "delete",
    path: "/api/v1/propositions/{id}",
    operationId: "deleteProposition",
    tag: "Propositions",
    summary: "Delete a proposition",
    description: "A soft delete; `POST /api/v1/propositions/{id}/restore` brings it back.",
    roles: "editors and admins; analysts for propositions they created.",
    params: proposition,
    body: VersionInput,
    ok: { 204: noContent("Deleted.") },
    refusals: { 403: refuse.notOwn, 404: "No such proposition.", 409: refuse.stale },
  }),
  defineOperation({
    method: "post",
    path: "/api/v1/propositions/{id}/restore",
    operationId: "restoreProposition",
    tag: "Propositions",
    summary: "Restore a deleted proposition",
    roles: "editors and admins; analysts for propositions they created.",
    params: proposition,
    body: VersionInput,
    ok: { 200: answer(PropositionSchema, "The restored proposition.") },
    refusals: { 403: refuse.notOwn, 404: "No such proposition.", 409: "The proposition is not deleted, or the `version` is stale." },
  }),
  defineOperation({
    method: "post",
    path: "/api/v1/propositions/{id}/links",
    operationId: "linkClaim",
    tag: "Links",
    summary: "Link a claim to a proposition",
    description: "The claim must belong to the proposition's story. Linking a pair that was unlinked revives that link.",
    roles: "analysts, editors and admins; only editors and admins create it `approved`.",
    params: proposition,
    body: CreateLinkInput,
    ok: { 201: answer(LinkSchema, "The link.") },
    refusals: {
      400: "Invalid input, or the claim is deleted or belongs to another story (`error.details` names `claimId`).",
      403: "Viewers cannot link; analysts cannot approve.",
      404: "No such proposition.",
      409: "The claim is already linked to this proposition: change that link instead.",
    },
  }),
];
