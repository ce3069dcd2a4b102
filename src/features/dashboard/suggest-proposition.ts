import MiniSearch from "minisearch";

/**
 * For each claim, the story's proposition whose wording matches it best (or none), so that linking
 * an unlinked claim is usually one click. One index serves every claim (rankPropositions in
 * features/compare builds one per call, fine for a single claim).
 */
export function suggestPropositions(
  propositions: readonly { id: string; statement: string }[],
  claims: readonly { id: string; statement: string; exact: string }[],
): Record<string, string | null> {
  const out: Record<string, string | null> = {};
  if (propositions.length === 0) {
    for (const c of claims) out[c.id] = null;
    return out;
  }
  const index = new MiniSearch<{ id: string; statement: string }>({ fields: ["statement"], storeFields: [], searchOptions: { fuzzy: 0.2, prefix: true, combineWith: "OR" } });
  index.addAll(propositions.map(({ id, statement }) => ({ id, statement })));
  for (const c of claims) {
    const query = `${c.statement} ${c.exact}`.trim();
    out[c.id] = query ? ((index.search(query)[0]?.id as string | undefined) ?? null) : null;
  }
  return out;
}
