import { type ReviewStatus, type Sourcing, sourcingLabel, statusLabel } from "@/domain/vocabulary-words";

/** The marker shown with each sourcing colour, so that colour is never the only signal. */
export const sourcingMarker: Record<Sourcing, string> = {
  confirmed: "✓",
  attributed: "❝",
  speculative: "?",
};

export function SourcingBadge({ sourcing }: { sourcing: Sourcing }) {
  return (
    <span className={`badge badge-${sourcing}`}>
      <span aria-hidden="true">{sourcingMarker[sourcing]}</span>
      {sourcingLabel[sourcing]}
    </span>
  );
}

export function StatusBadge({ status }: { status: ReviewStatus }) {
  return (
    <span className="badge badge-status" data-status={status}>
      {statusLabel[status]}
    </span>
  );
}

export function SourcingLegend() {
  return (
    <div className="legend" aria-label="Sourcing legend">
      <span className="muted">Sourcing:</span>
      <SourcingBadge sourcing="confirmed" />
      <SourcingBadge sourcing="attributed" />
      <SourcingBadge sourcing="speculative" />
    </div>
  );
}
