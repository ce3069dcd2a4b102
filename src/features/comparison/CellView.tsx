import type { Cell } from "@/domain/comparison/compute";

/** A cell as the matrix sends it to the browser: stance, strongest sourcing, number of claims. */
export type CompactCell = [stance: Cell["stance"], sourcing: Cell["sourcing"], claims: number];
export const compactCell = (c: Cell): CompactCell => [c.stance, c.sourcing, c.claimIds.length];
import { sourcingLabel } from "@/domain/vocabulary-words";

export const stanceView = {
  supports: { icon: "✔", label: "Supports" },
  contradicts: { icon: "✘", label: "Contradicts" },
  mixed: { icon: "⚠", label: "Mixed" },
  absent: { icon: "–", label: "Not reported" },
} as const;

/**
 * One matrix cell: stance (icon, colour and word) and the strongest sourcing behind it. Lean on
 * purpose, as a 100-article story renders thousands: the cell is the table cell itself, and the
 * icons are drawn by CSS (`.cell-stance::before`, `.cell-sourcing::before` in globals.css, with
 * empty alternative text, so screen readers hear only the words). Rendering the cells took most of
 * the dashboard's server time (docs/benchmarks.md).
 */
export function matrixCell([stanceKey, sourcing, claims]: CompactCell, key: string) {
  // A plain function, not a component: one fewer React element for each of the cells.
  return (
    <td key={key} className={`cell cell-${stanceKey}`}>
      <span className="cell-stance">{stanceView[stanceKey].label}</span>
      {sourcing && <span className={`cell-sourcing badge badge-${sourcing}`}>{sourcingLabel[sourcing]}</span>}
      {claims > 1 && <span className="cell-count">{claims} claims</span>}
    </td>
  );
}
