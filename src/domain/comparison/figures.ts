/**
 * The headline figures' words: each counts propositions by the same rule as the matrix rows
 * (Comparison.propositionTotals), with the count over pairs of articles (Comparison.totals) as
 * detail. Shared by the dashboard's cards, the printable report and its PDF, so that all three say
 * the same thing.
 */
import type { Comparison } from "./compute";
import type { RowKind } from "./rows";

export const headlineFigures = [
  {
    kind: "agreement",
    key: "agreements",
    pairKey: "agreements",
    label: "Agreements",
    hint: "the articles that report it take the same stance, with the same sourcing",
    tone: "ok",
  },
  { kind: "divergence", key: "divergences", pairKey: "divergences", label: "Divergences", hint: "one article supports what another contradicts", tone: "bad" },
  {
    kind: "sourcing_gap",
    key: "sourcingGaps",
    pairKey: "sourcingGaps",
    label: "Sourcing gaps",
    hint: "same stance, but one asserts what another attributes or speculates",
    tone: "warn",
  },
  { kind: "only_in", key: "onlyIn", pairKey: "onlyIn", label: "Only in one", hint: "reported by one article only", tone: "info" },
] as const satisfies readonly {
  kind: RowKind;
  key: keyof Comparison["propositionTotals"];
  pairKey: keyof Comparison["totals"];
  label: string;
  hint: string;
  tone: string;
}[];

export type HeadlineFigure = (typeof headlineFigures)[number];

export const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The sentence under the cards: how many propositions, articles and pairs the figures are over. */
export function figuresSummary(comparison: Comparison): string {
  const pairs = comparison.pairs.length;
  const { propositionTotals: rows, totals } = comparison;
  return (
    `${plural(totals.propositions, "proposition", "propositions")} across ${plural(comparison.articles.length, "article", "articles")}` +
    (rows.unlinked > 0 ? `, ${rows.unlinked} with no claims yet` : "") +
    (pairs > 1 ? `; pair counts are over ${plural(pairs, "pair", "pairs")} of articles` : "") +
    "." +
    (totals.mixed > 0 ? ` ${totals.mixed} cells are mixed: an article both supports and contradicts a point.` : "")
  );
}
