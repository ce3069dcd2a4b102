/**
 * The computed comparisons of recently read stories, kept per app instance and keyed by the
 * story's change stamp (`updatedAt`, which every mutation moves on in its own transaction: see
 * touchStory in src/data/stories.ts). A read fetches the stamp first and reuses the entry only if
 * it was computed at that same stamp, so a write by any instance sharing the database is seen by
 * the next read everywhere: nothing to broadcast, nothing stale. The stamp is read before the rows,
 * so an entry can only be newer than its stamp says, never older.
 *
 * Bounded by the number of matrix cells held (least recently used out first), so a handful of
 * huge stories cannot grow the process without limit. Entries are frozen: callers share them.
 */
import type { Comparison } from "./compute";

export const MAX_CACHED_CELLS = 400_000;

interface Entry {
  stamp: number;
  weight: number;
  value: Comparison;
}

function weightOf(c: Comparison) {
  return c.propositions.length * Math.max(1, c.articles.length) + c.pairs.length + 1;
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

export class ComparisonCache {
  private entries = new Map<string, Entry>();
  private weight = 0;

  constructor(private readonly maxCells = MAX_CACHED_CELLS) {}

  get(storyId: string, stamp: number): Comparison | undefined {
    const entry = this.entries.get(storyId);
    if (!entry) return undefined;
    if (entry.stamp !== stamp) {
      this.delete(storyId);
      return undefined;
    }
    // Re-insert: Map order is the recency order.
    this.entries.delete(storyId);
    this.entries.set(storyId, entry);
    return entry.value;
  }

  set(storyId: string, stamp: number, value: Comparison): Comparison {
    this.delete(storyId);
    const entry = { stamp, weight: weightOf(value), value: deepFreeze(value) };
    if (entry.weight > this.maxCells) return entry.value;
    this.entries.set(storyId, entry);
    this.weight += entry.weight;
    for (const id of this.entries.keys()) {
      if (this.weight <= this.maxCells) break;
      this.delete(id);
    }
    return entry.value;
  }

  delete(storyId: string) {
    const entry = this.entries.get(storyId);
    if (!entry) return;
    this.entries.delete(storyId);
    this.weight -= entry.weight;
  }

  get size() {
    return this.entries.size;
  }
}
