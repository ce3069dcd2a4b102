import type { Cell } from "@/domain/comparison/compute";

/** A cell as the matrix sends it to the browser: stance, strongest sourcing, number of claims. */
export type CompactCell = [stance: Cell["stance"], sourcing: Cell["sourcing"], claims: number];
export const compactCell = (c: Cell): CompactCell => [c.stance, c.sourcing, c.claimIds.length];
import { sourcingLabel } from "@/domain/vocabulary";
import { sourcingMarker } from "@/features/reader/SourcingBadge";

export const stanceView = {
  supports: { icon: "✔", label: "Supports" },
  contradicts: { icon: "✘", label: "Contradicts" },
  mixed: { icon: "⚠", label: "Mixed" },
  absent: { icon: "–", label: "Not reported" },
} as const;

/** One matrix cell: stance (icon, colour and word) and the strongest sourcing behind it. */
export function CellView({ cell: [stanceKey, sourcing, claims] }: { cell: CompactCell }) {
  const stance = stanceView[stanceKey];
  return (
    <div className={`cell cell-${stanceKey}`}>
      <span className="cell-stance">
        <span aria-hidden="true">{stance.icon}</span> {stance.label}
      </span>
      {sourcing && (
        <span className={`cell-sourcing badge badge-${sourcing}`}>
          <span aria-hidden="true">{sourcingMarker[sourcing]}</span>
          {sourcingLabel[sourcing]}
        </span>
      )}
      {claims > 1 && <span className="cell-count">{claims} claims</span>}
    </div>
  );
}
