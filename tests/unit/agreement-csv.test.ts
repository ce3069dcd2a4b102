import { describe, expect, it } from "vitest";
import { agreementCsv } from "@/domain/agreement/csv";
import type { StoryAgreementDto } from "@/domain/agreement/schemas";

describe("the agreement CSV", () => {
  it("has a row per article and annotator pair, quoting titles, and the stance alpha last", () => {
    const confusion = {
      confirmed: { confirmed: 0, attributed: 0, speculative: 0 },
      attributed: { confirmed: 0, attributed: 0, speculative: 0 },
      speculative: { confirmed: 0, attributed: 0, speculative: 0 },
    };
    const figures: StoryAgreementDto = {
      storyId: "s",
      articles: [
        {
          articleId: "x",
          storyId: "s",
          title: 'Glaring "Realities", part 1',
          round: { status: "closed", id: "r", startedAt: null, closedAt: null },
          annotators: [
            { id: "a", name: "Ana" },
            { id: "b", name: "Bo" },
          ],
          spans: { f1: 0.8, pairs: [{ a: "a", b: "b", claimsA: 3, claimsB: 2, matched: 2, f1: 0.8 }] },
          units: [],
          sourcing: { alpha: 2 / 3, pairable: 4, confusion },
          source: { pairs: 1, same: 1, rate: 1 },
        },
      ],
      stance: { alpha: null, pairable: 0, units: [] },
      rounds: [],
    };
    expect(agreementCsv(figures).split("\r\n")).toEqual([
      "article,round,annotator_a,annotator_b,claims_a,claims_b,matched,span_f1,sourcing_alpha,pairable,source_rate",
      '"Glaring ""Realities"", part 1",closed,Ana,Bo,3,2,2,0.8,0.667,4,1',
      '"(stance, proposition x article)",,,,,,,,,0,',
      "",
    ]);
  });
});
