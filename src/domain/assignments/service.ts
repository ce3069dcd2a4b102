/**
 * Assignments: editors give an article (or a whole story) to a person, in a shared or an
 * independent mode; the assignee submits; editors change the due date and note. Every change is
 * audited (entity "assignment") and moves the story's stamp, through the versioned-write ritual.
 */
import { countSentBack, countUserClaims, findAssignmentsPage, insertAssignment } from "@/data/assignments";
import { findArticle } from "@/data/articles";
import { inTransaction, type Tx } from "@/data/db";
import { findStory } from "@/data/stories";
import { findAccount, findAllUsers } from "@/data/users";
import type { Actor } from "@/domain/auth/actor";
import { can } from "@/domain/auth/can";
import { forbidden, invalidInput, notFound, parseInput } from "@/domain/errors";
import { decodeCursor, type Page, type PageQuery, toPage } from "@/domain/pagination";
import { created, updateAtVersion } from "@/domain/versioned/write";
import { assignmentKind, toAssignmentDto } from "./kind";
import {
  AssignPeopleInput,
  AssignmentCursor,
  AssignmentQuery,
  type AssignmentDto,
  CreateAssignmentInput,
  type MyAssignmentDto,
  UpdateAssignmentInput,
} from "./schemas";

export function assertCanAssign(actor: Actor): void {
  if (!can(actor, "assign")) throw forbidden("Only editors can give out work, close rounds and adjudicate.");
}

type Target = { articleId?: string; storyId?: string };

/** The story of the article or story given, or 404. */
async function storyOfTarget(tx: Tx, target: Target): Promise<string> {
  if (target.articleId) {
    const article = await findArticle(target.articleId, { tx });
    if (!article) throw notFound(`Article ${target.articleId}`);
    return article.storyId;
  }
  const story = await findStory(target.storyId!, { tx });
  if (!story) throw notFound(`Story ${target.storyId}`);
  return story.id;
}

/** Inserts one assignment of the target to `userId`, who must be an active annotator. */
async function assignIn(
  tx: Tx,
  actor: Actor,
  storyId: string,
  body: Target & { mode: "independent" | "shared"; due?: Date | null; note?: string },
  userId: string,
  path = "userId",
): Promise<AssignmentDto> {
  const user = await findAccount(userId, { tx });
  if (!user || user.disabledAt) throw invalidInput("There is no active account with this id.", [{ path, message: "names no active account" }]);
  if (!can({ userId: user.id, role: user.role }, "annotate"))
    throw invalidInput(`${user.name} is a viewer: viewers cannot annotate. Change their role first.`, [{ path, message: "is a viewer" }]);
  const row = await insertAssignment(tx, {
    storyId,
    articleId: body.articleId ?? null,
    userId: user.id,
    mode: body.mode,
    due: body.due ?? null,
    note: body.note ?? "",
    assignedById: actor.userId,
  });
  return created(assignmentKind, tx, actor, row);
}

export async function createAssignment(actor: Actor, input: unknown): Promise<AssignmentDto> {
  const body = parseInput(CreateAssignmentInput, input);
  assertCanAssign(actor);
  return inTransaction(async (tx) => assignIn(tx, actor, await storyOfTarget(tx, body), body, body.userId));
}

/** The form's "assign": the same target to several people at once, all or nothing. */
export async function assignPeople(actor: Actor, input: unknown): Promise<AssignmentDto[]> {
  const { userIds, ...body } = parseInput(AssignPeopleInput, input);
  assertCanAssign(actor);
  return inTransaction(async (tx) => {
    const storyId = await storyOfTarget(tx, body);
    const made: AssignmentDto[] = [];
    for (const [i, userId] of userIds.entries()) made.push(await assignIn(tx, actor, storyId, body, userId, `userIds.${i}`));
    return made;
  });
}

/** The people an editor can give work to: active analysts, editors and admins. */
export async function listAssignablePeople(actor: Actor): Promise<{ id: string; name: string; role: string }[]> {
  assertCanAssign(actor);
  return (await findAllUsers())
    .filter((u) => !u.disabledAt && can({ userId: u.id, role: u.role }, "annotate"))
    .map((u) => ({ id: u.id, name: u.name, role: u.role }));
}

export async function listAssignments(_actor: Actor, query: unknown, page: PageQuery): Promise<Page<AssignmentDto>> {
  const f = parseInput(AssignmentQuery, query, "The filters");
  const after = page.cursor ? decodeCursor(page.cursor, AssignmentCursor) : undefined;
  const rows = await findAssignmentsPage(f, page.limit, after && { createdAt: new Date(after.c), id: after.id });
  return toPage(rows, page.limit, (r) => ({ c: r.createdAt.toISOString(), id: r.id }), toAssignmentDto);
}

export async function updateAssignment(actor: Actor, id: string, input: unknown): Promise<AssignmentDto> {
  const { version, status, due, note } = parseInput(UpdateAssignmentInput, input);
  return updateAtVersion(assignmentKind, actor, id, version, {
    authorize: (current) => {
      const editor = can(actor, "assign");
      if (!editor && current.userId !== actor.userId) throw forbidden("Only the assignee submits an assignment, and only editors change it.");
      if (!editor && (due !== undefined || note !== undefined)) throw forbidden("Only editors change an assignment's due date and note; you can submit it.");
    },
    check: (current) => {
      if (status && current.status === "closed")
        throw invalidInput("This assignment is closed: its round is over.", [{ path: "status", message: "the assignment is closed" }]);
    },
    data: () => ({ ...(status && { status }), ...(due !== undefined && { due }), ...(note !== undefined && { note }) }),
    verb: status ? "submit" : "update",
  });
}

/** The caller's assignments that are not closed (due first), with their progress on each. */
export async function listMyAssignments(actor: Actor): Promise<MyAssignmentDto[]> {
  const open = [
    ...(await findAssignmentsPage({ userId: actor.userId, status: "open" }, 500)),
    ...(await findAssignmentsPage({ userId: actor.userId, status: "submitted" }, 500)),
  ];
  const storyIds = [...new Set(open.map((a) => a.storyId))];
  const [counts, sentBack] = await Promise.all([countUserClaims(actor.userId, storyIds), countSentBack(actor.userId, storyIds)]);
  const covers = (a: { storyId: string; articleId: string | null }, c: { storyId: string; articleId: string }) =>
    c.storyId === a.storyId && (a.articleId === null || a.articleId === c.articleId);
  const byDue = (a: (typeof open)[number], b: (typeof open)[number]) =>
    (a.due?.getTime() ?? Infinity) - (b.due?.getTime() ?? Infinity) || b.createdAt.getTime() - a.createdAt.getTime();
  return open.sort(byDue).map((a) => {
    const mine = counts.filter((c) => covers(a, c));
    const sum = (status?: string) => mine.filter((c) => !status || c.status === status).reduce((n, c) => n + c.count, 0);
    return {
      ...toAssignmentDto(a),
      progress: { claims: sum(), submittedForReview: sum("needs_review"), approved: sum("approved"), sentBack: sentBack.filter((s) => covers(a, s)).length },
    };
  });
}
