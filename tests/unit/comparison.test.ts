import { describe, expect, it } from "vitest";
import {
  cellOf,
  computeComparison,
  relate,
  sourcingStrength,
  type Cell,
  type CellStance,
  type Comparison,
  type ComparisonInput,
  type PairRelation,
} from "@/domain/comparison/compute";
import type { Sourcing, Stance } from "@/domain/vocabulary";

type Link = ComparisonInput["links"][number];

function link(propositionId: string, articleId: string, claimId: string, stance: Stance, sourcing: Sourcing): Link {
  return { propositionId, articleId, claimId, stance, sourcing };
}

function articles(...ids: string[]): ComparisonInput["articles"] {
  return ids.map((id) => ({ id, title: `Article ${id}` }));
}

function propositions(...ids: string[]): ComparisonInput["propositions"] {
  return ids.map((id) => ({ id, statement: `Statement ${id}` }));
}

function pairOf(result: Comparison, a: string, b: string): Comparison["pairs"][number] | undefined {
  return result.pairs.find((pair) => pair.a === a && pair.b === b);
}

describe("sourcingStrength", () => {
  it("orders confirmed over attributed over speculative", () => {
    expect(sourcingStrength).toEqual({ confirmed: 3, attributed: 2, speculative: 1 });
  });
});

describe("cellOf", () => {
  type CellLink = Parameters<typeof cellOf>[0][number];
  const table: { name: string; links: CellLink[]; expected: Cell }[] = [
    { name: "no links", links: [], expected: { stance: "absent", sourcing: null, claimIds: [] } },
    {
      name: "one support",
      links: [{ claimId: "c1", stance: "supports", sourcing: "speculative" }],
      expected: { stance: "supports", sourcing: "speculative", claimIds: ["c1"] },
    },
    {
      name: "one contradiction",
      links: [{ claimId: "c1", stance: "contradicts", sourcing: "confirmed" }],
      expected: { stance: "contradicts", sourcing: "confirmed", claimIds: ["c1"] },
    },
    {
      name: "two supports, attributed + speculative -> attributed",
      links: [
        { claimId: "c2", stance: "supports", sourcing: "speculative" },
        { claimId: "c1", stance: "supports", sourcing: "attributed" },
      ],
      expected: { stance: "supports", sourcing: "attributed", claimIds: ["c2", "c1"] },
    },
    {
      name: "support + contradiction -> mixed with the strongest sourcing overall",
      links: [
        { claimId: "c1", stance: "supports", sourcing: "speculative" },
        { claimId: "c2", stance: "contradicts", sourcing: "confirmed" },
        { claimId: "c3", stance: "supports", sourcing: "attributed" },
      ],
      expected: { stance: "mixed", sourcing: "confirmed", claimIds: ["c1", "c2", "c3"] },
    },
    {
      name: "duplicate claim ids are listed once, in first-seen order",
      links: [
        { claimId: "c2", stance: "contradicts", sourcing: "attributed" },
        { claimId: "c1", stance: "contradicts", sourcing: "speculative" },
        { claimId: "c2", stance: "contradicts", sourcing: "attributed" },
      ],
      expected: { stance: "contradicts", sourcing: "attributed", claimIds: ["c2", "c1"] },
    },
  ];

  it.each(table)("$name", ({ links, expected }) => {
    expect(cellOf(links)).toEqual(expected);
  });
});

describe("relate", () => {
  function cell(stance: CellStance, sourcing: Sourcing | null): Cell {
    return { stance, sourcing, claimIds: stance === "absent" ? [] : ["x"] };
  }
  type Row = [CellStance, Sourcing | null, CellStance, Sourcing | null, PairRelation, boolean];
  const table: Row[] = [
    // a stance, a sourcing, b stance, b sourcing, relation, sourcing gap
    ["supports", "confirmed", "supports", "confirmed", "agreement", false],
    ["supports", "confirmed", "supports", "speculative", "agreement", true],
    ["supports", "attributed", "contradicts", "attributed", "divergence", false],
    ["supports", "attributed", "contradicts", "confirmed", "divergence", false],
    ["supports", "speculative", "mixed", "speculative", "divergence", false],
    ["supports", "speculative", "mixed", "confirmed", "divergence", false],
    ["supports", "confirmed", "absent", null, "only_a", false],

    ["contradicts", "attributed", "supports", "attributed", "divergence", false],
    ["contradicts", "attributed", "supports", "speculative", "divergence", false],
    ["contradicts", "speculative", "contradicts", "speculative", "agreement", false],
    ["contradicts", "speculative", "contradicts", "attributed", "agreement", true],
    ["contradicts", "confirmed", "mixed", "confirmed", "divergence", false],
    ["contradicts", "confirmed", "mixed", "attributed", "divergence", false],
    ["contradicts", "attributed", "absent", null, "only_a", false],

    ["mixed", "confirmed", "supports", "confirmed", "divergence", false],
    ["mixed", "confirmed", "supports", "attributed", "divergence", false],
    ["mixed", "attributed", "contradicts", "attributed", "divergence", false],
    ["mixed", "attributed", "contradicts", "speculative", "divergence", false],
    ["mixed", "speculative", "mixed", "speculative", "divergence", false],
    ["mixed", "speculative", "mixed", "confirmed", "divergence", false],
    ["mixed", "confirmed", "absent", null, "only_a", false],

    ["absent", null, "supports", "confirmed", "only_b", false],
    ["absent", null, "contradicts", "speculative", "only_b", false],
    ["absent", null, "mixed", "attributed", "only_b", false],
    ["absent", null, "absent", null, "neither", false],
  ];

  it.each(table)("%s/%s vs %s/%s -> %s (gap %s)", (aStance, aSourcing, bStance, bSourcing, relation, sourcingGap) => {
    expect(relate(cell(aStance, aSourcing), cell(bStance, bSourcing))).toEqual({ relation, sourcingGap });
  });
});

describe("computeComparison", () => {
  it("counts each kind once for a 2-article story", () => {
    const result = computeComparison({
      storyId: "s1",
      articles: articles("A", "B"),
      propositions: propositions("agree", "diverge", "gap", "onlyA", "onlyB", "none"),
      links: [
        link("agree", "A", "a1", "supports", "confirmed"),
        link("agree", "B", "b1", "supports", "confirmed"),
        link("diverge", "A", "a2", "supports", "attributed"),
        link("diverge", "B", "b2", "contradicts", "attributed"),
        link("gap", "A", "a3", "contradicts", "confirmed"),
        link("gap", "B", "b3", "contradicts", "speculative"),
        link("onlyA", "A", "a4", "supports", "speculative"),
        link("onlyB", "B", "b5", "contradicts", "attributed"),
      ],
    });
    expect(result.pairs).toEqual([{ a: "A", b: "B", agreements: 2, divergences: 1, sourcingGaps: 1, onlyInA: 1, onlyInB: 1 }]);
    expect(result.totals).toEqual({ agreements: 2, divergences: 1, sourcingGaps: 1, onlyIn: 2, mixed: 0, propositions: 6 });
    expect(result.storyId).toBe("s1");
    expect(result.propositions.map((p) => p.id)).toEqual(["agree", "diverge", "gap", "onlyA", "onlyB", "none"]);
  });

  describe("a 3-article story", () => {
    const result = computeComparison({
      storyId: "s3",
      articles: articles("A", "B", "C"),
      propositions: propositions("p1", "p2", "p3"),
      links: [
        // p1: A and B support, C contradicts.
        link("p1", "A", "a1", "supports", "confirmed"),
        link("p1", "B", "b1", "supports", "confirmed"),
        link("p1", "C", "c1", "contradicts", "confirmed"),
        // p2: A contradicts itself, B supports, C is silent.
        link("p2", "A", "a2", "supports", "speculative"),
        link("p2", "A", "a3", "contradicts", "attributed"),
        link("p2", "B", "b2", "supports", "attributed"),
        // p3: B confirms what C only speculates; A is silent (only-in-B for A-B and A-C).
        link("p3", "B", "b3", "supports", "confirmed"),
        link("p3", "C", "c3", "supports", "speculative"),
      ],
    });

    it("lists the pairs in article order", () => {
      expect(result.pairs.map((pair) => [pair.a, pair.b])).toEqual([
        ["A", "B"],
        ["A", "C"],
        ["B", "C"],
      ]);
    });

    it.each([
      { a: "A", b: "B", agreements: 1, divergences: 1, sourcingGaps: 0, onlyInA: 0, onlyInB: 1 },
      { a: "A", b: "C", agreements: 0, divergences: 1, sourcingGaps: 0, onlyInA: 1, onlyInB: 1 },
      { a: "B", b: "C", agreements: 1, divergences: 1, sourcingGaps: 1, onlyInA: 1, onlyInB: 0 },
    ])("counts pair $a-$b", (expected) => {
      expect(pairOf(result, expected.a, expected.b)).toEqual(expected);
    });

    it("totals the pairs and the mixed cells", () => {
      expect(result.totals).toEqual({ agreements: 2, divergences: 3, sourcingGaps: 1, onlyIn: 4, mixed: 1, propositions: 3 });
      expect(result.propositions[1]?.cells.A).toEqual({ stance: "mixed", sourcing: "attributed", claimIds: ["a2", "a3"] });
    });
  });

  it("has a cell for every article on every proposition, including unlinked propositions", () => {
    const result = computeComparison({
      storyId: "s",
      articles: articles("A", "B", "C"),
      propositions: [
        { id: "p1", statement: "One", verdict: "true" },
        { id: "p2", statement: "Two" },
        { id: "p3", statement: "Three", verdict: null },
      ],
      links: [link("p1", "B", "b1", "supports", "attributed")],
    });
    for (const proposition of result.propositions) {
      expect(Object.keys(proposition.cells)).toEqual(["A", "B", "C"]);
    }
    expect(result.propositions.map((p) => p.verdict)).toEqual(["true", null, null]);
    expect(result.propositions[0]?.cells).toEqual({
      A: { stance: "absent", sourcing: null, claimIds: [] },
      B: { stance: "supports", sourcing: "attributed", claimIds: ["b1"] },
      C: { stance: "absent", sourcing: null, claimIds: [] },
    });
    expect(result.propositions[1]?.cells.C).toEqual({ stance: "absent", sourcing: null, claimIds: [] });
    expect(result.pairs).toHaveLength(3);
  });

  it("ignores links to unknown articles or propositions", () => {
    const base: ComparisonInput = {
      storyId: "s",
      articles: articles("A", "B"),
      propositions: propositions("p1"),
      links: [link("p1", "A", "a1", "supports", "confirmed"), link("p1", "B", "b1", "supports", "attributed")],
    };
    const withStrays = computeComparison({
      ...base,
      links: [
        ...base.links,
        link("p1", "ghost-article", "g1", "contradicts", "confirmed"),
        link("ghost-proposition", "A", "g2", "contradicts", "confirmed"),
        link("ghost-proposition", "ghost-article", "g3", "supports", "speculative"),
      ],
    });
    expect(withStrays).toEqual(computeComparison(base));
    expect(Object.keys(withStrays.propositions[0]?.cells ?? {})).toEqual(["A", "B"]);
    expect(withStrays.totals).toEqual({ agreements: 1, divergences: 0, sourcingGaps: 1, onlyIn: 0, mixed: 0, propositions: 1 });
  });

  it("keeps a cell for an article whose id is __proto__", () => {
    const result = computeComparison({
      storyId: "s",
      articles: articles("__proto__", "B"),
      propositions: propositions("p1"),
      links: [link("p1", "__proto__", "x1", "supports", "confirmed")],
    });
    const cells = result.propositions[0]?.cells ?? {};
    expect(Object.keys(cells)).toEqual(["__proto__", "B"]);
    expect(Object.getPrototypeOf(cells)).toBe(Object.prototype);
    expect(result.pairs).toEqual([{ a: "__proto__", b: "B", agreements: 0, divergences: 0, sourcingGaps: 0, onlyInA: 1, onlyInB: 0 }]);
  });

  it("handles stories with no articles or a single article", () => {
    expect(computeComparison({ storyId: "s", articles: [], propositions: propositions("p1"), links: [] }).pairs).toEqual([]);
    const single = computeComparison({
      storyId: "s",
      articles: articles("A"),
      propositions: propositions("p1"),
      links: [link("p1", "A", "a1", "supports", "confirmed")],
    });
    expect(single.pairs).toEqual([]);
    expect(single.totals).toEqual({ agreements: 0, divergences: 0, sourcingGaps: 0, onlyIn: 0, mixed: 0, propositions: 1 });
  });

  it("stays fast and consistent on 30 articles x 1,000 propositions", () => {
    // Seeded (mulberry32) so a failure reproduces exactly.
    let seed = 20240607;
    const random = (): number => {
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;

    const articleIds = Array.from({ length: 30 }, (_, i) => `a${i}`);
    const propositionIds = Array.from({ length: 1000 }, (_, i) => `p${i}`);
    const stances: Stance[] = ["supports", "contradicts"];
    const sourcings: Sourcing[] = ["confirmed", "attributed", "speculative"];
    const links = Array.from({ length: 5000 }, (_, i) => link(pick(propositionIds), pick(articleIds), `c${i}`, pick(stances), pick(sourcings)));
    const input: ComparisonInput = { storyId: "big", articles: articles(...articleIds), propositions: propositions(...propositionIds), links };

    const started = performance.now();
    const result = computeComparison(input);
    const elapsed = performance.now() - started;
    expect(elapsed).toBeLessThan(200);

    expect(result.pairs).toHaveLength(435);
    expect(result.propositions).toHaveLength(1000);
    for (const pair of result.pairs) {
      expect(pair.agreements + pair.divergences + pair.onlyInA + pair.onlyInB).toBeLessThanOrEqual(1000);
      expect(pair.sourcingGaps).toBeLessThanOrEqual(pair.agreements);
    }

    const sum = (key: "agreements" | "divergences" | "sourcingGaps" | "onlyInA" | "onlyInB"): number =>
      result.pairs.reduce((total, pair) => total + pair[key], 0);
    const cells = result.propositions.flatMap((p) => Object.values(p.cells));
    expect(cells).toHaveLength(30_000);
    expect(result.totals).toEqual({
      agreements: sum("agreements"),
      divergences: sum("divergences"),
      sourcingGaps: sum("sourcingGaps"),
      onlyIn: sum("onlyInA") + sum("onlyInB"),
      mixed: cells.filter((cell) => cell.stance === "mixed").length,
      propositions: 1000,
    });
    expect(cells.reduce((total, cell) => total + cell.claimIds.length, 0)).toBe(5000);

    // computeComparison inlines relate() for speed; recount the pairs through relate() to keep the two in step.
    const expectedPairs = result.pairs.map(({ a, b }) => {
      const counts = { a, b, agreements: 0, divergences: 0, sourcingGaps: 0, onlyInA: 0, onlyInB: 0 };
      for (const proposition of result.propositions) {
        const { relation, sourcingGap } = relate(proposition.cells[a] as Cell, proposition.cells[b] as Cell);
        if (relation === "agreement") counts.agreements++;
        if (relation === "divergence") counts.divergences++;
        if (relation === "only_a") counts.onlyInA++;
        if (relation === "only_b") counts.onlyInB++;
        if (sourcingGap) counts.sourcingGaps++;
      }
      return counts;
    });
    expect(result.pairs).toEqual(expectedPairs);
  });
});
