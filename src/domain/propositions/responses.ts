/** Propositions and links as the API answers them. */
import { z } from "zod";
import { Id, IsoDateTime, pageOf } from "@/domain/api-shapes";
import { ReviewStatus, Sourcing, Stance, Verdict } from "@/domain/vocabulary";

export const LinkSchema = z
  .object({
    id: Id,
    propositionId: Id,
    claimId: Id,
    articleId: Id,
    stance: Stance,
    note: z.string(),
    status: ReviewStatus,
    version: z.number().int().min(1),
    claim: z
      .object({
        statement: z.string(),
        sourcing: Sourcing,
        exact: z.string(),
        source: z.string(),
        orphaned: z.boolean().meta({ description: "Its words were deleted by an article edit: the comparison leaves it out until it is repaired." }),
      })
      .meta({ description: "The linked claim, for display." }),
    createdAt: IsoDateTime,
    updatedAt: IsoDateTime,
  })
  .meta({ id: "Link", description: "A claim linked to a proposition with a stance." });

export const PropositionSchema = z
  .object({
    id: Id,
    storyId: Id,
    statement: z.string(),
    verdict: Verdict.nullable().meta({ description: "The editors' fact-check rating, if any." }),
    rationale: z.string(),
    version: z.number().int().min(1),
    createdBy: z.string().nullable(),
    createdAt: IsoDateTime,
    updatedAt: IsoDateTime,
    links: z.array(LinkSchema),
  })
  .meta({ id: "Proposition", description: "A story-level point, with the claims linked to it." });

export const PropositionPageSchema = pageOf(
  PropositionSchema,
  "PropositionPage",
  "All of the story's propositions with their links, in one page (a story holds at most a few hundred).",
);
