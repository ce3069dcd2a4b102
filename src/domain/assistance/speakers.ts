/**
 * Named people and organisations in text, found by capitalisation (with the titles and roles that
 * precede them: "Kremlin spokesman Dmitry Peskov", "Lt. Col. Kleban"), and the speaker of a
 * reported statement: the name next to the reporting verb, or for a pronoun the nearest name before.
 */
import { TITLES } from "./lexicons";
import type { Token } from "./text";

export interface NamedEntity {
  text: string;
  start: number;
  end: number;
  /** Some word of it is a person's title or role (a likely person or office). */
  titled: boolean;
}

/** Capitalised words that begin sentences or stand alone without naming anyone. */
const NOT_NAMES = new Set([
  "the",
  "a",
  "an",
  "in",
  "on",
  "at",
  "it",
  "he",
  "she",
  "they",
  "we",
  "i",
  "you",
  "this",
  "that",
  "these",
  "those",
  "but",
  "and",
  "or",
  "so",
  "if",
  "as",
  "for",
  "with",
  "from",
  "by",
  "to",
  "of",
  "after",
  "before",
  "when",
  "while",
  "according",
  "however",
  "meanwhile",
  "there",
  "his",
  "her",
  "their",
  "its",
  "our",
  "my",
  "why",
  "what",
  "who",
  "how",
  "where",
  "also",
  "then",
  "yet",
  "although",
  "though",
  "because",
  "since",
  "perhaps",
  "maybe",
  "today",
  "yesterday",
  "monday",
  "tuesday",
  "wednesday",
  "thursday",
  "friday",
  "saturday",
  "sunday",
  "one",
  "two",
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
  "behind",
  "with",
  "under",
  "over",
  "all",
  "some",
  "many",
  "most",
  "both",
  "each",
  "not",
  "no",
  "is",
  "was",
]);
const CONNECTORS = new Set(["of", "de", "von", "van", "der", "al", "bin", "la", "le", "du", "for"]);

const isCapitalised = (t: Token) => /^\p{Lu}/u.test(t.text);

export function namedEntities(tokens: readonly Token[], text: string): NamedEntity[] {
  const out: NamedEntity[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    const title = TITLES.has(t.norm.replace(/\./g, ""));
    if (!(isCapitalised(t) && !NOT_NAMES.has(t.norm)) && !title) {
      i++;
      continue;
    }
    let j = i;
    let hasName = false;
    let titled = false;
    while (j < tokens.length) {
      const u = tokens[j]!;
      // Names run over spaces, hyphens and the dots of abbreviations ("Lt. Col."), nothing else.
      if (j > i && !/^[\s.\-]*$/.test(text.slice(tokens[j - 1]!.end, u.start))) break;
      if (j > i && /\n|\.\s/.test(text.slice(tokens[j - 1]!.end, u.start)) && !TITLES.has(tokens[j - 1]!.norm.replace(/\./g, ""))) break;
      const isTitle = TITLES.has(u.norm.replace(/\./g, ""));
      const isName = isCapitalised(u) && !NOT_NAMES.has(u.norm);
      if (isTitle) titled = true;
      if (isName && !isTitle) hasName = true;
      if (isName || isTitle) j++;
      else if (CONNECTORS.has(u.norm) && j + 1 < tokens.length && isCapitalised(tokens[j + 1]!)) j++;
      else break;
    }
    if (hasName) {
      // Drop trailing connectors and leading lowercase role words that name no one on their own.
      out.push({ text: text.slice(t.start, tokens[j - 1]!.end), start: t.start, end: tokens[j - 1]!.end, titled });
    }
    i = Math.max(j, i + 1);
  }
  return out;
}

const PRONOUNS = new Set(["he", "she", "they", "it", "who"]);
export const isPronoun = (norm: string) => PRONOUNS.has(norm);
