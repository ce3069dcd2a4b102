import type { Comparison } from "@/domain/comparison/compute";
import { figuresSummary, headlineFigures, plural } from "@/domain/comparison/figures";

/**
 * The story's headline figures: propositions of each kind (src/domain/comparison/figures.ts), so a
 * card's number is the number of matrix rows of its kind, with the pair counts as detail.
 * `headingVisible`: the printed report shows the section's heading; the dashboard keeps it for
 * screen readers only.
 */
export function HeadlineFigures({ comparison, headingVisible = false }: { comparison: Comparison; headingVisible?: boolean }) {
  const pairs = comparison.pairs.length;
  const { propositionTotals: rows, totals } = comparison;
  return (
    <section aria-labelledby="figures-title">
      <h2 id="figures-title" className={headingVisible ? undefined : "visually-hidden"}>
        Headline figures
      </h2>
      <ul className="figures">
        {headlineFigures.map((f) => (
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
      <p className="muted small">{figuresSummary(comparison)}</p>
    </section>
  );
}
