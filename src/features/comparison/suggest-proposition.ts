import MiniSearch from "minisearch";
import type { Sourcing } from "@/domain/vocabulary-words";

/**
 * For each claim, the story's proposition whose wording matches it best (or none), so that linking
 * an unlinked claim is usually one click. One index serves every claim (rankPropositions in
 * features/propositions builds one per call, fine for a single claim).
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
  const index = new MiniSearch<{ id: string; statement: string }>({
    fields: ["statement"],
    storeFields: [],
    searchOptions: { fuzzy: 0.2, prefix: true, combineWith: "OR" },
  });
  index.addAll(propositions.map(({ id, statement }) => ({ id, statement })));
  for (const c of claims) {
    const query = `${c.statement} ${c.exact}`.trim();
    out[c.id] = query ? ((index.search(query)[0]?.id as string | undefined) ?? null) : null;
  }
  return out;
}

/** The rows the unlinked-claims list shows: each claim with its best-matching proposition preselected. */
export function unlinkedClaimRows(
  propositions: readonly { id: string; statement: string }[],
  claims: readonly { id: string; articleId: string; statement: string; sourcing: Sourcing; selector: { exact: string } }[],
) {
  const suggested = suggestPropositions(
    propositions,
    claims.map((c) => ({ id: c.id, statement: c.statement, exact: c.selector.exact })),
  );
  return claims.map((c) => ({
    id: c.id,
    articleId: c.articleId,
    statement: c.statement,
    exact: c.selector.exact,
    sourcing: c.sourcing,
    suggestedId: suggested[c.id] ?? null,
  }));
}
