import { AssignmentListSchema, AssignmentSchema, MyAssignmentListSchema } from "@/domain/assignments/responses";
import { AssignmentQuery, CreateAssignmentInput, UpdateAssignmentInput } from "@/domain/assignments/schemas";
import { PageQuery } from "@/domain/pagination";
import { answer, defineOperation } from "@/server/openapi/registry";
import { idParam, refuse } from "./params";

const assignment = idParam("assignment");

export const assignmentOperations = [
  defineOperation({
    method: "post",
    path: "/api/v1/assignments",
    operationId: "createAssignment",
    tag: "Assignments",
    summary: "Give an article or a story to a person",
    description:
      "Send `articleId` for one article, or `storyId` for the whole story: one assignment with `articleId: null` that covers every article of the story, also those added later. " +
      "`independent` opens a round on the article(s): until an editor closes it, each assignee reads only their own claims and links there; claims recorded before stay visible to all. " +
      '`due`: a date ("2026-12-24", the end of that day in UTC) or a date and time with an offset.',
    roles: "editors and admins. The assignee must be an active analyst, editor or admin.",
    body: CreateAssignmentInput.meta({ id: "NewAssignment" }),
    ok: { 201: answer(AssignmentSchema, "The new assignment.") },
    refusals: { 403: "Only editors give out work.", 404: "No such article or story." },
  }),
  defineOperation({
    method: "get",
    path: "/api/v1/assignments",
    operationId: "listAssignments",
    tag: "Assignments",
    summary: "List assignments",
    description: "Newest first, filtered by assignee, story and status.",
    query: AssignmentQuery.extend(PageQuery.shape),
    ok: { 200: answer(AssignmentListSchema, "A page of assignments.") },
  }),
  defineOperation({
    method: "patch",
    path: "/api/v1/assignments/{id}",
    operationId: "updateAssignment",
    tag: "Assignments",
    summary: "Submit an assignment, or change its due date and note",
    roles: 'the assignee sends `status: "submitted"`; editors and admins also change `due` and `note`.',
    params: assignment,
    body: UpdateAssignmentInput,
    ok: { 200: answer(AssignmentSchema, "The changed assignment.") },
    refusals: { 403: "Neither the assignee nor an editor; or an assignee changing the due date or note.", 404: "No such assignment.", 409: refuse.stale },
  }),
  defineOperation({
    method: "get",
    path: "/api/v1/me/assignments",
    operationId: "listMyAssignments",
    tag: "Assignments",
    summary: "My work: the caller's assignments with progress",
    description: "Assignments that are not closed, due first, each with the caller's claims on it: recorded, waiting for review, approved, sent back.",
    ok: { 200: answer(MyAssignmentListSchema, "The caller's assignments.") },
  }),
];
