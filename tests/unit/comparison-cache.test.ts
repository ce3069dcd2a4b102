import { describe, expect, it } from "vitest";
import { ComparisonCache } from "@/domain/comparison/cache";
import { computeComparison } from "@/domain/comparison/compute";

const comparison = (storyId: string, propositions: number, articles = 2) =>
  computeComparison({
    storyId,
    articles: Array.from({ length: articles }, (_, i) => ({ id: `a${i}`, title: `A${i}` })),
    propositions: Array.from({ length: propositions }, (_, i) => ({ id: `p${i}`, statement: `P${i}` })),
    links: [],
  });

describe("ComparisonCache", () => {
  it("returns an entry only at the stamp it was computed at", () => {
    const cache = new ComparisonCache();
    const value = cache.set("s", 100, comparison("s", 1));
    expect(cache.get("s", 100)).toBe(value);
    expect(cache.get("s", 101)).toBeUndefined();
    // A different stamp drops the entry, so an older stamp coming back cannot revive it.
    expect(cache.get("s", 100)).toBeUndefined();
  });

  it("freezes entries, since every caller shares them", () => {
    const cache = new ComparisonCache();
    const value = cache.set("s", 1, comparison("s", 2));
    expect(Object.isFrozen(value.propositions[0]!.cells)).toBe(true);
    expect(() => (value.pairs as unknown[]).push({})).toThrow();
  });

  it("evicts the least recently used stories beyond its cell budget", () => {
    // Each entry weighs 10 propositions x 2 articles + 1 pair + 1 = 22 cells.
    const cache = new ComparisonCache(50);
    cache.set("a", 1, comparison("a", 10));
    cache.set("b", 1, comparison("b", 10));
    expect(cache.get("a", 1)).toBeDefined(); // a is now the most recent
    cache.set("c", 1, comparison("c", 10));
    expect(cache.get("b", 1)).toBeUndefined();
    expect(cache.get("a", 1)).toBeDefined();
    expect(cache.get("c", 1)).toBeDefined();
    expect(cache.size).toBe(2);
  });

  it("does not keep a story larger than the whole budget", () => {
    const cache = new ComparisonCache(10);
    const value = cache.set("big", 1, comparison("big", 100));
    expect(value.propositions).toHaveLength(100);
    expect(cache.get("big", 1)).toBeUndefined();
  });
});
