/**
 * Multi-word phrase matching over tokens in one pass (a trie keyed by normalised words), so a
 * lexicon of hundreds of phrases costs O(tokens × longest phrase).
 */
import { normalizeWord, type Token } from "./text";

interface TrieNode {
  next: Map<string, TrieNode>;
  phrase?: string;
}

export interface PhraseMatcher {
  /** Longest matches, left to right, not overlapping: [first token index, last token index + 1, phrase]. */
  find(tokens: readonly Token[]): { from: number; to: number; phrase: string }[];
}

export function phraseMatcher(phrases: Iterable<string>): PhraseMatcher {
  const root: TrieNode = { next: new Map() };
  for (const phrase of phrases) {
    let node = root;
    for (const w of phrase.split(/\s+/).map(normalizeWord)) {
      let child = node.next.get(w);
      if (!child) node.next.set(w, (child = { next: new Map() }));
      node = child;
    }
    node.phrase = phrase;
  }
  return {
    find(tokens) {
      const out: { from: number; to: number; phrase: string }[] = [];
      let i = 0;
      while (i < tokens.length) {
        let node: TrieNode | undefined = root;
        let best: { to: number; phrase: string } | undefined;
        for (let j = i; j < tokens.length && node; j++) {
          node = node.next.get(tokens[j]!.norm);
          if (node?.phrase) best = { to: j + 1, phrase: node.phrase };
        }
        if (best) {
          out.push({ from: i, ...best });
          i = best.to;
        } else i++;
      }
      return out;
    },
  };
}
