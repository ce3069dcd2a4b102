/**
 * Issue 15: the headline cards count propositions (matrix rows) by kind, not pairs of articles;
 * links of orphaned claims do not count until repaired.
 */
import { describe, expect, it } from "vitest";
import { computeComparison, type ComparisonInput } from "@/domain/comparison/compute";
import { classifyRow } from "@/domain/comparison/rows";

const articles = ["a", "b", "c", "d"].map((id) => ({ id, title: id }));
const propositions = ["agree", "gap", "diverge", "alone", "none"].map((id) => ({ id, statement: id }));
type Link = ComparisonInput["links"][number];
const l = (
  propositionId: string,
  articleId: string,
  stance: Link["stance"] = "supports",
  sourcing: Link["sourcing"] = "confirmed",
  orphaned = false,
): Link => ({
  propositionId,
  articleId,
  claimId: `${propositionId}-${articleId}`,
  stance,
  sourcing,
  orphaned,
});

describe("propositionTotals", () => {
  const links = [
    ...["a", "b", "c", "d"].map((x) => l("agree", x)),
    l("gap", "a"),
    l("gap", "b", "supports", "attributed"),
    l("diverge", "a"),
    l("diverge", "b"),
    l("diverge", "c", "contradicts"),
    l("alone", "d"),
  ];
  const cmp = computeComparison({ storyId: "s", articles, propositions, links });

  it("counts each proposition once, by its row kind, while totals count pairs", () => {
    expect(cmp.propositionTotals).toEqual({ agreements: 1, divergences: 1, sourcingGaps: 1, onlyIn: 1, unlinked: 1 });
    // The same story over pairs: 6 agreeing pairs from one proposition alone.
    expect(cmp.totals.agreements).toBe(6 + 1 + 1);
    expect(cmp.propositions.map((p) => p.kind)).toEqual(["agreement", "sourcing_gap", "divergence", "only_in", "unlinked"]);
  });

  it("gives each proposition the kind of its matrix row", () => {
    for (const p of cmp.propositions) expect(p.kind).toBe(classifyRow(articles.map((a) => p.cells[a.id]!)).kind);
  });
});

describe("orphaned claims", () => {
  it("leave their cells, pairs and totals, and are listed once each", () => {
    const links = [l("agree", "a"), l("agree", "b", "supports", "confirmed", true), { ...l("gap", "b", "supports", "confirmed", true), claimId: "agree-b" }];
    const cmp = computeComparison({ storyId: "s", articles, propositions, links });
    expect(cmp.propositions[0]!.cells.b).toEqual({ stance: "absent", sourcing: null, claimIds: [] });
    expect(cmp.propositions[0]!.kind).toBe("only_in");
    expect(cmp.totals.agreements).toBe(0);
    expect(cmp.propositionTotals).toMatchObject({ agreements: 0, onlyIn: 1, unlinked: 4 });
    expect(cmp.orphanedClaims).toEqual([{ id: "agree-b", articleId: "b" }]);
  });

  it("are not listed when their proposition or article is not in the story", () => {
    const cmp = computeComparison({
      storyId: "s",
      articles,
      propositions,
      links: [l("gone", "a", "supports", "confirmed", true), l("agree", "z", "supports", "confirmed", true)],
    });
    expect(cmp.orphanedClaims).toEqual([]);
  });
});
