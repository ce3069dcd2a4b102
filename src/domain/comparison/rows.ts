/**
 * One word for a whole matrix row, from its cells: what an editor scans for first. Derived from
 * the same pairwise rules as the figures (compute.ts).
 */
import type { Cell } from "./cell";

export type RowKind = "divergence" | "sourcing_gap" | "agreement" | "only_in" | "unlinked";

export const rowKindLabel: Record<RowKind, string> = {
  divergence: "Divergence",
  sourcing_gap: "Sourcing gap",
  agreement: "Agreement",
  only_in: "Only in one",
  unlinked: "No claims yet",
};

/** Sort order for "divergences first". */
export const rowKindRank: Record<RowKind, number> = { divergence: 0, sourcing_gap: 1, only_in: 2, agreement: 3, unlinked: 4 };

export function classifyRow(cells: Cell[]): { kind: RowKind; present: number; mixed: boolean } {
  const present = cells.filter((c) => c.stance !== "absent");
  const mixed = present.some((c) => c.stance === "mixed");
  if (present.length === 0) return { kind: "unlinked", present: 0, mixed };
  if (present.length === 1) return { kind: "only_in", present: 1, mixed };
  const stances = new Set(present.map((c) => c.stance));
  if (mixed || stances.size > 1) return { kind: "divergence", present: present.length, mixed };
  const sourcings = new Set(present.map((c) => c.sourcing));
  return { kind: sourcings.size > 1 ? "sourcing_gap" : "agreement", present: present.length, mixed };
}
