/**
 * Text primitives of the assistance engine: word tokens with offsets, stems and content words.
 * Pure and linear in the text's length.
 */
import { stemmer } from "stemmer";

export interface Token {
  /** The word as written. */
  text: string;
  /** Lower-cased, apostrophes and dots removed. */
  norm: string;
  start: number;
  end: number;
}

// Words, numbers with separators (19,000 / 2.5), abbreviations with inner dots (Lt.Col), contractions.
const WORD = /[\p{L}\p{N}]+(?:[’'.,][\p{L}\p{N}]+)*/gu;

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    const raw = m[0];
    out.push({ text: raw, norm: normalizeWord(raw), start: m.index, end: m.index + raw.length });
  }
  return out;
}

export function normalizeWord(word: string): string {
  return word
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[’']s$/, "")
    .replace(/[’']/g, "");
}

const stemCache = new Map<string, string>();
export function stem(norm: string): string {
  let s = stemCache.get(norm);
  if (s === undefined) {
    s = /^\p{N}/u.test(norm) ? norm.replace(/,/g, "") : stemmer(norm);
    if (stemCache.size < 50_000) stemCache.set(norm, s);
  }
  return s;
}

/** English function words that carry no topic (kept short: reporting verbs and hedges are NOT here). */
export const STOPWORDS = new Set(
  (
    "a an the and or but if of to in on at by for with from as into onto over under about after before " +
    "than then that this these those it its it's is are was were be been being am do does did done has have had " +
    "having i me my we our us you your he him his she her they them their there here what which who whom whose " +
    "when where why how all any both each few more most other some such own same so too very can will just " +
    "also up out off again further once s t d ll m o re ve y via per " +
    // Contractions, as normalizeWord writes them ("hasn't" -> "hasnt"): function words, not topic, and
    // unknown to the SUBTLEX list, so without this they would count as rare names.
    "isnt arent wasnt werent dont doesnt didnt hasnt havent hadnt wont wouldnt cant couldnt shouldnt mustnt " +
    "im ive youre youve youd youll theyre theyve theyd theyll weve hes shes itll thats whats " +
    "theres heres lets whos not no nor"
  ).split(" "),
);

export function isNumberWord(norm: string): boolean {
  return /^\p{N}/u.test(norm);
}

/** Stems of the words that carry the topic. */
export function contentStems(text: string): string[] {
  const out: string[] = [];
  for (const t of tokenize(text)) {
    if (STOPWORDS.has(t.norm) || (t.norm.length < 2 && !isNumberWord(t.norm))) continue;
    out.push(stem(t.norm));
  }
  return out;
}
