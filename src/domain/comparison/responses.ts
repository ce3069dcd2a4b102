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
        cells: z.record(z.string(), CellSchema).meta({ description: "One cell per article id." }),
      }),
    ),
    pairs: z.array(
      z.object({ a: Id, b: Id, agreements: Count, divergences: Count, sourcingGaps: Count, onlyInA: Count, onlyInB: Count }),
    ),
    totals: z.object({ agreements: Count, divergences: Count, sourcingGaps: Count, onlyIn: Count, mixed: Count, propositions: Count }),
  })
  .meta({ id: "Comparison", description: "Where the story's articles agree, diverge, differ in sourcing, or report alone." });

export const comparisonShapesAgree: [Same<z.infer<typeof ComparisonSchema>, Comparison>] = [true];
