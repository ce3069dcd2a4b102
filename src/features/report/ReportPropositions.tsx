import { rowKindLabel } from "@/domain/comparison/rows";
import { verdictLabel } from "@/domain/exchange/claimreview-export";
import type { StoryReport } from "@/domain/report/story-report";
import { stanceView } from "@/features/comparison/CellView";
import { SourcingBadge } from "@/features/claims/SourcingBadge";
import styles from "./report.module.css";

/** Each proposition with the claims linked to it: the article's words, sourcing, source, stance and article. */
export function ReportPropositions({ report }: { report: StoryReport }) {
  return (
    <section className={`${styles.section} ${styles.pageBreak}`} aria-labelledby="report-propositions">
      <h2 id="report-propositions">Propositions and their claims</h2>
      {report.propositions.length === 0 && <p className="muted">No propositions yet.</p>}
      {report.propositions.map((p) => (
        <article key={p.id} className={styles.proposition} data-kind={p.kind} aria-labelledby={`report-p-${p.id}`}>
          <p className={styles.kind}>
            <span className={`row-kind row-kind-${p.kind}`}>{rowKindLabel[p.kind]}</span>
            {p.verdict && <span className="badge badge-status">Verdict: {verdictLabel[p.verdict]}</span>}
          </p>
          <h3 id={`report-p-${p.id}`}>{p.statement}</h3>
          {p.verdict && p.rationale && <p className="small">{p.rationale}</p>}
          {p.claims.length === 0 ? (
            <p className="muted small">No claims linked yet.</p>
          ) : (
            <ul className={styles.claims}>
              {p.claims.map((c) => (
                <li key={c.claimId} className={styles.claim} data-sourcing={c.sourcing}>
                  <p className={styles.claimMeta}>
                    <strong>{c.article}</strong>
                    {c.outlet && <span className="muted"> ({c.outlet})</span>} · {stanceView[c.stance].label.toLowerCase()}{" "}
                    <SourcingBadge sourcing={c.sourcing} />
                    {c.source && <span className="muted small"> source: {c.source}</span>}
                    {c.orphaned && <span className="badge badge-orphaned">Orphaned: not counted until repaired</span>}
                  </p>
                  <blockquote className={`claim-quote ${styles.quote}`}>{c.exact}</blockquote>
                  {c.statement !== c.exact && <p className="muted small">Claim: {c.statement}</p>}
                </li>
              ))}
            </ul>
          )}
        </article>
      ))}
    </section>
  );
}
