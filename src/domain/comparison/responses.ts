/** The comparison as the API answers it (docs/contract/API.md, Comparison). */
import { z } from "zod";
import { Id, type Same } from "@/domain/api-shapes";
import { Sourcing } from "@/domain/vocabulary";
import type { Comparison } from "./compute";

const Count = z.number().int().min(0);

export const CellSchema = z
  .object({
    stance: z.enum(["supports", "contradicts", "mixed", "absent"]).meta({ description: "`mixed` when the article has claims on both sides." }),
    sourcing: Sourcing.nullable().meta({ description: "The strongest sourcing of the article's claims on the proposition." }),
    claimIds: z.array(Id),
  })
  .meta({ id: "ComparisonCell" });

export const ComparisonSchema = z
  .object({
    storyId: Id,
    articles: z.array(z.object({ id: Id, title: z.string() })),
    propositions: z.array(
      z.object({
        id: Id,
        statement: z.string(),
        verdict: z.string().nullable(),
        kind: z.enum(["divergence", "sourcing_gap", "agreement", "only_in", "unlinked"]).meta({
          description:
            "The row's word in the matrix: a divergence if any two articles diverge (or one is mixed), else a sourcing gap if their sourcing differs, an agreement if two or more agree, only-in if one article reports it, unlinked if none.",
        }),
        cells: z.record(z.string(), CellSchema).meta({ description: "One cell per article id." }),
      }),
    ),
    pairs: z.array(z.object({ a: Id, b: Id, agreements: Count, divergences: Count, sourcingGaps: Count, onlyInA: Count, onlyInB: Count })),
    totals: z
      .object({ agreements: Count, divergences: Count, sourcingGaps: Count, onlyIn: Count, mixed: Count, propositions: Count })
      .meta({ description: "Counted over pairs of articles: a proposition counts once for each pair it relates." }),
    propositionTotals: z
      .object({ agreements: Count, divergences: Count, sourcingGaps: Count, onlyIn: Count, unlinked: Count })
      .meta({ description: "Propositions counted by their `kind`: the number of matrix rows of each kind." }),
    orphanedClaims: z
      .array(z.object({ id: Id, articleId: Id }))
      .meta({ description: "Linked claims whose words an article edit deleted: they do not count anywhere in the comparison until repaired." }),
  })
  .meta({ id: "Comparison", description: "Where the story's articles agree, diverge, differ in sourcing, or report alone." });

export const comparisonShapesAgree: [Same<z.infer<typeof ComparisonSchema>, Comparison>] = [true];
