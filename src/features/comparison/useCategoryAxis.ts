"use client";

import { useState } from "react";

/** About how wide one character of a 12 px axis label is, and the room the tick marks take. */
const CHAR_PX = 6.8;
const TICK_PX = 10;

export interface CategoryAxisOptions {
  /** The most of the chart's width the labels may take. */
  share?: number;
  /** Long labels wrap over lines on the full-width axis; shorten them only once it is narrowed. */
  wrap?: boolean;
}

/**
 * The width of a bar chart's label axis for a chart `chartWidth` pixels wide (null: not measured
 * yet): `widest` pixels on a wide card, but never more than `share` (45%) of the chart, so on a phone the
 * bars keep most of the room (issue 15, phones); and its labels shortened with "…" to what fits.
 */
export function categoryAxis(chartWidth: number | null, widest: number, { share = 0.45, wrap = false }: CategoryAxisOptions = {}) {
  const width = chartWidth === null ? widest : Math.max(60, Math.min(widest, Math.round(chartWidth * share)));
  const fits = Math.max(6, Math.floor((width - TICK_PX) / CHAR_PX));
  return {
    width,
    format: (label: string) => (label.length > fits && (!wrap || width < widest) ? `${label.slice(0, fits - 1)}…` : label),
  };
}

/** categoryAxis for a recharts chart: pass `onResize` to its ResponsiveContainer. */
export function useCategoryAxis(widest: number, options?: CategoryAxisOptions) {
  const [chartWidth, setChartWidth] = useState<number | null>(null);
  return { ...categoryAxis(chartWidth, widest, options), onResize: (w: number) => setChartWidth(w) };
}
