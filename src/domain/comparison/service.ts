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
import { hiddenWork, type HiddenWork } from "@/domain/assignments/visibility";
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
export async function getComparison(actor: Actor, storyId: string, stamp?: number, options: ComparisonOptions = {}): Promise<Comparison> {
  const approvedOnly = options.approvedOnly === true;
  const compute = async (hidden?: HiddenWork) => {
    const rows = await findComparisonRows(storyId, { approvedOnly });
    return computeComparison({
      storyId,
      articles: rows.articles.map((a) => ({ id: a.id, title: a.title })),
      propositions: rows.propositions,
      links: hidden ? rows.links.filter((l) => !hidden.linkIds.has(l.id) && !hidden.claimIds.has(l.claimId)) : rows.links,
    });
  };
  // During an independent round an assignee's comparison is their own: computed for them, never cached.
  const hidden = await hiddenWork(actor, storyId);
  const comparison = hidden.any
    ? (await findStoryStamp(storyId)) === null
      ? null
      : await compute(hidden)
    : await readAtStamp(approvedOnly ? approvedCache : cache, storyId, findStoryStamp, () => compute(), stamp);
  if (!comparison) throw notFound(`Story ${storyId}`);
  return comparison;
}
