import { z } from "zod";
import { Version } from "@/domain/stories/schemas";
import type { CommentSchema } from "./responses";
import { CommentTargetType } from "./target";

export const CommentBody = z.string().trim().min(1, "must not be empty").max(4000, "must be at most 4000 characters");

export const CreateCommentInput = z.strictObject({ body: CommentBody });
export const UpdateCommentInput = z.strictObject({ version: Version, body: CommentBody });

export { CommentTargetType };

/** A comment as the API answers it. */
export type CommentDto = z.infer<typeof CommentSchema>;
