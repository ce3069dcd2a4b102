import { z } from "zod";
import { Version } from "@/domain/stories/schemas";
import { Sourcing } from "@/domain/vocabulary";
import type { QueueItemSchema } from "./responses";

/** An editor's decision on a claim or link: approve, or send back to its author with a comment. */
export const ReviewDecisionInput = z
  .strictObject({
    version: Version,
    decision: z.enum(["approve", "send_back"], { message: 'must be "approve" or "send_back"' }),
    comment: z.string().trim().max(4000, "must be at most 4000 characters").optional(),
  })
  .superRefine((v, ctx) => {
    if (v.decision === "send_back" && !v.comment) {
      ctx.addIssue({ code: "custom", path: ["comment"], message: "is required when sending work back: say what needs to change" });
    }
  });
export type ReviewDecisionInput = z.infer<typeof ReviewDecisionInput>;

export const ReviewQueueQuery = z.object({
  limit: z.coerce.number({ message: "must be a number" }).int("must be a whole number").min(1, "must be at least 1").max(200, "must be at most 200").default(50),
  cursor: z.string().max(500).optional(),
  story: z.string().trim().max(64).optional().transform((v) => v || undefined),
  article: z.string().trim().max(64).optional().transform((v) => v || undefined),
  author: z.string().trim().max(64).optional().transform((v) => v || undefined),
  kind: z.enum(["claim", "link"], { message: 'must be "claim" or "link"' }).optional().or(z.literal("").transform(() => undefined)),
  sourcing: Sourcing.optional().or(z.literal("").transform(() => undefined)),
});
export type ReviewQueueQuery = z.infer<typeof ReviewQueueQuery>;

export const QueueCursor = z.object({ at: z.iso.datetime(), id: z.string().min(1).max(64) });

/** One item waiting for review. */
export type QueueItemDto = z.infer<typeof QueueItemSchema>;
