"use client";

import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export interface PairRow {
  pair: string;
  agreements: number;
  divergences: number;
}

/** Agreements and divergences for each pair of articles (three or more articles). */
export function PairChart({ rows }: { rows: PairRow[] }) {
  const height = Math.max(160, rows.length * 30 + 70);
  return (
    <figure className="chart" aria-label={`Agreements and divergences per pair of articles: ${rows.map((r) => `${r.pair}: ${r.agreements} agree, ${r.divergences} diverge`).join("; ")}`}>
      <ResponsiveContainer width="100%" height={height}>
        <BarChart data={rows} layout="vertical" margin={{ left: 8, right: 16, top: 4, bottom: 4 }}>
          <CartesianGrid horizontal={false} stroke="#eceff3" />
          <XAxis type="number" allowDecimals={false} tick={{ fontSize: 12, fill: "#4a5160" }} />
          <YAxis type="category" dataKey="pair" width={220} tick={{ fontSize: 11, fill: "#1c1f24" }} />
          <Tooltip />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          <Bar dataKey="agreements" name="✔ Agreements" fill="#067647" />
          <Bar dataKey="divergences" name="✘ Divergences" fill="#b42318" />
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
}
