"use client";

import { LazyChart } from "./LazyChart";

import type { SourcingMixRow } from "./chart-rows";

export type { SourcingMixRow };

const loadBars = () => import("./SourcingMixBars");

/** Each article's claims by sourcing, as stacked bars; the figures are in the label for screen readers. */
export function SourcingMixChart({ rows }: { rows: SourcingMixRow[] }) {
  const height = Math.max(140, rows.length * 34 + 70);
  const summary = rows.map((r) => `${r.article}: ${r.confirmed} confirmed, ${r.attributed} attributed, ${r.speculative} speculative`).join("; ");
  return (
    <figure className="chart" aria-label={`Sourcing mix per article. ${summary}`}>
      <LazyChart load={loadBars} props={{ rows, height }} />
    </figure>
  );
}
