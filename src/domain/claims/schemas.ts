import { z } from "zod";
import { ReviewStatus, Sourcing } from "@/domain/vocabulary";
import { Version } from "@/domain/stories/schemas";
import type { ClaimSchema } from "./responses";
import { FilterId } from "@/domain/filters";

export const ClaimCursor = z.object({ s: z.number().int().min(0), id: z.string().min(1).max(64) });

const Offset = z.number().int("must be a whole number").min(0, "must be 0 or more").max(10_000_000, "is out of range");
const Statement = z.string().trim().min(1, "must not be empty").max(1000, "must be at most 1000 characters");
const ShortText = z.string().trim().max(300, "must be at most 300 characters");

/** Where a claim's words are: offsets (with an optional check quote), or a quote alone. */
export const SpanInput = z.object({
  start: Offset.optional(),
  end: Offset.optional(),
  exact: z.string().min(1, "must not be empty").max(20_000, "must be at most 20000 characters").optional(),
  prefix: z.string().max(1000, "must be at most 1000 characters").optional(),
  suffix: z.string().max(1000, "must be at most 1000 characters").optional(),
});
export type SpanInput = z.infer<typeof SpanInput>;

export const CreateClaimInput = z.strictObject({
  ...SpanInput.shape,
  /** The revision the offsets refer to; refused if the text changed since. */
  revisionId: z.string().min(1).max(64).optional(),
  statement: Statement,
  sourcing: Sourcing,
  source: ShortText.optional(),
  cue: ShortText.optional(),
  status: ReviewStatus.optional(),
});
export type CreateClaimInput = z.infer<typeof CreateClaimInput>;

export const UpdateClaimInput = z.strictObject({
  version: Version,
  statement: Statement.optional(),
  sourcing: Sourcing.optional(),
  source: ShortText.optional(),
  cue: ShortText.optional(),
  status: ReviewStatus.optional(),
  /** Re-selecting the words (e.g. to repair an orphaned claim) anchors it to the current text. */
  start: Offset.optional(),
  end: Offset.optional(),
  exact: SpanInput.shape.exact,
  prefix: SpanInput.shape.prefix,
  suffix: SpanInput.shape.suffix,
});
export type UpdateClaimInput = z.infer<typeof UpdateClaimInput>;

export const VersionInput = z.strictObject({ version: Version });

/** A claim as the API answers it (docs/contract/API.md). */
export type ClaimDto = z.infer<typeof ClaimSchema>;

const csv = <T extends z.ZodType>(item: T) => z.preprocess((v) => (typeof v === "string" ? v.split(",").filter(Boolean) : v), z.array(item).max(10));

/** Filters of a claims list (query string or form). */
export const ClaimFilterQuery = z.object({
  q: z
    .string()
    .trim()
    .max(200)
    .optional()
    .transform((v) => v || undefined),
  sourcing: csv(Sourcing).optional(),
  status: csv(ReviewStatus).optional(),
  source: z
    .string()
    .trim()
    .max(200)
    .optional()
    .transform((v) => v || undefined),
  author: FilterId,
  article: FilterId,
});
export type ClaimFilterQuery = z.infer<typeof ClaimFilterQuery>;

export interface ClaimSearchResult {
  items: (ClaimDto & { articleTitle: string })[];
  total: number;
  authors: { id: string; name: string }[];
}
