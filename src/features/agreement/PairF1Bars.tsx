"use client";

import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { useCategoryAxis } from "@/features/comparison/useCategoryAxis";

export interface PairF1Row {
  pair: string;
  f1: number;
}

/** Span F1 per article and annotator pair, as bars (recharts; loaded by PairF1Chart). */
export default function PairF1Bars({ rows, height }: { rows: PairF1Row[]; height: number }) {
  const axis = useCategoryAxis(240, { wrap: true });
  return (
    <ResponsiveContainer width="100%" height={height} onResize={axis.onResize}>
      <BarChart data={rows} layout="vertical" margin={{ left: 8, right: 16, top: 4, bottom: 4 }}>
        <CartesianGrid horizontal={false} stroke="#eceff3" />
        <XAxis type="number" domain={[0, 1]} tick={{ fontSize: 12, fill: "#4a5160" }} />
        <YAxis type="category" dataKey="pair" width={axis.width} tick={{ fontSize: 11, fill: "#1c1f24" }} tickFormatter={axis.format} />
        <Tooltip />
        <Bar dataKey="f1" name="Span F1" fill="#175cd3" isAnimationActive={false} />
      </BarChart>
    </ResponsiveContainer>
  );
}
