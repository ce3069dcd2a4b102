/**
 * Comments on claims, propositions and links, shown beside them. Analysts and editors comment;
 * authors edit or delete their own, editors any. Every change is audited.
 */
import { findClaim } from "@/data/claims";
import { type CommentRow, type CommentTarget, countPropositionComments, findComments, insertComment } from "@/data/comments";
import { inTransaction, type Tx } from "@/data/db";
import { findLink, findProposition } from "@/data/propositions";
import type { Actor } from "@/domain/auth/actor";
import { assertCanChangeContent } from "@/domain/auth/permissions";
import { notFound, parseInput } from "@/domain/errors";
import { created, softDelete, updateAtVersion } from "@/domain/versioned/write";
import { VersionInput } from "@/domain/claims/schemas";
import { commentKind, toCommentDto } from "./kind";
import { hiddenWork } from "@/domain/assignments/visibility";
import { type CommentDto, CommentTargetType, CreateCommentInput, UpdateCommentInput } from "./schemas";

export { toCommentDto };

const column = { claim: "claimId", proposition: "propositionId", link: "linkId" } as const;

function targetOf(type: CommentTargetType, id: string): CommentTarget {
  return { [column[type]]: id } as CommentTarget;
}

/** The story of a live target, or 404. */
async function requireTarget(type: CommentTargetType, id: string, tx?: Tx): Promise<{ storyId: string }> {
  const row = type === "claim" ? await findClaim(id, { tx }) : type === "proposition" ? await findProposition(id, { tx }) : await findLink(id, { tx });
  if (!row) throw notFound(`${type === "link" ? "Link" : type === "claim" ? "Claim" : "Proposition"} ${id}`);
  return row;
}

export async function listComments(actor: Actor, type: unknown, id: string): Promise<CommentDto[]> {
  const t = parseInput(CommentTargetType, type, "The comment target");
  const { storyId } = await requireTarget(t, id);
  const hidden = t === "proposition" ? null : await hiddenWork(actor, storyId);
  if (hidden && (t === "claim" ? hidden.claimIds : hidden.linkIds).has(id)) throw notFound(`${t === "claim" ? "Claim" : "Link"} ${id}`);
  return (await findComments(targetOf(t, id))).map(toCommentDto);
}

/** How many comments each of these propositions has, by proposition id (absent when none). */
export async function propositionCommentCounts(_actor: Actor, ids: string[]): Promise<Record<string, number>> {
  return Object.fromEntries((await countPropositionComments(ids)).map((g) => [g.propositionId ?? "", g._count._all]));
}

/** Inserts a comment inside a caller's transaction (review decisions write theirs this way). */
export async function insertAuditedComment(
  tx: Tx,
  actor: Actor,
  target: { type: CommentTargetType; id: string; storyId: string },
  body: string,
  kind: "comment" | "sent_back" = "comment",
): Promise<CommentDto> {
  const row = await insertComment(tx, { storyId: target.storyId, ...targetOf(target.type, target.id), body, kind, authorId: actor.userId });
  return created(commentKind, tx, actor, row);
}

export async function addComment(actor: Actor, type: unknown, id: string, input: unknown): Promise<CommentDto> {
  const t = parseInput(CommentTargetType, type, "The comment target");
  const body = parseInput(CreateCommentInput, input);
  assertCanChangeContent(actor, "create", "comment");
  return inTransaction(async (tx) => {
    const { storyId } = await requireTarget(t, id, tx);
    return insertAuditedComment(tx, actor, { type: t, id, storyId }, body.body);
  });
}

const owned = (c: CommentRow) => ({ createdById: c.authorId });

export async function editComment(actor: Actor, id: string, input: unknown): Promise<CommentDto> {
  const { version, body } = parseInput(UpdateCommentInput, input);
  return updateAtVersion(commentKind, actor, id, version, {
    authorize: (current) => assertCanChangeContent(actor, "update", "comment", owned(current)),
    data: () => ({ body }),
  });
}

export async function deleteComment(actor: Actor, id: string, input: unknown): Promise<void> {
  const { version } = parseInput(VersionInput, input);
  await softDelete(commentKind, actor, id, version, (current) => assertCanChangeContent(actor, "delete", "comment", owned(current)));
}
