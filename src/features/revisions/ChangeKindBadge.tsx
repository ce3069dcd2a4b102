import type { ClaimChange } from "@/domain/revisions/schemas";

const LABELS: Record<ClaimChange["kind"], string> = {
  unchanged: "Unchanged",
  moved: "Moved",
  reworded: "Reworded",
  rehedged: "Re-hedged",
  reattributed: "Re-attributed",
  orphaned: "Orphaned",
};

/** The kind of change, in words (colour only repeats what the word says). */
export function ChangeKindBadge({ kind }: { kind: ClaimChange["kind"] }) {
  return <span className={`change-badge change-${kind}`}>{LABELS[kind]}</span>;
}
