/** Issue 17: an article's agreement figures for a case constructed and worked out by hand. */
import { describe, expect, it } from "vitest";
import { articleFigures, type AnnotatedClaim } from "@/domain/agreement/article-figures";
import { normaliseSource } from "@/domain/agreement/sources";
import { matchSpans, spansMatch } from "@/domain/agreement/spans";

const claim = (id: string, userId: string, start: number, end: number, sourcing: AnnotatedClaim["sourcing"], source = ""): AnnotatedClaim => ({
  id,
  userId,
  start,
  end,
  sourcing,
  source,
});

// A: a1 [0,10) attributed, a2 [20,30) confirmed, a3 [50,60) speculative
// B: b1 [2,10) attributed (overlaps a1 by 8, at least half of 8), b2 [24,40) attributed (overlaps a2 by 6 >= 10/2), b3 [70,80) confirmed
// C: c1 [0,4) attributed (overlaps a1 by 4 = all of it; b1 by 2 = half of 4)
const claims = [
  claim("a1", "A", 0, 10, "attributed", "President Aleksandar Vučić"),
  claim("a2", "A", 20, 30, "confirmed", "the author"),
  claim("a3", "A", 50, 60, "speculative", "media reports"),
  claim("b1", "B", 2, 10, "attributed", "aleksandar vucic"),
  claim("b2", "B", 24, 40, "attributed"),
  claim("b3", "B", 70, 80, "confirmed"),
  claim("c1", "C", 0, 4, "attributed", "Vucic"),
];

describe("span matching", () => {
  it("matches spans overlapping by at least half of the shorter, one to one, greatest overlap first", () => {
    expect(spansMatch({ id: "x", start: 0, end: 10 }, { id: "y", start: 5, end: 30 })).toBe(true); // 5 of 10
    expect(spansMatch({ id: "x", start: 0, end: 10 }, { id: "y", start: 6, end: 30 })).toBe(false); // 4 of 10
    expect(spansMatch({ id: "x", start: 0, end: 10 }, { id: "y", start: 10, end: 12 })).toBe(false); // touching
    // y1 overlaps x1 by 6 and x2 by 10: greatest first takes x2-y1, then x1 has nothing left but y2.
    const pairs = matchSpans(
      [
        { id: "x1", start: 0, end: 10 },
        { id: "x2", start: 4, end: 14 },
      ],
      [
        { id: "y1", start: 4, end: 14 },
        { id: "y2", start: 0, end: 6 },
      ],
    );
    expect(pairs.map(([x, y]) => `${x.id}-${y.id}`)).toEqual(["x2-y1", "x1-y2"]);
  });
});

describe("an article's figures, worked out by hand", () => {
  const f = articleFigures(["A", "B", "C"], claims);

  it("spans: f1 per pair (A-B 2 of 3+3, A-C 1 of 3+1, B-C 1 of 3+1) and their mean", () => {
    expect(f.spans.pairs).toEqual([
      { a: "A", b: "B", claimsA: 3, claimsB: 3, matched: 2, f1: 4 / 6 },
      { a: "A", b: "C", claimsA: 3, claimsB: 1, matched: 1, f1: 0.5 },
      { a: "B", b: "C", claimsA: 3, claimsB: 1, matched: 1, f1: 0.5 },
    ]);
    expect(f.spans.f1).toBeCloseTo((4 / 6 + 0.5 + 0.5) / 3, 10);
  });

  it("units: connected groups with each annotator's value or null", () => {
    expect(f.units).toEqual([
      {
        id: "0-10",
        start: 0,
        end: 10,
        differs: false,
        claimIds: ["a1", "b1", "c1"],
        values: { A: { claimId: "a1", sourcing: "attributed" }, B: { claimId: "b1", sourcing: "attributed" }, C: { claimId: "c1", sourcing: "attributed" } },
      },
      {
        id: "20-40",
        start: 20,
        end: 40,
        differs: true,
        claimIds: ["a2", "b2"],
        values: { A: { claimId: "a2", sourcing: "confirmed" }, B: { claimId: "b2", sourcing: "attributed" }, C: null },
      },
      { id: "50-60", start: 50, end: 60, differs: true, claimIds: ["a3"], values: { A: { claimId: "a3", sourcing: "speculative" }, B: null, C: null } },
      { id: "70-80", start: 70, end: 80, differs: true, claimIds: ["b3"], values: { A: null, B: { claimId: "b3", sourcing: "confirmed" }, C: null } },
    ]);
  });

  it("sourcing: alpha 0 over 5 pairable values (o_att,att = 3, o_conf,att = o_att,conf = 1; 1 - 4*2/(4*1*2)), and the confusion matrix", () => {
    expect(f.sourcing.pairable).toBe(5);
    expect(f.sourcing.alpha).toBeCloseTo(0, 10);
    expect(f.sourcing.confusion.attributed.attributed).toBe(3);
    expect(f.sourcing.confusion.confirmed.attributed).toBe(1);
    expect(
      Object.values(f.sourcing.confusion)
        .flatMap((r) => Object.values(r))
        .reduce((a, b) => a + b),
    ).toBe(4);
  });

  it("source: of the 3 pairs agreeing on unit 0-10, only A and B name the same source once case, accents and titles are set aside", () => {
    expect(f.source).toEqual({ pairs: 3, same: 1, rate: 1 / 3 });
    expect(normaliseSource("President Aleksandar Vučić")).toBe("aleksandar vucic");
    expect(normaliseSource("Lt. Col. Z.K.")).toBe("z k");
  });
});

describe("stance agreement over proposition x article", () => {
  it("gives each annotator of the article supports, contradicts, mixed or absent, and the alpha over them", async () => {
    const { stanceFigures } = await import("@/domain/agreement/stance-figures");
    const f = stanceFigures(
      [
        { articleId: "X", annotators: ["A", "B"] },
        { articleId: "Y", annotators: ["B", "C"] },
      ],
      ["P", "Q"],
      [
        { userId: "A", articleId: "X", propositionId: "P", stance: "supports" },
        { userId: "B", articleId: "X", propositionId: "P", stance: "supports" },
        { userId: "B", articleId: "Y", propositionId: "P", stance: "supports" },
        { userId: "B", articleId: "Y", propositionId: "P", stance: "contradicts" },
        { userId: "C", articleId: "Y", propositionId: "P", stance: "contradicts" },
        { userId: "A", articleId: "X", propositionId: "Q", stance: "contradicts" },
      ],
    );
    expect(f.units).toEqual([
      { propositionId: "P", articleId: "X", values: { A: "supports", B: "supports" } },
      { propositionId: "P", articleId: "Y", values: { B: "mixed", C: "contradicts" } },
      { propositionId: "Q", articleId: "X", values: { A: "contradicts", B: "absent" } },
      { propositionId: "Q", articleId: "Y", values: { B: "absent", C: "absent" } },
    ]);
    // Coincidences: supports 2, absent 3, mixed 1, contradicts 2 (n = 8); disagreeing 4 of them.
    // alpha = 1 - 7 * 4 / (64 - (4 + 9 + 1 + 4)) = 1 - 28 / 46
    expect(f.pairable).toBe(8);
    expect(f.alpha).toBeCloseTo(1 - 28 / 46, 10);
  });
});
