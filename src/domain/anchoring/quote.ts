/**
 * Exact anchoring of W3C TextQuoteSelector / TextPositionSelector pairs. Offsets are UTF-16 code
 * units, end exclusive, as JavaScript strings index (docs/contract/API.md). Fuzzy re-anchoring after a text edit
 * builds on these in the annotation features.
 */

/** How many characters of context a selector keeps on each side. */
export const CONTEXT_LENGTH = 32;

export interface TextSelector {
  exact: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
}

export type QuoteResult = { ok: true; start: number; end: number } | { ok: false; reason: "absent" | "ambiguous"; occurrences: number };

function occurrences(text: string, needle: string): number[] {
  const found: number[] = [];
  if (needle === "") return found;
  for (let i = text.indexOf(needle); i !== -1; i = text.indexOf(needle, i + 1)) found.push(i);
  return found;
}

/**
 * Where `exact` occurs in `text`, using `prefix` and `suffix` (when given) to choose between
 * several occurrences. Absent or still ambiguous quotes are reported, never guessed.
 */
export function locateQuote(text: string, quote: { exact: string; prefix?: string; suffix?: string }): QuoteResult {
  const all = occurrences(text, quote.exact);
  const prefix = quote.prefix ?? "";
  const suffix = quote.suffix ?? "";
  const matching = all.filter(
    (start) =>
      text.slice(Math.max(0, start - prefix.length), start) === prefix &&
      text.slice(start + quote.exact.length, start + quote.exact.length + suffix.length) === suffix,
  );
  if (matching.length === 1) {
    const start = matching[0]!;
    return { ok: true, start, end: start + quote.exact.length };
  }
  if (matching.length === 0) return { ok: false, reason: "absent", occurrences: all.length };
  return { ok: false, reason: "ambiguous", occurrences: matching.length };
}

/** The full selector of a span: the quote, its context, and its position. */
export function selectorAt(text: string, start: number, end: number): TextSelector {
  return {
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - CONTEXT_LENGTH), start),
    suffix: text.slice(end, end + CONTEXT_LENGTH),
    start,
    end,
  };
}
