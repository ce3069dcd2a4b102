/** What a comment is on: a claim, a proposition or a link. */
import { z } from "zod";

export const CommentTargetType = z.enum(["claim", "proposition", "link"]);
export type CommentTargetType = z.infer<typeof CommentTargetType>;
