/**
 * The story's comparison, derived from its links (never stored by hand), and reused while the
 * story's change stamp stays the same (cache.ts explains why that is never stale).
 */
import { findComparisonRows } from "@/data/propositions";
import { findStoryStamp } from "@/data/stories";
import type { Actor } from "@/domain/auth/actor";
import { notFound } from "@/domain/errors";
import { ComparisonCache } from "./cache";
import { type Comparison, computeComparison } from "./compute";

const globalForCache = globalThis as unknown as { claimboardComparisons?: ComparisonCache };
const cache = (globalForCache.claimboardComparisons ??= new ComparisonCache());

export async function getComparison(_actor: Actor, storyId: string): Promise<Comparison> {
  // The stamp first, then the rows: an entry is never older than the stamp it is filed under.
  const stamp = await findStoryStamp(storyId);
  if (stamp === null) throw notFound(`Story ${storyId}`);
  const cached = cache.get(storyId, stamp);
  if (cached) return cached;
  const rows = await findComparisonRows(storyId);
  const comparison = computeComparison({
    storyId,
    articles: rows.articles.map((a) => ({ id: a.id, title: a.title })),
    propositions: rows.propositions,
    links: rows.links,
  });
  return cache.set(storyId, stamp, comparison);
}
