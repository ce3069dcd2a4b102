"use client";

import { LazyChart } from "./LazyChart";

import type { PairRow } from "./chart-rows";

export type { PairRow };

const loadBars = () => import("./PairBars");

/** Agreements and divergences for each pair of articles (three or more articles). */
export function PairChart({ rows }: { rows: PairRow[] }) {
  const height = Math.max(160, rows.length * 30 + 70);
  return (
    <figure
      className="chart"
      aria-label={`Agreements and divergences per pair of articles: ${rows.map((r) => `${r.pair}: ${r.agreements} agree, ${r.divergences} diverge`).join("; ")}`}
    >
      <LazyChart load={loadBars} props={{ rows, height }} />
    </figure>
  );
}
