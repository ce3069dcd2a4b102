/**
 * Values derived from one story (its comparison, its summary with articles, its sourcing counts),
 * kept per app instance and keyed by the story's change stamp (`updatedAt`, which every mutation
 * moves on in its own transaction: see touchStory in src/data/stories.ts). A read fetches the
 * stamp first and reuses the entry only if it was made at that same stamp, so a write by any
 * instance sharing the database is seen by the next read everywhere: nothing to broadcast, nothing
 * stale. The stamp is read before the rows, so an entry can only be newer than its stamp says,
 * never older.
 *
 * Bounded by a weight budget (least recently used out first), so a handful of huge stories cannot
 * grow the process without limit. Entries are frozen: callers share them.
 */
interface Entry<T> {
  stamp: number;
  weight: number;
  value: T;
}

export function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

export class StampedCache<T> {
  private entries = new Map<string, Entry<T>>();
  private weight = 0;

  constructor(
    private readonly maxWeight: number,
    private readonly weightOf: (value: T) => number = () => 1,
  ) {}

  get(storyId: string, stamp: number): T | undefined {
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

  set(storyId: string, stamp: number, value: T): T {
    this.delete(storyId);
    const entry = { stamp, weight: this.weightOf(value), value: deepFreeze(value) };
    if (entry.weight > this.maxWeight) return entry.value;
    this.entries.set(storyId, entry);
    this.weight += entry.weight;
    for (const id of this.entries.keys()) {
      if (this.weight <= this.maxWeight) break;
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

/** One cache per process, also across Next.js's separately bundled routes (globalThis). */
export function processCache<T>(name: string, make: () => StampedCache<T>): StampedCache<T> {
  const holder = globalThis as unknown as Record<string, StampedCache<T> | undefined>;
  return (holder[`claimboard:${name}`] ??= make());
}

/**
 * Reads a story's stamp (unless the caller read it already in this request: `known`), then answers
 * the entry made at that stamp or loads (and keeps) a new one. `stampOf` answers null for a missing
 * story, and so does this.
 */
export async function readAtStamp<T>(
  cache: StampedCache<T>,
  storyId: string,
  stampOf: (storyId: string) => Promise<number | null>,
  load: () => Promise<T | null>,
  known?: number,
): Promise<T | null> {
  const stamp = known ?? (await stampOf(storyId));
  if (stamp === null) return null;
  const cached = cache.get(storyId, stamp);
  if (cached !== undefined) return cached;
  const value = await load();
  return value === null ? null : cache.set(storyId, stamp, value);
}
