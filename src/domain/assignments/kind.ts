/** The assignment as a versioned kind (src/domain/versioned/kind.ts); its owner is its assignee. */
import { type AssignmentRow, findAssignment, updateAssignmentAtVersion } from "@/data/assignments";
import { defineKind } from "@/domain/versioned/kind";
import { pick } from "@/domain/versioned/pick";
import type { AssignmentDto } from "./schemas";

export function toAssignmentDto(row: AssignmentRow): AssignmentDto {
  return {
    id: row.id,
    storyId: row.storyId,
    articleId: row.articleId,
    userId: row.userId,
    userName: row.user.name,
    mode: row.mode,
    status: row.status,
    due: row.due?.toISOString() ?? null,
    note: row.note,
    assignedById: row.assignedById,
    assignedByName: row.assignedBy?.name ?? null,
    storyTitle: row.story.title,
    articleTitle: row.article?.title ?? null,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export const auditedAssignment = (a: AssignmentRow) => pick(a, ["articleId", "userId", "mode", "status", "due", "note"]);

export const assignmentKind = defineKind<AssignmentRow, AssignmentDto>("assignment", {
  data: { find: findAssignment, writeAtVersion: updateAssignmentAtVersion },
  describe: (a) => `The assignment of ${a.article?.title ? `"${a.article.title}"` : `story "${a.story.title}"`} to ${a.user.name}`,
  audited: auditedAssignment,
  toDto: toAssignmentDto,
});
