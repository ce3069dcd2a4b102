import { z } from "zod";
import { Id, IsoDateTime } from "@/domain/api-shapes";
import { Sourcing, Stance } from "@/domain/vocabulary";

const When = z
  .object({
    at: z.string().meta({ description: "ISO 8601: the article's publication date (of the precision it gives), or a revision's time." }),
    basis: z.enum(["published", "added", "revision"]).meta({
      description:
        "published: in the article as published (its `publishedAt`); added: as published, but the article gives no date (when it was added here); revision: only in a later revision (that revision's time).",
    }),
    revisionNumber: z.number().int().min(1),
  })
  .meta({ id: "TimelineWhen" });

export const TreatmentSchema = z
  .object({
    articleId: Id,
    claimId: Id,
    stance: Stance,
    sourcing: Sourcing,
    exact: z.string(),
    when: When,
  })
  .meta({ id: "TimelineTreatment", description: "How one article treated the proposition, from when its words appeared." });

const TimelineArticleSchema = z.object({
  id: Id,
  title: z.string(),
  outlet: z.string(),
  publishedAt: z.string().nullable(),
  addedAt: IsoDateTime,
  revisions: z.array(z.object({ revisionId: Id, number: z.number().int().min(1), createdAt: IsoDateTime })),
});

const TimelinePropositionSchema = z.object({
  id: Id,
  statement: z.string(),
  firstReport: TreatmentSchema.nullable().meta({ description: "The earliest treatment; null when no live claim is linked." }),
  treatments: z.array(TreatmentSchema).meta({ description: "Every linked claim, earliest first." }),
  sourcingPath: z.array(Sourcing).meta({ description: 'How its sourcing moved over time, e.g. ["attributed", "confirmed"].' }),
});

export const TimelineSchema = z
  .object({
    storyId: Id,
    articles: z.array(TimelineArticleSchema).meta({ description: "The story's articles, with when each arrived and was revised." }),
    propositions: z.array(TimelinePropositionSchema),
  })
  .meta({ id: "Timeline" });

export type Timeline = z.infer<typeof TimelineSchema>;
export type Treatment = z.infer<typeof TreatmentSchema>;
