import { VersionInput } from "@/domain/claims/schemas";
import { LinkSchema } from "@/domain/propositions/responses";
import { UpdateLinkInput } from "@/domain/propositions/schemas";
import { answer, defineOperation, noContent } from "@/server/openapi/registry";
import { idParam, refuse } from "./params";

const link = idParam("link");

export const linkOperations = [
  defineOperation({
    method: "patch",
    path: "/api/v1/links/{id}",
    operationId: "updateLink",
    tag: "Links",
    summary: "Change a link's stance, note or status",
    roles: "editors and admins; analysts for links they created. Only editors and admins approve.",
    params: link,
    body: UpdateLinkInput,
    ok: { 200: answer(LinkSchema, "The changed link.") },
    refusals: { 403: refuse.notOwn, 404: "No such link.", 409: refuse.stale },
  }),
  defineOperation({
    method: "delete",
    path: "/api/v1/links/{id}",
    operationId: "unlink",
    tag: "Links",
    summary: "Unlink a claim from a proposition",
    description: "A soft delete; `POST /api/v1/links/{id}/restore` brings it back.",
    roles: "editors and admins; analysts for links they created.",
    params: link,
    body: VersionInput,
    ok: { 204: noContent("Unlinked.") },
    refusals: { 403: refuse.notOwn, 404: "No such link.", 409: refuse.stale },
  }),
  defineOperation({
    method: "post",
    path: "/api/v1/links/{id}/restore",
    operationId: "restoreLink",
    tag: "Links",
    summary: "Restore an unlinked link",
    roles: "editors and admins; analysts for links they created.",
    params: link,
    body: VersionInput,
    ok: { 200: answer(LinkSchema, "The restored link.") },
    refusals: { 403: refuse.notOwn, 404: "No such link.", 409: "The link is not deleted, or the `version` is stale." },
  }),
];
