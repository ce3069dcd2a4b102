import { z } from "zod";
import { Sourcing } from "@/domain/vocabulary";
import type { ArticleAgreementSchema, ClosedRoundSchema, StoryAgreementSchema } from "./responses";

const ShortText = z.string().trim().max(300, "must be at most 300 characters");

/** The editor's choice for a unit: one annotator's claim, with edits for a merged version. */
export const AdjudicationInput = z.strictObject({
  unitId: z.string().trim().min(1, "must not be empty").max(64, "must be at most 64 characters"),
  claimId: z.string().trim().min(1, "must not be empty").max(64, "must be at most 64 characters"),
  statement: z.string().trim().min(1, "must not be empty").max(1000, "must be at most 1000 characters").optional(),
  sourcing: Sourcing.optional(),
  source: ShortText.optional(),
  cue: ShortText.optional(),
});
export type AdjudicationInput = z.input<typeof AdjudicationInput>;

export type ArticleAgreementDto = z.infer<typeof ArticleAgreementSchema>;
export type StoryAgreementDto = z.infer<typeof StoryAgreementSchema>;
export type ClosedRoundDto = z.infer<typeof ClosedRoundSchema>;
