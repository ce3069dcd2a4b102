/** Input of the draft comparison's endpoints (zod at the boundary). */
import { z } from "zod";
import { CreateClaimInput } from "@/domain/claims/schemas";
import { CreatePropositionInput } from "@/domain/propositions/schemas";
import { Stance } from "@/domain/vocabulary";

const IdText = z.string().min(1, "must not be empty").max(64, "must be at most 64 characters");
const Offset = z.number().int("must be a whole number").min(0, "must be 0 or more").max(10_000_000, "is out of range");
export const DraftKey = z
  .string()
  .regex(/^[0-9a-f]{16}$/, "must be the item's key as the draft gave it (16 hexadecimal digits)")
  .meta({ description: "The drafted item's key, as `GET …/draft` gave it." });

export const DraftQuery = z.object({
  limit: z.coerce
    .number()
    .int("must be a whole number")
    .min(1, "must be at least 1")
    .max(200, "must be at most 200")
    .optional()
    .meta({ description: "At most this many items, best first (1 to 200; 50 by default)." }),
});

/** A claim of the accepted item: a recorded one by id, or suggested words to record. */
const AcceptedClaim = z.union([
  z.strictObject({ claimId: IdText, stance: Stance }),
  z.strictObject({
    articleId: IdText,
    revisionId: IdText,
    start: Offset,
    end: Offset,
    exact: z.string().min(1, "must not be empty").max(20_000, "must be at most 20000 characters"),
    statement: CreateClaimInput.shape.statement,
    sourcing: CreateClaimInput.shape.sourcing,
    source: CreateClaimInput.shape.source,
    cue: CreateClaimInput.shape.cue,
    stance: Stance,
  }),
]);
export type AcceptedClaim = z.infer<typeof AcceptedClaim>;

/**
 * Accepting a drafted item, as drafted or as the analyst edited it: the proposition's statement and
 * its claims (at least one, at most one per article), each with its stance.
 */
export const DraftAcceptInput = z.strictObject({
  key: DraftKey,
  statement: CreatePropositionInput.shape.statement,
  claims: z.array(AcceptedClaim).min(1, "must name at least one claim").max(100, "must name at most 100 claims"),
});
export type DraftAcceptInput = z.infer<typeof DraftAcceptInput>;

export const DraftRejectInput = z.strictObject({ key: DraftKey });
