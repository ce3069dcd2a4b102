import { describe, expect, it } from "vitest";
import { rankPropositions } from "@/features/propositions/rank-propositions";

const props = [
  { id: "p1", statement: "Serbia wants to keep friendly relations with Russia" },
  { id: "p2", statement: "The lieutenant colonel in the affair is Kleban" },
  { id: "p3", statement: "Vučić disclosed the espionage at a National Security Council meeting" },
];

describe("rankPropositions", () => {
  it("puts the best text match first and keeps the others", () => {
    const ranked = rankPropositions(props, "Lt.Col. Kleban met members of the Serbian army");
    expect(ranked[0]!.id).toBe("p2");
    expect(ranked.map((p) => p.id).sort()).toEqual(["p1", "p2", "p3"]);
    expect(rankPropositions(props, "National Security Council in November")[0]!.id).toBe("p3");
  });

  it("keeps story order for an empty query", () => {
    expect(rankPropositions(props, "  ").map((p) => p.id)).toEqual(["p1", "p2", "p3"]);
  });
});
