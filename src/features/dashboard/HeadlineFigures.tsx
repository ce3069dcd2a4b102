import type { Comparison } from "@/domain/comparison/compute";
import type { RowKind } from "@/domain/comparison/rows";

/**
 * Each card counts propositions by the same rule as the matrix rows (Comparison.propositionTotals),
 * so a card's number is the number of rows of its kind in the table; the count over pairs of
 * articles (Comparison.totals) is the secondary detail.
 */
const figures = [
  { kind: "agreement", key: "agreements", pairKey: "agreements", label: "Agreements", hint: "the articles that report it take the same stance, with the same sourcing", tone: "ok" },
  { kind: "divergence", key: "divergences", pairKey: "divergences", label: "Divergences", hint: "one article supports what another contradicts", tone: "bad" },
  { kind: "sourcing_gap", key: "sourcingGaps", pairKey: "sourcingGaps", label: "Sourcing gaps", hint: "same stance, but one asserts what another attributes or speculates", tone: "warn" },
  { kind: "only_in", key: "onlyIn", pairKey: "onlyIn", label: "Only in one", hint: "reported by one article only", tone: "info" },
] as const satisfies readonly { kind: RowKind; key: keyof Comparison["propositionTotals"]; pairKey: keyof Comparison["totals"]; label: string; hint: string; tone: string }[];

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The story's headline figures: propositions of each kind, with the pair counts as detail. */
export function HeadlineFigures({ comparison }: { comparison: Comparison }) {
  const pairs = comparison.pairs.length;
  const { propositionTotals: rows, totals } = comparison;
  return (
    <section aria-labelledby="figures-title">
      <h2 id="figures-title" className="visually-hidden">
        Headline figures
      </h2>
      <ul className="figures">
        {figures.map((f) => (
          <li key={f.key} className={`figure figure-${f.tone}`} data-kind={f.kind}>
            <span className="figure-value">{rows[f.key]}</span>
            <span className="figure-label">
              {f.label} <span className="figure-unit">({rows[f.key] === 1 ? "proposition" : "propositions"})</span>
            </span>
            <span className="figure-hint">{f.hint}</span>
            {pairs > 1 && <span className="figure-pairs">across {plural(totals[f.pairKey], "article pair", "article pairs")}</span>}
          </li>
        ))}
      </ul>
      <p className="muted small">
        {plural(totals.propositions, "proposition", "propositions")} across {plural(comparison.articles.length, "article", "articles")}
        {rows.unlinked > 0 ? `, ${rows.unlinked} with no claims yet` : ""}
        {pairs > 1 ? `; pair counts are over ${plural(pairs, "pair", "pairs")} of articles` : ""}.
        {totals.mixed > 0 && ` ${totals.mixed} cells are mixed: an article both supports and contradicts a point.`}
      </p>
    </section>
  );
}
