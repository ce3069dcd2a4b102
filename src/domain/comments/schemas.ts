import { z } from "zod";
import { Version } from "@/domain/stories/schemas";

export const CommentBody = z.string().trim().min(1, "must not be empty").max(4000, "must be at most 4000 characters");

export const CreateCommentInput = z.strictObject({ body: CommentBody });
export const UpdateCommentInput = z.strictObject({ version: Version, body: CommentBody });

export const CommentTargetType = z.enum(["claim", "proposition", "link"]);
export type CommentTargetType = z.infer<typeof CommentTargetType>;

/** A comment as the API answers it. */
export interface CommentDto {
  id: string;
  storyId: string;
  targetType: CommentTargetType;
  targetId: string;
  /** `sent_back`: the note of an editor who sent the work back for changes. */
  kind: "comment" | "sent_back";
  body: string;
  author: { id: string; name: string } | null;
  /** Who wrote it in the file it was imported from, when no account here has their email (author is then the importer). */
  importedAuthor: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}
