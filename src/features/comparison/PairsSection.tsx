import Link from "next/link";
import type { Comparison } from "@/domain/comparison/compute";
import { PairChart } from "./PairChart";
import { PairTable } from "./PairTable";

const PAIR_CHART_LIMIT = 20;
/** Pairs listed at first (n articles make n(n-1)/2 pairs: 4,950 at 100); all of them on request. */
export const PAIR_TABLE_ROWS = 20;

interface Props {
  comparison: Comparison;
  /** Every pair listed, not only the first PAIR_TABLE_ROWS. */
  allPairs: boolean;
  /** The dashboard's address with the pairs shown all or first. */
  pairsHref: (all: boolean) => string;
}

/** Each pair of articles: a chart of agreements and divergences (three or more articles) and the full table. */
export function PairsSection({ comparison, allPairs, pairsHref }: Props) {
  const title = new Map(comparison.articles.map((a) => [a.id, a.title]));
  // Numbered, so that articles with similar titles stay apart in the chart.
  const number = new Map(comparison.articles.map((a, i) => [a.id, i + 1]));
  const pairLabel = (articleId: string) => {
    const t = title.get(articleId) ?? "";
    return `${number.get(articleId)}. ${t.length > 14 ? `${t.slice(0, 13)}…` : t}`;
  };
  const pairs = [...comparison.pairs].sort((x, y) => y.divergences - x.divergences || y.agreements - x.agreements);
  const listed = allPairs ? pairs : pairs.slice(0, PAIR_TABLE_ROWS);
  return (
    <section className="card" aria-labelledby="pairs-title">
      <h2 id="pairs-title">Pairs of articles</h2>
      {comparison.articles.length >= 3 && (
        <>
          <p className="muted small">
            {pairs.length > PAIR_CHART_LIMIT ? `The ${PAIR_CHART_LIMIT} pairs with the most divergences.` : "Agreements and divergences of each pair."}
          </p>
          <PairChart
            rows={pairs
              .slice(0, PAIR_CHART_LIMIT)
              .map((p) => ({ pair: `${pairLabel(p.a)} / ${pairLabel(p.b)}`, agreements: p.agreements, divergences: p.divergences }))}
          />
        </>
      )}
      {/* Scrolls on its own, so it must be reachable by keyboard (axe: scrollable-region-focusable). */}
      <div className="table-wrap" style={{ maxHeight: 360, overflow: "auto" }} role="region" aria-label="Pairs of articles, table" tabIndex={0}>
        <PairTable rows={listed.map((p) => ({ ...p, key: `${p.a}-${p.b}`, a: title.get(p.a) ?? "", b: title.get(p.b) ?? "" }))} />
      </div>
      {pairs.length > PAIR_TABLE_ROWS && (
        <p className="small">
          {allPairs ? `All ${pairs.length} pairs.` : `The ${PAIR_TABLE_ROWS} pairs with the most divergences, of ${pairs.length}.`}{" "}
          <Link href={pairsHref(!allPairs)} scroll={false}>
            {allPairs ? `Show the first ${PAIR_TABLE_ROWS}` : `Show all ${pairs.length} pairs`}
          </Link>
        </p>
      )}
    </section>
  );
}
