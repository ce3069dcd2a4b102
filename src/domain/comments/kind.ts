/** The comment as a versioned kind (src/domain/versioned/kind.ts); its owner is its author. */
import { type CommentRow, findComment, updateCommentAtVersion } from "@/data/comments";
import { defineKind } from "@/domain/versioned/kind";
import type { CommentDto } from "./schemas";

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

export const commentKind = defineKind<CommentRow, CommentDto>("comment", {
  data: { find: findComment, writeAtVersion: updateCommentAtVersion },
  describe: () => "The comment",
  audited: auditedComment,
  toDto: toCommentDto,
});
