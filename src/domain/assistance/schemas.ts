import { z } from "zod";
import { CreateClaimInput } from "@/domain/claims/schemas";

const Offset = z.number().int("must be a whole number").min(0, "must be 0 or more").max(10_000_000, "is out of range");

export const SuggestionsQuery = z.object({
  limit: z.coerce
    .number()
    .int("must be a whole number")
    .min(1, "must be at least 1")
    .max(500, "must be at most 500")
    .optional()
    .meta({ description: "At most this many, best first (1 to 500; all by default)." }),
});

export const MatchesQuery = z.object({
  limit: z.coerce
    .number()
    .int("must be a whole number")
    .min(1, "must be at least 1")
    .max(50, "must be at most 50")
    .optional()
    .meta({ description: "At most this many, best first (1 to 50; 10 by default)." }),
});

const SuggestionSpan = {
  exact: z.string().min(1, "must not be empty").max(20_000, "must be at most 20000 characters"),
  start: Offset,
  end: Offset,
  revisionId: z.string().min(1, "must not be empty").max(64),
};

/**
 * A decision on a suggestion. Rejecting remembers the words so they are not suggested again;
 * accepting records the claim (with the fields a claim needs, the suggestion's or the editor's
 * edits) and remembers that too.
 */
export const SuggestionDecisionInput = z.discriminatedUnion("outcome", [
  z.strictObject({ outcome: z.literal("rejected"), ...SuggestionSpan }),
  z.strictObject({
    outcome: z.literal("accepted"),
    ...SuggestionSpan,
    statement: CreateClaimInput.shape.statement,
    sourcing: CreateClaimInput.shape.sourcing,
    source: CreateClaimInput.shape.source,
    cue: CreateClaimInput.shape.cue,
    status: CreateClaimInput.shape.status,
  }),
]);
export type SuggestionDecisionInput = z.infer<typeof SuggestionDecisionInput>;
