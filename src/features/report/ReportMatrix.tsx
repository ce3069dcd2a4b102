import { rowKindLabel } from "@/domain/comparison/rows";
import { verdictLabel } from "@/domain/exchange/claimreview-export";
import type { StoryReport } from "@/domain/report/story-report";
import { compactCell, matrixCell } from "@/features/comparison/CellView";
import styles from "./report.module.css";

/** The whole matrix, every row, as a plain table (the dashboard's cells, without its controls). */
export function ReportMatrix({ report }: { report: StoryReport }) {
  const { articles, propositions } = report;
  return (
    <section className={`${styles.section} ${styles.pageBreak}`} aria-labelledby="report-matrix">
      <h2 id="report-matrix">Matrix</h2>
      <p className="muted small">
        Propositions down, articles across: each cell gives the article&apos;s stance and the strongest sourcing of its claims. Divergences first.
      </p>
      {propositions.length === 0 || articles.length === 0 ? (
        <p className="muted">No propositions yet.</p>
      ) : (
        <div className={styles.tableWrap} role="region" aria-label="Matrix, table" tabIndex={0}>
          <table className={`matrix ${styles.matrix}`}>
            <thead>
              <tr>
                <th scope="col" className="matrix-prop">
                  Proposition
                </th>
                {articles.map((a) => (
                  <th key={a.id} scope="col">
                    {a.number}. {a.title}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {propositions.map((p) => (
                <tr key={p.id} data-kind={p.kind}>
                  <th scope="row" className="matrix-prop">
                    <span className={`row-kind row-kind-${p.kind}`}>{rowKindLabel[p.kind]}</span> <span className="prop-statement">{p.statement}</span>
                    {p.verdict && <span className="badge badge-status"> Verdict: {verdictLabel[p.verdict]}</span>}
                  </th>
                  {p.cells.map((cell, i) => matrixCell(compactCell(cell), articles[i]!.id))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
