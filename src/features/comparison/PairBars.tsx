"use client";

import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { PairRow } from "./chart-rows";
import { useCategoryAxis } from "./useCategoryAxis";

/** Agreements and divergences per pair, as bars (recharts; loaded by PairChart). */
export default function PairBars({ rows, height }: { rows: PairRow[]; height: number }) {
  const axis = useCategoryAxis(220, { wrap: true });
  return (
    <ResponsiveContainer width="100%" height={height} onResize={axis.onResize}>
      <BarChart data={rows} layout="vertical" margin={{ left: 8, right: 16, top: 4, bottom: 4 }}>
        <CartesianGrid horizontal={false} stroke="#eceff3" />
        <XAxis type="number" allowDecimals={false} tick={{ fontSize: 12, fill: "#4a5160" }} />
        <YAxis type="category" dataKey="pair" width={axis.width} tick={{ fontSize: 11, fill: "#1c1f24" }} tickFormatter={axis.format} />
        <Tooltip />
        <Legend wrapperStyle={{ fontSize: 12 }} />
        <Bar dataKey="agreements" name="✔ Agreements" fill="#067647" />
        <Bar dataKey="divergences" name="✘ Divergences" fill="#b42318" />
      </BarChart>
    </ResponsiveContainer>
  );
}
