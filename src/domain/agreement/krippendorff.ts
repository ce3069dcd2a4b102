/**
 * Krippendorff's alpha for nominal data, with missing values (Krippendorff, "Computing
 * Krippendorff's Alpha-Reliability", 2011): from the coincidence matrix of the values that can be
 * paired within a unit, alpha = 1 - (n - 1) * sum of o_ck over c != k / sum of n_c * n_k over c != k.
 * No npm package computes it with missing values and is kept up (checked 2026-12), so it is here,
 * tested against the published examples (tests/unit/agreement-alpha.test.ts).
 */

/** One unit's values, one per coder; null (or absent) where that coder gave none. */
export type ReliabilityUnit = readonly (string | null | undefined)[];

export interface NominalAlpha {
  /** Null when it is undefined: fewer than two pairable values, or all of them the same. */
  alpha: number | null;
  /** How many values can be paired (in units with at least two values): n. */
  pairable: number;
  /** The coincidence matrix o_ck, by value, and each value's total n_c. */
  coincidences: Record<string, Record<string, number>>;
  totals: Record<string, number>;
}

export function nominalAlpha(units: readonly ReliabilityUnit[]): NominalAlpha {
  const coincidences: Record<string, Record<string, number>> = {};
  const add = (c: string, k: string, w: number) => {
    const row = (coincidences[c] ??= {});
    row[k] = (row[k] ?? 0) + w;
  };
  for (const unit of units) {
    const values = unit.filter((v): v is string => v !== null && v !== undefined);
    const m = values.length;
    if (m < 2) continue;
    for (let i = 0; i < m; i++) for (let j = 0; j < m; j++) if (i !== j) add(values[i]!, values[j]!, 1 / (m - 1));
  }
  const totals: Record<string, number> = {};
  for (const [c, row] of Object.entries(coincidences)) totals[c] = Object.values(row).reduce((a, b) => a + b, 0);
  const n = Object.values(totals).reduce((a, b) => a + b, 0);
  const pairable = Math.round(n);
  let observed = 0;
  for (const [c, row] of Object.entries(coincidences)) for (const [k, o] of Object.entries(row)) if (c !== k) observed += o;
  let expected = 0;
  const labels = Object.keys(totals);
  for (const c of labels) for (const k of labels) if (c !== k) expected += totals[c]! * totals[k]!;
  const alpha = pairable < 2 || expected === 0 ? null : 1 - ((n - 1) * observed) / expected;
  return { alpha, pairable, coincidences, totals };
}
