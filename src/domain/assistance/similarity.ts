/**
 * Topic similarity between short texts: TF-IDF over content-word stems, cosine, plus a bonus for the
 * rarest name the two texts share. The IDF comes from the texts being compared (a story's claims, or
 * an evaluation file), each word further weighted by its rarity in everyday English
 * (background.ts), so a word common to the whole story counts little and a rare shared name counts a
 * lot. Building is linear in the total text; one query costs one pass over the candidates.
 */
import { backgroundRarity } from "./background";
import { numberMentions } from "./numbers";
import { isNumberWord, STOPWORDS, stem, tokenize } from "./text";

const MIN_CORPUS = 50;
/**
 * How much a word's rarity in everyday English adds to its weight: a word unknown to English (a
 * surname, a place) weighs up to 1 + BACKGROUND_WEIGHT times as much as the commonest.
 */
const BACKGROUND_WEIGHT = 0.5;
/**
 * The bonus for the rarest shared name, at most ENTITY_WEIGHT for a name found in only the two texts.
 * Cosine alone lets two long texts that share several ordinary words ("Serbian", "video") beat two
 * that share one rare name ("Kleban") and differ otherwise.
 */
const ENTITY_WEIGHT = 0.5;
/** A word rarer than this in everyday English (0 … 1) counts as a name even when not capitalised. */
const NAME_RARITY = 0.75;

/** Capitalised, but calendar words, not names. */
const CALENDAR = new Set(
  "monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december".split(" "),
);

export type SparseVector = Map<string, number>;

export interface Terms {
  stems: string[];
  /** Stems of names: capitalised inside running text, or words everyday English hardly knows. */
  names: Set<string>;
  /** Stems written in lower case inside running text: evidence that a word is not a name. */
  lower: Set<string>;
}

export function termsOf(text: string): Terms {
  const tokens = tokenize(text);
  const words = tokens.filter((t) => /^\p{L}/u.test(t.text));
  // In a Title Case Headline capitals say nothing about names.
  const titleCase = words.filter((t) => /^\p{Lu}/u.test(t.text)).length > 0.6 * words.length;
  const stems: string[] = [];
  const names = new Set<string>();
  const lower = new Set<string>();
  // An amount is one term whatever its spelling ("19M", "19 million"), plus its unit ("12in": inch).
  const numbers = new Map(numberMentions(tokens).map((n) => [n.from, n]));
  let skipTo = 0;
  tokens.forEach((t, i) => {
    if (i < skipTo) return;
    const amount = numbers.get(i);
    if (amount) {
      stems.push(amount.text);
      if (amount.unit) stems.push(stem(amount.unit));
      skipTo = amount.to;
      return;
    }
    if (STOPWORDS.has(t.norm) || (t.norm.length < 2 && !isNumberWord(t.norm))) return;
    const s = stem(t.norm);
    stems.push(s);
    if (isNumberWord(t.norm) || CALENDAR.has(t.norm)) return;
    const sentenceStart = i === 0 || /[.!?:"“]\s*$/.test(text.slice(tokens[i - 1]!.end, t.start));
    const capitalised = !titleCase && !sentenceStart && /^\p{Lu}/u.test(t.text);
    if (!sentenceStart && /^\p{Ll}/u.test(t.text)) lower.add(s);
    if (capitalised || backgroundRarity(s) >= NAME_RARITY) names.add(s);
  });
  return { stems, names, lower };
}

export interface TfIdfIndex {
  idf(term: string): number;
  vector(terms: readonly string[]): SparseVector;
  /**
   * The bonus for the most specific rare name two texts share (0 … ENTITY_WEIGHT): squared
   * specificity, so a name in a few texts ("Kleban") counts far more than one in half the story
   * ("Vučić"); rarity in English to the 4th, so demonyms ("Serbian", 0.83) count little.
   */
  nameBonus(a: Terms, b: Terms): number;
}

export function buildIndex(documents: readonly Terms[]): TfIdfIndex {
  const df = new Map<string, number>();
  for (const { stems } of documents) for (const t of new Set(stems)) df.set(t, (df.get(t) ?? 0) + 1);
  // A rare word that some text writes in lower case mid-sentence ("feared jihadist perished") is a
  // common noun of the corpus, not a name, even where a Title Case headline capitalises it.
  const notNames = new Set<string>();
  for (const { lower } of documents) for (const t of lower) notNames.add(t);
  // Smoothed IDF. A story of a handful of claims says little about how rare a word is, so the
  // corpus counts as at least MIN_CORPUS documents (the rest holding none of the words): in a small
  // story every content word weighs about the same, in a large one the rare ones weigh more.
  const n = Math.max(documents.length, MIN_CORPUS);
  const storyIdf = (t: string) => Math.log((n + 1) / ((df.get(t) ?? 0) + 1)) + 1;
  // How specific a name is to few texts: 1 when only two texts hold it, 0 when all do.
  const N = Math.max(documents.length, 3);
  const specificity = (t: string) => Math.max(0, Math.log(N / Math.max(2, df.get(t) ?? 0)) / Math.log(N / 2));
  const idf = (t: string) => storyIdf(t) * (1 + BACKGROUND_WEIGHT * backgroundRarity(t));
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
    nameBonus(a, b) {
      let best = 0;
      for (const t of a.names) if (b.names.has(t) && !notNames.has(t)) best = Math.max(best, specificity(t) ** 2 * backgroundRarity(t) ** 4);
      return ENTITY_WEIGHT * best;
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

/** Similarity scores of every text against text `q` (0 against itself); O(texts) per query. */
export function similarityScorer(texts: readonly string[]) {
  const terms = texts.map(termsOf);
  const index = buildIndex(terms);
  const vectors = terms.map((t) => index.vector(t.stems));
  return {
    scores: (q: number) => vectors.map((v, i) => (i === q ? 0 : cosine(vectors[q]!, v) + index.nameBonus(terms[q]!, terms[i]!))),
  };
}
