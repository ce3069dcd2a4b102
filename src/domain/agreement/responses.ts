/** Agreement figures, rounds and adjudication as the API answers them (issue 17). */
import { z } from "zod";
import { Id, IsoDateTime } from "@/domain/api-shapes";
import { sourcings } from "@/domain/vocabulary-words";

const Sourcing = z.enum(sourcings);
const Ratio = z.number().min(-1).max(1).nullable();
const SourcingRow = z.object(Object.fromEntries(sourcings.map((s) => [s, z.number().int().min(0)])) as Record<(typeof sourcings)[number], z.ZodNumber>);

export const PairF1Schema = z.object({
  a: Id,
  b: Id,
  claimsA: z.number().int().min(0),
  claimsB: z.number().int().min(0),
  matched: z.number().int().min(0),
  f1: Ratio.meta({ description: "2 * matched / (claimsA + claimsB); null when neither recorded a claim." }),
});

export const UnitSchema = z.object({
  id: z.string().meta({ description: 'The unit\'s extent, "start-end": pass it as `unitId` to adjudicate.' }),
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  values: z
    .record(z.string(), z.object({ claimId: Id, sourcing: Sourcing }).nullable())
    .meta({ description: "By annotator id: the sourcing of their longest claim in the unit, or null." }),
  claimIds: z.array(Id).meta({ description: "Every claim of the unit: the versions an editor adjudicates between." }),
  differs: z.boolean().meta({ description: "Whether the annotators' values differ (or some gave none): what an editor adjudicates." }),
  adjudicated: Id.nullable().meta({ description: "The claim of record an editor chose for the unit, if any." }),
});

export const RoundClaimSchema = z.object({
  id: Id,
  userId: Id,
  start: z.number().int(),
  end: z.number().int(),
  exact: z.string(),
  statement: z.string(),
  sourcing: Sourcing,
  source: z.string(),
  cue: z.string(),
  version: z.number().int().min(1),
  adjudicated: z.boolean(),
});

export const ArticleAgreementSchema = z
  .object({
    articleId: Id,
    storyId: Id,
    round: z.object({
      status: z.enum(["open", "closed", "none"]).meta({ description: "`closed`: the figures as they were at close; `none`: no independent round yet." }),
      id: Id.nullable(),
      startedAt: IsoDateTime.nullable(),
      closedAt: IsoDateTime.nullable(),
    }),
    annotators: z.array(z.object({ id: Id, name: z.string() })),
    spans: z.object({ f1: Ratio.meta({ description: "The mean of the pairs' f1." }), pairs: z.array(PairF1Schema) }),
    units: z.array(UnitSchema),
    sourcing: z.object({
      alpha: Ratio.meta({ description: "Krippendorff's alpha (nominal) of the sourcing over the units; null when undefined (no variation or no pairs)." }),
      pairable: z.number().int().min(0).meta({ description: "How many values could be paired (units with at least two)." }),
      confusion: z
        .object(Object.fromEntries(sourcings.map((s) => [s, SourcingRow])) as Record<(typeof sourcings)[number], typeof SourcingRow>)
        .meta({ description: "Pairs of annotators' tags in one unit: rows the earlier annotator (in `annotators` order), columns the later." }),
    }),
    source: z
      .object({ pairs: z.number().int().min(0), same: z.number().int().min(0), rate: Ratio })
      .meta({ description: "Of the pairs of annotators agreeing on a unit's sourcing, how many name the same source (case, accents and titles set aside)." }),
    claims: z.array(RoundClaimSchema).meta({ description: "The annotators' claims of the round (their versions, for adjudication)." }),
  })
  .meta({ id: "ArticleAgreement", description: "How far the annotators of an article's independent round agree." });

export const StanceUnitSchema = z.object({
  propositionId: Id,
  articleId: Id,
  values: z.record(z.string(), z.enum(["supports", "contradicts", "mixed", "absent"])).meta({ description: "By annotator id." }),
});

export const RoundSummarySchema = z.object({
  id: Id,
  articleId: Id,
  startedAt: IsoDateTime,
  closedAt: IsoDateTime,
  spansF1: Ratio,
  sourcingAlpha: Ratio,
});

export const StoryAgreementSchema = z
  .object({
    storyId: Id,
    articles: z.array(ArticleAgreementSchema.omit({ claims: true }).extend({ title: z.string() })),
    stance: z.object({
      alpha: Ratio.meta({ description: "Krippendorff's alpha (nominal) over units proposition x article." }),
      pairable: z.number().int().min(0),
      units: z.array(StanceUnitSchema),
    }),
    rounds: z.array(RoundSummarySchema).meta({ description: "Every closed round of the story, oldest first: agreement over time." }),
  })
  .meta({ id: "StoryAgreement", description: "Every article's agreement, and the agreement on stances across articles." });

export const ClosedRoundSchema = z
  .object({
    id: Id,
    articleId: Id,
    storyId: Id,
    startedAt: IsoDateTime,
    closedAt: IsoDateTime,
    closedById: Id.nullable(),
    figures: ArticleAgreementSchema,
  })
  .meta({ id: "ClosedRound", description: "A closed independent round, with the agreement figures as they were at close." });
