/**
 * The propositions whose wording has every word searched for (case and accents ignored, words
 * matched from their start), in the order given. An empty search keeps them all.
 */
const fold = (s: string) => s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();

export function filterPropositions<P extends { statement: string }>(propositions: readonly P[], search: string): P[] {
  const words = fold(search)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  if (words.length === 0) return [...propositions];
  return propositions.filter((p) => {
    const own = fold(p.statement).split(/[^\p{L}\p{N}]+/u);
    return words.every((w) => own.some((o) => o.startsWith(w)));
  });
}
