import type { Timeline } from "@/domain/timeline/schemas";
import { SourcingBadge } from "@/features/claims/SourcingBadge";
import { timeOf, whenLabel } from "./when-label";

type Proposition = Timeline["propositions"][number];

/**
 * One proposition over time: a strip with a mark per article at the time its words appeared
 * (decorative: the list below says the same in words), then each treatment, earliest first.
 */
export function PropositionTimeline({ proposition, titles, span }: { proposition: Proposition; titles: Map<string, string>; span: [number, number] }) {
  const [from, to] = span;
  const place = (at: string) => (to > from ? ((timeOf(at) - from) / (to - from)) * 100 : 50);
  return (
    <section className="card timeline-card" aria-labelledby={`timeline-${proposition.id}`}>
      <h2 id={`timeline-${proposition.id}`}>{proposition.statement}</h2>
      {proposition.firstReport ? (
        <>
          <p>
            First reported by <strong>{titles.get(proposition.firstReport.articleId)}</strong>, {whenLabel(proposition.firstReport.when)}.
            {proposition.sourcingPath.length > 1 && <> Sourcing over time: {proposition.sourcingPath.join(", then ")}.</>}
          </p>
          <div className="timeline-strip" aria-hidden="true">
            {proposition.treatments.map((t) => (
              <span
                key={t.claimId}
                className={`timeline-mark sourcing-${t.sourcing} ${t.stance === "contradicts" ? "timeline-contradicts" : ""}`}
                style={{ left: `${place(t.when.at)}%` }}
                title={titles.get(t.articleId)}
              />
            ))}
          </div>
          <ol className="timeline-list">
            {proposition.treatments.map((t) => (
              <li key={t.claimId}>
                <span className="timeline-when">{whenLabel(t.when)}</span> · <strong>{titles.get(t.articleId)}</strong> {t.stance}{" "}
                <SourcingBadge sourcing={t.sourcing} />: <q>{t.exact}</q>
              </li>
            ))}
          </ol>
        </>
      ) : (
        <p className="hint">No article’s claim is linked to it yet.</p>
      )}
    </section>
  );
}
