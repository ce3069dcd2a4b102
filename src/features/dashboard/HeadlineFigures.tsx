import type { Comparison } from "@/domain/comparison/compute";

const figures = [
  { key: "agreements", label: "Agreements", hint: "both articles take the same stance", tone: "ok" },
  { key: "divergences", label: "Divergences", hint: "one supports what the other contradicts", tone: "bad" },
  { key: "sourcingGaps", label: "Sourcing gaps", hint: "same stance, but one asserts what the other attributes or speculates", tone: "warn" },
  { key: "onlyIn", label: "Only in one", hint: "reported by one article and not the other", tone: "info" },
] as const;

/** The story's headline figures: counted over every pair of articles. */
export function HeadlineFigures({ comparison }: { comparison: Comparison }) {
  const pairs = comparison.pairs.length;
  return (
    <section aria-labelledby="figures-title">
      <h2 id="figures-title" className="visually-hidden">
        Headline figures
      </h2>
      <ul className="figures">
        {figures.map((f) => (
          <li key={f.key} className={`figure figure-${f.tone}`}>
            <span className="figure-value">{comparison.totals[f.key]}</span>
            <span className="figure-label">{f.label}</span>
            <span className="figure-hint">
              {f.hint}
              {f.key === "agreements" && comparison.totals.sourcingGaps > 0 && `; ${comparison.totals.sourcingGaps} of them are sourcing gaps`}
            </span>
          </li>
        ))}
      </ul>
      <p className="muted small">
        {comparison.totals.propositions} propositions across {comparison.articles.length} articles
        {pairs > 1 ? `, counted over ${pairs} pairs of articles` : ""}.
        {comparison.totals.mixed > 0 && ` ${comparison.totals.mixed} cells are mixed: an article both supports and contradicts a point.`}
      </p>
    </section>
  );
}
