/**
 * Sentence and clause splitting with offsets, in one left-to-right pass. Abbreviations ("Lt.",
 * "Col.", "Mr."), initials ("Z.K.", "U.S.") and decimals do not end a sentence; a line break does.
 */

export interface Span {
  start: number;
  end: number;
}

const ABBREVIATIONS = new Set([
  "mr",
  "mrs",
  "ms",
  "dr",
  "prof",
  "sr",
  "jr",
  "st",
  "lt",
  "col",
  "gen",
  "maj",
  "capt",
  "sgt",
  "cpl",
  "adm",
  "cmdr",
  "gov",
  "sen",
  "rep",
  "rev",
  "hon",
  "pres",
  "no",
  "vs",
  "etc",
  "inc",
  "ltd",
  "co",
  "corp",
  "jan",
  "feb",
  "mar",
  "apr",
  "jun",
  "jul",
  "aug",
  "sep",
  "sept",
  "oct",
  "nov",
  "dec",
  "approx",
  "e.g",
  "i.e",
  "fig",
  "vol",
  "ca",
]);

function endsWithAbbreviation(text: string, dot: number): boolean {
  let i = dot - 1;
  while (i >= 0 && /[\p{L}.]/u.test(text[i]!)) i--;
  const word = text.slice(i + 1, dot).toLowerCase();
  if (!word) return false;
  // Initials: "Z.K", "U.S", or a single capital letter ("John F. Kennedy").
  if (/^(\p{L}\.)+\p{L}$/u.test(word) || /^\p{L}$/u.test(word)) return true;
  return ABBREVIATIONS.has(word) || ABBREVIATIONS.has(word.split(".").pop() ?? "");
}

/** Trims whitespace and wrapping quote marks' whitespace off a span. */
function trimmed(text: string, start: number, end: number): Span | null {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return end > start ? { start, end } : null;
}

export function splitSentences(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  const push = (end: number) => {
    const s = trimmed(text, start, end);
    if (s) out.push(s);
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === "\n") {
      push(i);
      continue;
    }
    if (c !== "." && c !== "!" && c !== "?") continue;
    // Closing quotes and brackets belong to the sentence they end.
    let j = i + 1;
    while (j < text.length && /["”’')\]»]/.test(text[j]!)) j++;
    if (j < text.length && !/\s/.test(text[j]!)) continue;
    let k = j;
    while (k < text.length && /[ \t]/.test(text[k]!)) k++;
    const next = text[k];
    if (next !== undefined && next !== "\n" && !/[\p{Lu}\p{N}"“‘'(\[«]/u.test(next)) continue;
    if (c === "." && endsWithAbbreviation(text, i) && next !== "\n" && next !== undefined) {
      // "Lt. Col. Kleban" stays one sentence; an abbreviation before a line break ends it.
      const nextWord = text.slice(k, k + 12);
      if (!/^(The|A|An|In|On|It|He|She|They|We|This|That|But|And|According)\b/.test(nextWord)) continue;
    }
    push(j);
    i = j - 1;
  }
  push(text.length);
  return out;
}

// A clause boundary: a semicolon, or a comma or dash before a contrastive conjunction.
const CLAUSE_BREAK = /;\s+|,\s+(?=(?:but|while|whereas|although|though|yet)\s)|\s[–—]\s(?=\p{Ll})/gu;

/** Clauses of a sentence (a sentence without such a boundary is one clause). */
export function splitClauses(text: string, sentence: Span): Span[] {
  const body = text.slice(sentence.start, sentence.end);
  const out: Span[] = [];
  let from = 0;
  for (const m of body.matchAll(CLAUSE_BREAK)) {
    const s = trimmed(text, sentence.start + from, sentence.start + m.index);
    if (s) out.push(s);
    from = m.index + m[0].length;
  }
  const last = trimmed(text, sentence.start + from, sentence.end);
  if (last) out.push(last);
  return out;
}
