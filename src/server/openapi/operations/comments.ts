import { VersionInput } from "@/domain/claims/schemas";
import { CommentListSchema, CommentSchema } from "@/domain/comments/responses";
import { CreateCommentInput, UpdateCommentInput } from "@/domain/comments/schemas";
import { answer, defineOperation, noContent } from "@/server/openapi/registry";
import { idParam, refuse } from "./params";

const NewComment = CreateCommentInput.meta({ id: "NewComment" });

const targets = [
  { type: "claim", plural: "claims", name: "Claim" },
  { type: "proposition", plural: "propositions", name: "Proposition" },
  { type: "link", plural: "links", name: "Link" },
] as const;

const onTargets = targets.flatMap(({ type, plural, name }) => [
  defineOperation({
    method: "get",
    path: `/api/v1/${plural}/{id}/comments`,
    operationId: `list${name}Comments`,
    tag: "Comments",
    summary: `List a ${type}'s comments`,
    description: 'Oldest first, all in one list; editors\' notes when sending work back have `kind: "sent_back"`.',
    params: idParam(type),
    ok: { 200: answer(CommentListSchema, "The comments.") },
    refusals: { 404: `No such ${type} (or it was deleted).` },
  }),
  defineOperation({
    method: "post",
    path: `/api/v1/${plural}/{id}/comments`,
    operationId: `commentOn${name}`,
    tag: "Comments",
    summary: `Comment on a ${type}`,
    roles: "analysts, editors and admins.",
    params: idParam(type),
    body: NewComment,
    ok: { 201: answer(CommentSchema, "The new comment.") },
    refusals: { 403: "Viewers cannot comment.", 404: `No such ${type} (or it was deleted).` },
  }),
]);

const comment = idParam("comment");

export const commentOperations = [
  ...onTargets,
  defineOperation({
    method: "patch",
    path: "/api/v1/comments/{id}",
    operationId: "updateComment",
    tag: "Comments",
    summary: "Edit a comment",
    roles: "editors and admins; analysts for comments they wrote.",
    params: comment,
    body: UpdateCommentInput,
    ok: { 200: answer(CommentSchema, "The changed comment.") },
    refusals: { 403: refuse.notOwn, 404: "No such comment.", 409: refuse.stale },
  }),
  defineOperation({
    method: "delete",
    path: "/api/v1/comments/{id}",
    operationId: "deleteComment",
    tag: "Comments",
    summary: "Delete a comment",
    description: "It leaves the list; the activity keeps what it said.",
    roles: "editors and admins; analysts for comments they wrote.",
    params: comment,
    body: VersionInput,
    ok: { 204: noContent("Deleted.") },
    refusals: { 403: refuse.notOwn, 404: "No such comment.", 409: refuse.stale },
  }),
];
