import type { StoryReport } from "@/domain/report/story-report";
import { PairChart } from "@/features/comparison/PairChart";
import { SourcingMixChart } from "@/features/comparison/SourcingMixChart";
import styles from "./report.module.css";
import { PairTable } from "@/features/comparison/PairTable";

/** Pairs drawn in the chart, as on the dashboard; the table lists them all. */
const PAIR_CHART_LIMIT = 20;

const short = (a: { number: number; title: string }) => `${a.number}. ${a.title.length > 14 ? `${a.title.slice(0, 13)}…` : a.title}`;

/** The dashboard's charts (loaded when the browser is idle or before printing) and the pair counts as a table. */
export function ReportCharts({ report }: { report: StoryReport }) {
  const { pairs, articles } = report;
  return (
    <section className={`${styles.section} ${styles.pageBreak}`} aria-labelledby="report-charts">
      <h2 id="report-charts">Charts</h2>
      <div className={styles.chart}>
        <h3>Sourcing mix per article</h3>
        <p className="muted small">How much each article asserts, attributes or speculates.</p>
        <SourcingMixChart
          rows={report.sourcingMix.map((m) => ({ article: m.article, confirmed: m.confirmed, attributed: m.attributed, speculative: m.speculative }))}
        />
      </div>
      {pairs.length > 0 && (
        <div className={styles.chart}>
          <h3>Pairs of articles</h3>
          {articles.length >= 3 && (
            <>
              <p className="muted small">
                {pairs.length > PAIR_CHART_LIMIT ? `The ${PAIR_CHART_LIMIT} pairs with the most divergences.` : "Agreements and divergences of each pair."}
              </p>
              <PairChart
                rows={pairs
                  .slice(0, PAIR_CHART_LIMIT)
                  .map((p) => ({ pair: `${short(p.a)} / ${short(p.b)}`, agreements: p.agreements, divergences: p.divergences }))}
              />
            </>
          )}
          {/* Scrolls on its own on a phone, so it is reachable by keyboard (axe: scrollable-region-focusable). */}
          <div className={styles.tableWrap} role="region" aria-label="Pairs of articles, table" tabIndex={0}>
            <PairTable rows={pairs.map((p) => ({ ...p, key: `${p.a.id}-${p.b.id}`, a: `${p.a.number}. ${p.a.title}`, b: `${p.b.number}. ${p.b.title}` }))} />
          </div>
        </div>
      )}
    </section>
  );
}
