/**
 * Topic similarity between short texts: TF-IDF over content-word stems, cosine. The IDF comes from the texts being
 * compared (a story's claims, or an evaluation file), so a word common to the whole story counts
 * little and a rare shared name counts a lot. Building is linear in the total text; one query costs
 * one pass over the candidates.
 */
import { contentStems } from "./text";

const MIN_CORPUS = 50;

export type SparseVector = Map<string, number>;

export function termsOf(text: string): string[] {
  const stems = contentStems(text);
  return stems;
}

export interface TfIdfIndex {
  idf(term: string): number;
  vector(terms: readonly string[]): SparseVector;
}

export function buildIndex(documents: readonly (readonly string[])[]): TfIdfIndex {
  const df = new Map<string, number>();
  for (const terms of documents) for (const t of new Set(terms)) df.set(t, (df.get(t) ?? 0) + 1);
  // Smoothed IDF. A story of a handful of claims says little about how rare a word is, so the
  // corpus counts as at least MIN_CORPUS documents (the rest holding none of the words): in a small
  // story every content word weighs about the same, in a large one the rare ones weigh more.
  const n = Math.max(documents.length, MIN_CORPUS);
  const idf = (t: string) => Math.log((n + 1) / ((df.get(t) ?? 0) + 1)) + 1;
  return {
    idf,
    vector(terms) {
      const tf = new Map<string, number>();
      for (const t of terms) tf.set(t, (tf.get(t) ?? 0) + 1);
      const v: SparseVector = new Map();
      let norm = 0;
      for (const [t, c] of tf) {
        const w = (1 + Math.log(c)) * idf(t);
        v.set(t, w);
        norm += w * w;
      }
      norm = Math.sqrt(norm) || 1;
      for (const [t, w] of v) v.set(t, w / norm);
      return v;
    },
  };
}

export function cosine(a: SparseVector, b: SparseVector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let s = 0;
  for (const [t, w] of small) {
    const o = large.get(t);
    if (o !== undefined) s += w * o;
  }
  return s;
}

/** Cosine scores of every text against text `q` (0 against itself); O(texts) per query. */
export function similarityScorer(texts: readonly string[]) {
  const terms = texts.map(termsOf);
  const index = buildIndex(terms);
  const vectors = terms.map((t) => index.vector(t));
  return { scores: (q: number) => vectors.map((v, i) => (i === q ? 0 : cosine(vectors[q]!, v))) };
}
