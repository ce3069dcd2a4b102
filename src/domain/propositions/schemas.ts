import { z } from "zod";
import { ReviewStatus, Stance, Verdict } from "@/domain/vocabulary";
import { Version } from "@/domain/stories/schemas";
import type { LinkSchema, PropositionSchema } from "./responses";

const Statement = z.string().trim().min(1, "must not be empty").max(1000, "must be at most 1000 characters");
const Rationale = z.string().trim().max(5000, "must be at most 5000 characters");
const Note = z.string().trim().max(1000, "must be at most 1000 characters");

export const CreatePropositionInput = z.strictObject({
  statement: Statement,
  verdict: Verdict.nullable().optional(),
  rationale: Rationale.optional(),
});
export const UpdatePropositionInput = z.strictObject({
  version: Version,
  statement: Statement.optional(),
  verdict: Verdict.nullable().optional(),
  rationale: Rationale.optional(),
});
export const CreateLinkInput = z.strictObject({
  claimId: z.string().min(1, "is required").max(64),
  stance: Stance,
  note: Note.optional(),
  status: ReviewStatus.optional(),
});
const Id = z.string().min(1, "is required").max(64);

/**
 * "Link" on a suggested match of a claim: the match is another claim or a proposition (exactly
 * one). `stance` is the suggestion's: how the matched claim stands towards the chosen one, or how
 * the chosen claim would link to the matched proposition. `viaPropositionId` says which
 * proposition a matched claim joins when the chosen claim speaks to several.
 */
export const LinkMatchInput = z
  .strictObject({
    matchClaimId: Id.optional(),
    matchPropositionId: Id.optional(),
    viaPropositionId: Id.optional(),
    stance: Stance,
    note: Note.optional(),
  })
  .superRefine((v, ctx) => {
    if ((v.matchClaimId === undefined) === (v.matchPropositionId === undefined)) {
      ctx.addIssue({ code: "custom", path: ["matchClaimId"], message: "give exactly one of matchClaimId and matchPropositionId (the suggested match)" });
    }
    if (v.matchPropositionId !== undefined && v.viaPropositionId !== undefined) {
      ctx.addIssue({ code: "custom", path: ["viaPropositionId"], message: "only goes with matchClaimId" });
    }
  });
export type LinkMatchInput = z.infer<typeof LinkMatchInput>;
export const UpdateLinkInput = z.strictObject({ version: Version, stance: Stance.optional(), note: Note.optional(), status: ReviewStatus.optional() });

export type LinkDto = z.infer<typeof LinkSchema>;

export type PropositionDto = z.infer<typeof PropositionSchema>;
