import { describe, expect, it } from "vitest";
import { nominalAlpha } from "@/domain/agreement/krippendorff";

/** Reliability data as coders' rows (as the literature prints them), turned into units. */
const byUnit = (rows: (string | number | null)[][]) => rows[0]!.map((_, u) => rows.map((r) => (r[u] === null ? null : String(r[u]))));

describe("Krippendorff's alpha, nominal, against published examples", () => {
  it("4 observers x 12 units with missing values: alpha 0.743 over 40 pairable values (Krippendorff 2011, example D)", () => {
    const _ = null;
    const data = byUnit([
      [1, 2, 3, 3, 2, 1, 4, 1, 2, _, _, _],
      [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, _, 3],
      [_, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, _],
      [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, _],
    ]);
    const r = nominalAlpha(data);
    expect(r.pairable).toBe(40);
    expect(r.alpha).toBeCloseTo(0.743, 3);
    // The published coincidence totals: n_1 = 9, n_2 = 13, n_3 = 10, n_4 = 5, n_5 = 3 (unit 12's lone value is unpairable).
    expect(Object.fromEntries(Object.entries(r.totals).map(([k, v]) => [k, Math.round(v * 1000) / 1000]))).toEqual({ 1: 9, 2: 13, 3: 10, 4: 5, 5: 3 });
  });

  it("two observers, binary data, 10 units: alpha 0.095 (Krippendorff 2011, example A)", () => {
    const r = nominalAlpha(
      byUnit([
        [0, 1, 0, 0, 0, 0, 0, 0, 1, 0],
        [1, 1, 1, 0, 0, 1, 0, 0, 0, 0],
      ]),
    );
    expect(r.pairable).toBe(20);
    expect(r.coincidences["0"]).toEqual({ 0: 10, 1: 4 });
    expect(r.alpha).toBeCloseTo(0.095, 3);
  });

  it("two observers, nominal data, 12 units: alpha 0.692 (Krippendorff 2011, example C)", () => {
    const r = nominalAlpha(
      byUnit([
        ["a", "a", "b", "b", "d", "c", "c", "c", "e", "d", "d", "a"],
        ["b", "a", "b", "b", "b", "c", "c", "c", "e", "d", "d", "d"],
      ]),
    );
    expect(r.pairable).toBe(24);
    expect(r.alpha).toBeCloseTo(0.692, 3);
  });

  it("is 1 for perfect agreement with variation, and undefined (null) without variation or pairs", () => {
    expect(
      nominalAlpha([
        ["a", "a"],
        ["b", "b", null],
      ]).alpha,
    ).toBe(1);
    expect(
      nominalAlpha([
        ["a", "a"],
        ["a", "a"],
      ]).alpha,
    ).toBeNull();
    expect(
      nominalAlpha([
        ["a", null],
        [null, "b"],
      ]),
    ).toMatchObject({ alpha: null, pairable: 0 });
  });
});
