import { ClaimSchema } from "@/domain/claims/responses";
import { UpdateClaimInput, VersionInput } from "@/domain/claims/schemas";
import { answer, defineOperation, noContent } from "@/server/openapi/registry";
import { idParam, refuse } from "./params";

const claim = idParam("claim");

export const claimOperations = [
  defineOperation({
    method: "get",
    path: "/api/v1/claims/{id}",
    operationId: "getClaim",
    tag: "Claims",
    summary: "Get a claim",
    params: claim,
    ok: { 200: answer(ClaimSchema, "The claim.") },
    refusals: { 404: "No such claim (or it was deleted)." },
  }),
  defineOperation({
    method: "patch",
    path: "/api/v1/claims/{id}",
    operationId: "updateClaim",
    tag: "Claims",
    summary: "Edit a claim",
    description: "Change its fields, or re-select its words in the current text (`start`/`end` or `exact`), which also repairs an orphaned claim.",
    roles: "editors and admins; analysts for claims they recorded. Only editors and admins approve, or change an approved claim's status.",
    params: claim,
    body: UpdateClaimInput,
    ok: { 200: answer(ClaimSchema, "The changed claim.") },
    refusals: { 403: refuse.notOwn, 404: "No such claim.", 409: refuse.stale },
  }),
  defineOperation({
    method: "delete",
    path: "/api/v1/claims/{id}",
    operationId: "deleteClaim",
    tag: "Claims",
    summary: "Delete a claim",
    description: "A soft delete: the claim leaves lists and the comparison; `POST /api/v1/claims/{id}/restore` brings it back.",
    roles: "editors and admins; analysts for claims they recorded.",
    params: claim,
    body: VersionInput,
    ok: { 204: noContent("Deleted.") },
    refusals: { 403: refuse.notOwn, 404: "No such claim.", 409: refuse.stale },
  }),
  defineOperation({
    method: "post",
    path: "/api/v1/claims/{id}/restore",
    operationId: "restoreClaim",
    tag: "Claims",
    summary: "Restore a deleted claim",
    description: "Send the deleted claim's `version` (the activity entry of the delete gives it as `restorableVersion`).",
    roles: "editors and admins; analysts for claims they recorded.",
    params: claim,
    body: VersionInput,
    ok: { 200: answer(ClaimSchema, "The restored claim.") },
    refusals: { 403: refuse.notOwn, 404: "No such claim.", 409: "The claim is not deleted, or the `version` is stale." },
  }),
];
