/** One cell of the comparison matrix: how one article stands on one proposition. */
import type { Sourcing } from "@/domain/vocabulary";

export type CellStance = "supports" | "contradicts" | "mixed" | "absent";

export interface Cell {
  stance: CellStance;
  sourcing: Sourcing | null;
  claimIds: string[];
}
