/**
 * The story's comparison, derived from its links (never stored by hand), and reused while the
 * story's change stamp stays the same (src/domain/stamped-cache.ts explains why that is never stale).
 */
import { findComparisonRows } from "@/data/propositions";
import { findStoryStamp } from "@/data/stories";
import type { Actor } from "@/domain/auth/actor";
import { notFound } from "@/domain/errors";
import { processCache, readAtStamp } from "@/domain/stamped-cache";
import { ComparisonCache } from "./cache";
export { ComparisonQuery } from "./query";
import { type Comparison, computeComparison } from "./compute";

const cache = processCache("comparisons", () => new ComparisonCache());
/** Counted over approved claims and approved links only: its own entries, under the same stamp. */
const approvedCache = processCache("comparisons-approved", () => new ComparisonCache());

export interface ComparisonOptions {
  /** Count only approved links of approved claims (what an editor has signed off). */
  approvedOnly?: boolean;
}

/** `stamp`: the story's stamp if the caller read it already in this request (readStoryStamp). */
export async function getComparison(_actor: Actor, storyId: string, stamp?: number, options: ComparisonOptions = {}): Promise<Comparison> {
  const approvedOnly = options.approvedOnly === true;
  const comparison = await readAtStamp(
    approvedOnly ? approvedCache : cache,
    storyId,
    findStoryStamp,
    async () => {
      const rows = await findComparisonRows(storyId, { approvedOnly });
      return computeComparison({
        storyId,
        articles: rows.articles.map((a) => ({ id: a.id, title: a.title })),
        propositions: rows.propositions,
        links: rows.links,
      });
    },
    stamp,
  );
  if (!comparison) throw notFound(`Story ${storyId}`);
  return comparison;
}
