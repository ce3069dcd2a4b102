import type { Cell } from "@/domain/comparison/compute";
import { sourcingLabel } from "@/domain/vocabulary";
import { sourcingMarker } from "@/features/reader/SourcingBadge";

export const stanceView = {
  supports: { icon: "✔", label: "Supports" },
  contradicts: { icon: "✘", label: "Contradicts" },
  mixed: { icon: "⚠", label: "Mixed" },
  absent: { icon: "–", label: "Not reported" },
} as const;

/** One matrix cell: stance (icon, colour and word) and the strongest sourcing behind it. */
export function CellView({ cell }: { cell: Cell }) {
  const stance = stanceView[cell.stance];
  return (
    <div className={`cell cell-${cell.stance}`}>
      <span className="cell-stance">
        <span aria-hidden="true">{stance.icon}</span> {stance.label}
      </span>
      {cell.sourcing && (
        <span className={`cell-sourcing badge badge-${cell.sourcing}`}>
          <span aria-hidden="true">{sourcingMarker[cell.sourcing]}</span>
          {sourcingLabel[cell.sourcing]}
        </span>
      )}
      {cell.claimIds.length > 1 && <span className="cell-count">{cell.claimIds.length} claims</span>}
    </div>
  );
}
