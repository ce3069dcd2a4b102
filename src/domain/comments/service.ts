/**
 * Comments on claims, propositions and links, shown beside them. Analysts and editors comment;
 * authors edit or delete their own, editors any. Every change is audited.
 */
import { findClaim } from "@/data/claims";
import { type CommentRow, type CommentTarget, countPropositionComments, findComment, findComments, insertComment, updateCommentAtVersion } from "@/data/comments";
import { inTransaction, type Tx } from "@/data/db";
import { findLink, findProposition } from "@/data/propositions";
import { touchStory } from "@/data/stories";
import { recordAudit } from "@/domain/audit/record";
import type { Actor } from "@/domain/auth/actor";
import { assertCanChangeContent } from "@/domain/auth/permissions";
import { notFound, parseInput, staleVersion } from "@/domain/errors";
import { VersionInput } from "@/domain/claims/schemas";
import { type CommentDto, CommentTargetType, CreateCommentInput, UpdateCommentInput } from "./schemas";

export function toCommentDto(row: CommentRow): CommentDto {
  const [targetType, targetId] = row.claimId
    ? (["claim", row.claimId] as const)
    : row.propositionId
      ? (["proposition", row.propositionId] as const)
      : (["link", row.linkId ?? ""] as const);
  return {
    id: row.id,
    storyId: row.storyId,
    targetType,
    targetId,
    kind: row.kind,
    body: row.body,
    author: row.author ? { id: row.author.id, name: row.author.name } : null,
    importedAuthor: row.importedAuthor,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

const auditedComment = (c: CommentRow) => ({ body: c.body, kind: c.kind, claimId: c.claimId, propositionId: c.propositionId, linkId: c.linkId });

const column = { claim: "claimId", proposition: "propositionId", link: "linkId" } as const;

function targetOf(type: CommentTargetType, id: string): CommentTarget {
  return { [column[type]]: id } as CommentTarget;
}

/** The story of a live target, or 404. */
async function requireTarget(type: CommentTargetType, id: string, tx?: Tx): Promise<{ storyId: string }> {
  const row = type === "claim" ? await findClaim(id, tx) : type === "proposition" ? await findProposition(id, tx) : await findLink(id, tx);
  if (!row) throw notFound(`${type === "link" ? "Link" : type === "claim" ? "Claim" : "Proposition"} ${id}`);
  return row;
}

export async function listComments(_actor: Actor, type: unknown, id: string): Promise<CommentDto[]> {
  const t = parseInput(CommentTargetType, type, "The comment target");
  await requireTarget(t, id);
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
  await recordAudit(tx, actor, { action: "comment.create", entity: "comment", entityId: row.id, storyId: row.storyId, before: null, after: auditedComment(row) });
  await touchStory(tx, row.storyId);
  return toCommentDto(row);
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

async function requireComment(tx: Tx, id: string): Promise<CommentRow> {
  const row = await findComment(id, tx);
  if (!row) throw notFound(`Comment ${id}`);
  return row;
}

const owned = (c: CommentRow) => ({ createdById: c.authorId });

export async function editComment(actor: Actor, id: string, input: unknown): Promise<CommentDto> {
  const body = parseInput(UpdateCommentInput, input);
  return inTransaction(async (tx) => {
    const current = await requireComment(tx, id);
    assertCanChangeContent(actor, "update", "comment", owned(current));
    if (current.version !== body.version) throw staleVersion("comment", "The comment", current);
    const row = await updateCommentAtVersion(tx, id, body.version, { body: body.body });
    if (!row) throw staleVersion("comment", "The comment", current);
    await recordAudit(tx, actor, { action: "comment.update", entity: "comment", entityId: id, storyId: row.storyId, before: auditedComment(current), after: auditedComment(row) });
    await touchStory(tx, row.storyId);
    return toCommentDto(row);
  });
}

export async function deleteComment(actor: Actor, id: string, input: unknown): Promise<void> {
  const body = parseInput(VersionInput, input);
  await inTransaction(async (tx) => {
    const current = await requireComment(tx, id);
    assertCanChangeContent(actor, "delete", "comment", owned(current));
    if (current.version !== body.version) throw staleVersion("comment", "The comment", current);
    const row = await updateCommentAtVersion(tx, id, body.version, { deletedAt: new Date() });
    if (!row) throw staleVersion("comment", "The comment", current);
    await recordAudit(tx, actor, { action: "comment.delete", entity: "comment", entityId: id, storyId: row.storyId, before: auditedComment(current), after: null });
    await touchStory(tx, row.storyId);
  });
}
