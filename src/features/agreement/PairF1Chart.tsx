"use client";

import { LazyChart } from "@/features/comparison/LazyChart";
import type { PairF1Row } from "./PairF1Bars";

const loadBars = () => import("./PairF1Bars");

/** Span agreement per article and annotator pair, with its figures in the label for screen readers. */
export function PairF1Chart({ rows }: { rows: PairF1Row[] }) {
  if (rows.length === 0) return null;
  const height = Math.max(140, rows.length * 32 + 50);
  return (
    <figure className="chart" aria-label={`Span F1 per annotator pair: ${rows.map((r) => `${r.pair}: ${r.f1.toFixed(2)}`).join("; ")}`}>
      <LazyChart load={loadBars} props={{ rows, height }} />
    </figure>
  );
}
