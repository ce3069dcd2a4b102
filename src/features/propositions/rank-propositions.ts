import MiniSearch from "minisearch";

/**
 * The story's propositions ordered by how well their wording matches a claim (best first), so
 * linking usually means picking the top one. Unmatched propositions follow in story order.
 */
export function rankPropositions<P extends { id: string; statement: string }>(propositions: P[], query: string): P[] {
  if (!query.trim() || propositions.length === 0) return propositions;
  const index = new MiniSearch<P>({ fields: ["statement"], storeFields: [], searchOptions: { fuzzy: 0.2, prefix: true, combineWith: "OR" } });
  index.addAll(propositions);
  const score = new Map(index.search(query).map((r) => [r.id as string, r.score]));
  return [...propositions].sort((a, b) => (score.get(b.id) ?? 0) - (score.get(a.id) ?? 0));
}
