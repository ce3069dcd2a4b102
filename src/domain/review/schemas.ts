import { z } from "zod";
import { Version } from "@/domain/stories/schemas";
import { MAX_ID_LENGTH } from "@/domain/ids";
import { Sourcing } from "@/domain/vocabulary";
import type { BulkReviewResultSchema, QueueItemSchema } from "./responses";
import { FilterId } from "@/domain/filters";

const Decision = z.enum(["approve", "send_back"], { message: 'must be "approve" or "send_back"' });
const Comment = z.string().trim().max(4000, "must be at most 4000 characters").optional();

/** An editor's decision on a claim or link: approve, or send back to its author with a comment. */
export const ReviewDecisionInput = z
  .strictObject({
    version: Version,
    decision: Decision,
    comment: Comment,
  })
  .superRefine((v, ctx) => {
    if (v.decision === "send_back" && !v.comment) {
      ctx.addIssue({ code: "custom", path: ["comment"], message: "is required when sending work back: say what needs to change" });
    }
  });
export type ReviewDecisionInput = z.infer<typeof ReviewDecisionInput>;

export const ReviewQueueQuery = z.object({
  limit: z.coerce
    .number({ message: "must be a number" })
    .int("must be a whole number")
    .min(1, "must be at least 1")
    .max(200, "must be at most 200")
    .default(50),
  cursor: z.string().max(500).optional(),
  story: FilterId,
  article: FilterId,
  author: FilterId,
  kind: z
    .enum(["claim", "link"], { message: 'must be "claim" or "link"' })
    .optional()
    .or(z.literal("").transform(() => undefined)),
  sourcing: Sourcing.optional().or(z.literal("").transform(() => undefined)),
});
export type ReviewQueueQuery = z.infer<typeof ReviewQueueQuery>;

export const QueueCursor = z.object({ at: z.iso.datetime(), id: z.string().min(1).max(64) });

/** One item waiting for review. */
export type QueueItemDto = z.infer<typeof QueueItemSchema>;

/** The most items one bulk decision may name (a page of the queue holds at most 200). */
export const MAX_BULK_REVIEW_ITEMS = 200;

const BulkItem = z.strictObject({
  kind: z.enum(["claim", "link"], { message: 'must be "claim" or "link"' }),
  id: z.string({ message: "must be an id" }).min(1, "must be an id").max(MAX_ID_LENGTH, `must be at most ${MAX_ID_LENGTH} characters`),
  version: Version,
});

/** One decision on several claims and links at once: all of them, or none (issue 15). */
export const BulkReviewInput = z
  .strictObject({
    items: z
      .array(BulkItem, { message: "must be a list of { kind, id, version }" })
      .min(1, "must name at least one item")
      .max(MAX_BULK_REVIEW_ITEMS, `must name at most ${MAX_BULK_REVIEW_ITEMS} items`),
    decision: Decision,
    comment: Comment,
  })
  .superRefine((v, ctx) => {
    if (v.decision === "send_back" && !v.comment) {
      ctx.addIssue({ code: "custom", path: ["comment"], message: "is required when sending work back: say what needs to change" });
    }
    const seen = new Map<string, number>();
    v.items.forEach((item, i) => {
      const key = `${item.kind}:${item.id}`;
      const first = seen.get(key);
      if (first === undefined) seen.set(key, i);
      else ctx.addIssue({ code: "custom", path: ["items", i, "id"], message: `names the same ${item.kind} as items.${first}` });
    });
  });
export type BulkReviewInput = z.infer<typeof BulkReviewInput>;

/** What a bulk decision changed: each item's new status and version, in the order asked. */
export type BulkReviewDto = z.infer<typeof BulkReviewResultSchema>;
