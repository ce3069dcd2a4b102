/**
 * Resolves the words a claim is anchored to (docs/contract/API.md offset rules): start/end in UTF-16 code units,
 * end exclusive, `exact` equal to the slice when given; or a quote alone, found where it occurs
 * once. Every refusal names the field and the problem.
 */
import { locateQuote, selectorAt, type TextSelector } from "@/domain/anchoring/quote";
import { invalidInput } from "@/domain/errors";
import type { SpanInput } from "./schemas";

const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;
const preview = (s: string) => (s.length > 60 ? `${s.slice(0, 57)}…` : s);

export function resolveSpan(text: string, span: SpanInput): TextSelector {
  const { start, end, exact } = span;
  if (start !== undefined || end !== undefined) {
    if (start === undefined) throw invalidInput("Give start together with end.", [{ path: "start", message: "is required when end is given" }]);
    if (end === undefined) throw invalidInput("Give end together with start.", [{ path: "end", message: "is required when start is given" }]);
    if (end > text.length) {
      throw invalidInput(`The offsets are out of range: the text has ${text.length} characters.`, [
        { path: "end", message: `must be at most ${text.length} (the text's length)` },
      ]);
    }
    if (start >= end) throw invalidInput("The span is empty or reversed.", [{ path: "end", message: "must be greater than start" }]);
    for (const [path, at] of [
      ["start", start],
      ["end", end],
    ] as const) {
      if (at < text.length && isLowSurrogate(text.charCodeAt(at))) {
        throw invalidInput("The offsets split a character in two.", [{ path, message: "falls inside a surrogate pair (an emoji or other astral character)" }]);
      }
    }
    const slice = text.slice(start, end);
    if (exact !== undefined && exact !== slice) {
      throw invalidInput("The quote does not match the text at those offsets.", [
        { path: "exact", message: `does not match the text at ${start}–${end}, which reads "${preview(slice)}"` },
      ]);
    }
    if (slice.trim() === "") throw invalidInput("The span holds only whitespace.", [{ path: "end", message: "must cover some words" }]);
    return selectorAt(text, start, end);
  }
  if (exact === undefined) {
    throw invalidInput("Say where the claim's words are: give start and end, or the exact quote.", [
      { path: "exact", message: "is required when start and end are not given" },
    ]);
  }
  const found = locateQuote(text, { exact, prefix: span.prefix, suffix: span.suffix });
  if (found.ok) return selectorAt(text, found.start, found.end);
  if (found.reason === "absent") {
    const where = found.occurrences > 0 ? ` with that prefix and suffix (it occurs ${found.occurrences} times without them)` : "";
    throw invalidInput(`The quote does not occur in the article's text${where}.`, [
      { path: "exact", message: `"${preview(exact)}" is not in the text${where}` },
    ]);
  }
  throw invalidInput(`The quote is ambiguous: it occurs ${found.occurrences} times. Add a prefix or suffix, or give start and end.`, [
    { path: "exact", message: `occurs ${found.occurrences} times in the text` },
  ]);
}
