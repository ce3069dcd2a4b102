/**
 * The computed comparisons of recently read stories (src/domain/stamped-cache.ts explains why an
 * entry is never stale), bounded by the number of matrix cells held.
 */
import { StampedCache } from "@/domain/stamped-cache";
import type { Comparison } from "./compute";

export const MAX_CACHED_CELLS = 400_000;

function weightOf(c: Comparison) {
  return c.propositions.length * Math.max(1, c.articles.length) + c.pairs.length + 1;
}

export class ComparisonCache extends StampedCache<Comparison> {
  constructor(maxCells = MAX_CACHED_CELLS) {
    super(maxCells, weightOf);
  }
}
