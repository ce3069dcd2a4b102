"use client";

import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

import type { SourcingMixRow } from "./chart-rows";
import { useCategoryAxis } from "./useCategoryAxis";

const colours = { confirmed: "#0f766e", attributed: "#1d4ed8", speculative: "#b45309" };

/** Each article's claims by sourcing, as stacked bars (recharts; loaded by SourcingMixChart). */
export default function SourcingMixBars({ rows, height }: { rows: SourcingMixRow[]; height: number }) {
  const axis = useCategoryAxis(170);
  return (
    <ResponsiveContainer width="100%" height={height} onResize={axis.onResize}>
      <BarChart data={rows} layout="vertical" margin={{ left: 8, right: 16, top: 4, bottom: 4 }}>
        <CartesianGrid horizontal={false} stroke="#eceff3" />
        <XAxis type="number" allowDecimals={false} tick={{ fontSize: 12, fill: "#4a5160" }} />
        <YAxis type="category" dataKey="article" width={axis.width} tick={{ fontSize: 12, fill: "#1c1f24" }} tickFormatter={axis.format} />
        <Tooltip />
        <Legend wrapperStyle={{ fontSize: 12 }} />
        <Bar dataKey="confirmed" name="✓ Confirmed" stackId="s" fill={colours.confirmed} />
        <Bar dataKey="attributed" name="❝ Attributed" stackId="s" fill={colours.attributed} />
        <Bar dataKey="speculative" name="? Speculative" stackId="s" fill={colours.speculative} />
      </BarChart>
    </ResponsiveContainer>
  );
}
