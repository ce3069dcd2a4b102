/** Claim and match suggestions, and decisions on suggestions, as the API answers them. */
import { z } from "zod";
import { Id, type Same } from "@/domain/api-shapes";
import { ClaimSchema, SelectorSchema } from "@/domain/claims/responses";
import { Sourcing, Stance } from "@/domain/vocabulary";
import type { Cue } from "./cues";
import type { DivergenceReason } from "./divergence";
import type { MatchSuggestion } from "./match";
import type { DecisionResult, SuggestionDto } from "./service";

const Offset = z.number().int().min(0);

export const CueSchema = z
  .object({
    kind: z.enum(["hedge", "reporting", "quotation", "confirmation"]).meta({
      description: "`hedge`: makes it speculative; `reporting` and `quotation`: attribute it; `confirmation`: confirmed on the record.",
    }),
    text: z.string().meta({ description: "The cue words: always the text between `start` and `end`." }),
    start: Offset.meta({ description: "Offset in UTF-16 code units into the revision's text." }),
    end: Offset.meta({ description: "Exclusive end offset." }),
  })
  .meta({ id: "SuggestionCue", description: "Words that justify a suggestion's sourcing, for highlighting." });

export const SuggestionSchema = z
  .object({
    selector: SelectorSchema,
    revisionId: Id.meta({ description: "The revision the selector's offsets refer to: send it back with a decision." }),
    sourcing: Sourcing,
    source: z.string().meta({ description: 'Who it is attributed to; "the author" when the outlet says it in its own voice.' }),
    cue: z.string().meta({ description: "The cue words, as a claim's `cue` records them." }),
    cues: z.array(CueSchema),
    score: z.number().min(0).max(1).meta({ description: "How sure the suggestion is, 0 to 1." }),
    statement: z.string().meta({ description: "A proposed wording for the claim's statement (the words, tidied)." }),
    why: z.string().meta({ description: "Why it is suggested, in words." }),
  })
  .meta({ id: "ClaimSuggestion", description: "Words of the current text worth recording as a claim, with a proposed sourcing." });

export const SuggestionListSchema = z
  .object({
    items: z.array(SuggestionSchema),
    revisionId: Id.nullable().meta({ description: "The current revision the suggestions are for; null when the article has no text." }),
  })
  .meta({
    id: "ClaimSuggestionList",
    description: "Best first, in one list (no pages). None overlaps a recorded claim, and none repeats words already accepted or rejected.",
  });

export const RejectedDecisionSchema = z
  .object({ outcome: z.literal("rejected") })
  .meta({ id: "RejectedSuggestion", description: "Remembered: these words are not suggested again." });

export const AcceptedDecisionSchema = z
  .object({ outcome: z.literal("accepted"), claim: ClaimSchema })
  .meta({ id: "AcceptedSuggestion", description: "The claim recorded from the suggestion; its words are not suggested again." });

export const DivergenceReasonSchema = z
  .object({
    kind: z.enum(["number", "date", "name", "title", "negation"]).meta({ description: "What differs between the two statements." }),
    a: z.string().meta({ description: "What the chosen claim says (empty when it says nothing of the kind)." }),
    b: z.string().meta({ description: "What the suggested claim or proposition says." }),
    about: z.string().optional().meta({ description: "The person a title or rank is about." }),
    text: z.string().meta({ description: 'The reason in words, e.g. "different numbers: 12 vs 14".' }),
  })
  .meta({ id: "DivergenceReason" });

export const MatchSchema = z
  .object({
    claimId: Id.optional().meta({ description: "Set when the match is a claim of another article of the story." }),
    propositionId: Id.optional().meta({ description: "Set when the match is a proposition of the story the claim is not linked to yet." }),
    articleId: Id.optional().meta({ description: "The matched claim's article (claims only)." }),
    statement: z.string().meta({ description: "The matched claim's or proposition's statement." }),
    stance: Stance.meta({ description: "For a claim: how it stands towards the chosen one; for a proposition: how the chosen claim would link to it." }),
    sourcing: Sourcing.nullable().meta({ description: "The matched claim's sourcing; for a proposition, the chosen claim's, as a link would carry it." }),
    score: z.number().min(0).meta({ description: "Topic similarity (higher is closer); only matches above a floor are listed." }),
    reasons: z.array(DivergenceReasonSchema).meta({ description: "Why the two may diverge; empty when nothing differs." }),
    reasonText: z.string().meta({ description: "The reasons in words, one line." }),
  })
  .meta({
    id: "Match",
    description: "A claim or proposition that speaks to the same point as the chosen claim: exactly one of `claimId` and `propositionId` is set.",
  });

export const MatchListSchema = z.object({ items: z.array(MatchSchema) }).meta({ id: "MatchList", description: "Best first, in one list (no pages)." });

export const assistanceShapesAgree: [
  Same<z.infer<typeof CueSchema>, Cue>,
  Same<z.infer<typeof SuggestionSchema>, SuggestionDto>,
  Same<z.infer<typeof RejectedDecisionSchema> | z.infer<typeof AcceptedDecisionSchema>, DecisionResult>,
  Same<z.infer<typeof DivergenceReasonSchema>, DivergenceReason>,
  Same<z.infer<typeof MatchSchema>, MatchSuggestion>,
] = [true, true, true, true, true];
