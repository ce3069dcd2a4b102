/**
 * Re-anchoring a claim's selector after an editor saves a new revision of the article text.
 *
 * Product rule: a claim whose words are gone is kept and flagged orphaned; nothing is silently
 * moved to the wrong words. So every method below only answers when its evidence is clear, and
 * anything doubtful falls through to the next, more careful method and finally to "orphaned".
 *
 *  1. position: map the span through a character diff of the two texts. Trusted when the diff
 *     keeps every character of the span, unedited and contiguous, and something corroborates it
 *     (context on one side, or words that occur nowhere else).
 *  2. quote: the exact words elsewhere (a moved paragraph), chosen by prefix/suffix context.
 *  3. fuzzy: nearly the same words (a typo fixed inside the quote), with Hypothesis' matcher,
 *     accepted only for quotes long enough to be recognisable and with corroborating context.
 *
 * Offsets are UTF-16 code units, end exclusive, as JavaScript strings index (docs/contract/API.md).
 */
import search from "approx-string-match";
import DiffMatchPatch from "diff-match-patch";
import { CONTEXT_LENGTH, locateQuote, selectorAt, type TextSelector } from "./quote";

export type ReanchorResult = { status: "anchored"; selector: TextSelector; method: "position" | "quote" | "fuzzy" } | { status: "orphaned"; reason: string };

/**
 * Quotes shorter than this are too common ("no", "40", "Putin") to be recognised by themselves:
 * they are never fuzzy-matched, and a bare occurrence without its context is not trusted.
 */
export const FUZZY_MIN_LENGTH = 10;
/** Share of a quote's code units that a fuzzy match may differ by (Levenshtein distance). */
export const FUZZY_ERROR_RATE = 0.1;
/**
 * A quote this long that occurs exactly once in the new text is taken to be the claim's words even
 * if its surroundings changed (a whole moved paragraph has a new prefix and suffix).
 */
export const DISTINCTIVE_LENGTH = 20;
/** A side of context "still matches" when at least this share of it survives (edit distance). */
const CONTEXT_MATCH = 0.6;
/** Share of the old span's characters the diff must carry into a fuzzy candidate to count as "the same place". */
const ALIGNED_MATCH = 0.5;
/** How much better the best candidate must score than the runner-up to be chosen over it. */
const MARGIN = 0.2;
/** Cap on diff time per revision: past it diff-match-patch returns a coarser (still valid) diff. */
const DIFF_TIMEOUT_SECONDS = 0.5;
/** How many distinct fuzzy locations to weigh against each other. */
const FUZZY_CANDIDATES = 4;
/** How many of one fuzzy occurrence's reported variants are measured. */
const SETTLE_VARIANTS = 8;
/** Below this many code units of old context, "context unchanged" is too weak to pick an occurrence. */
const MIN_CONTEXT_EVIDENCE = 8;

const SEVERAL_TIMES = "its words now occur several times and the context does not tell which";
const DIFFERENT_CONTEXT = "its words now occur only in a different context, and are too short to be recognised without it";

/** Most edit errors a fuzzy match of a quote this long may have; 0 means "never fuzzy-match". */
export function fuzzyErrorBudget(quoteLength: number): number {
  if (quoteLength < FUZZY_MIN_LENGTH) return 0;
  return Math.max(1, Math.floor(quoteLength * FUZZY_ERROR_RATE));
}

/** Re-anchor one selector from `oldText` to `newText`. */
export function reanchor(oldText: string, newText: string, selector: TextSelector): ReanchorResult {
  return createReanchorer(oldText, newText)(selector);
}

/** Re-anchor every claim of a revision; the diff is computed once for all of them. */
export function reanchorAll(oldText: string, newText: string, selectors: readonly TextSelector[]): ReanchorResult[] {
  const reanchorOne = createReanchorer(oldText, newText);
  return selectors.map((selector) => reanchorOne(selector));
}

// ---------------------------------------------------------------------------------------------
// Diff

interface Equality {
  old: number;
  new: number;
  length: number;
}

interface Alignment {
  /** Where each old position lands: start-like (after insertions there) or end-like (before). */
  mapSpan(start: number, end: number): { start: number; end: number; intact: boolean };
  /** How many of the old span's code units the diff carries (unedited) into [newStart, newEnd). */
  carried(start: number, end: number, newStart: number, newEnd: number): number;
}

function align(oldText: string, newText: string): Alignment {
  const dmp = new DiffMatchPatch();
  dmp.Diff_Timeout = DIFF_TIMEOUT_SECONDS;
  // No cleanup: semantic/efficiency cleanup turns short kept runs into delete+insert, which would
  // lose a short claim whose neighbours were rewritten even though its own characters were kept.
  const diffs = dmp.diff_main(oldText, newText, false);

  const equalities: Equality[] = [];
  // Insertions happen at an old position; spans need to know whether one falls strictly inside.
  const insertionsAt: number[] = [];
  const deletions: { start: number; end: number; new: number }[] = [];
  let o = 0;
  let n = 0;
  for (const [op, chunk] of diffs) {
    if (op === DiffMatchPatch.DIFF_EQUAL) {
      equalities.push({ old: o, new: n, length: chunk.length });
      o += chunk.length;
      n += chunk.length;
    } else if (op === DiffMatchPatch.DIFF_DELETE) {
      deletions.push({ start: o, end: o + chunk.length, new: n });
      o += chunk.length;
    } else {
      insertionsAt.push(o);
      n += chunk.length;
    }
  }
  const newLength = n;

  // An old position inside an equality moves with it; one inside a deletion collapses to where
  // the deletion happened. At a boundary between chunks, a start stays after text inserted there
  // and an end before it, so text inserted right against the span is never pulled into it.
  function mapPosition(pos: number, side: "start" | "end"): number {
    for (const eq of equalities) {
      const inside = side === "start" ? pos >= eq.old && pos < eq.old + eq.length : pos > eq.old && pos <= eq.old + eq.length;
      if (inside) return eq.new + (pos - eq.old);
    }
    for (const del of deletions) {
      const inside = side === "start" ? pos >= del.start && pos < del.end : pos > del.start && pos <= del.end;
      if (inside) return del.new;
    }
    // Only insertions touch this position (or the text is empty): it sits at an edge of them.
    return side === "start" ? edgeAfterInsertions(pos) : edgeBeforeInsertions(pos);
  }

  function edgeBeforeInsertions(pos: number): number {
    let best = 0;
    for (const eq of equalities) if (eq.old + eq.length <= pos) best = Math.max(best, eq.new + (pos - eq.old));
    for (const del of deletions) if (del.end <= pos) best = Math.max(best, del.new);
    return best;
  }

  function edgeAfterInsertions(pos: number): number {
    let best = newLength;
    for (const eq of equalities) if (eq.old >= pos) best = Math.min(best, eq.new);
    for (const del of deletions) if (del.start >= pos) best = Math.min(best, del.new);
    return best;
  }

  return {
    mapSpan(start, end) {
      const mappedStart = mapPosition(start, "start");
      const mappedEnd = start === end ? mappedStart : mapPosition(end, "end");
      const intact = !deletions.some((del) => del.start < end && del.end > start) && !insertionsAt.some((at) => at > start && at < end);
      return { start: mappedStart, end: mappedEnd, intact };
    },
    carried(start, end, newStart, newEnd) {
      let total = 0;
      for (const eq of equalities) {
        const from = Math.max(start, eq.old);
        const to = Math.min(end, eq.old + eq.length);
        if (from >= to) continue;
        const mappedFrom = Math.max(newStart, eq.new + (from - eq.old));
        const mappedTo = Math.min(newEnd, eq.new + (to - eq.old));
        if (mappedTo > mappedFrom) total += mappedTo - mappedFrom;
      }
      return total;
    },
  };
}

function identityAlignment(): Alignment {
  return {
    mapSpan: (start, end) => ({ start, end, intact: true }),
    carried: (start, end, newStart, newEnd) => Math.max(0, Math.min(end, newEnd) - Math.max(start, newStart)),
  };
}

// ---------------------------------------------------------------------------------------------
// Text helpers

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** Whether cutting `text` at `index` would separate the two halves of a surrogate pair. */
function splitsSurrogatePair(text: string, index: number): boolean {
  return index > 0 && index < text.length && isHighSurrogate(text.charCodeAt(index - 1)) && isLowSurrogate(text.charCodeAt(index));
}

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

function codePointBefore(text: string, index: number): string {
  if (index <= 0) return "";
  const last = text.charCodeAt(index - 1);
  if (isLowSurrogate(last) && index >= 2 && isHighSurrogate(text.charCodeAt(index - 2))) return text.slice(index - 2, index);
  return text.slice(index - 1, index);
}

function codePointAt(text: string, index: number): string {
  const cp = text.codePointAt(index);
  return cp === undefined ? "" : String.fromCodePoint(cp);
}

function isWordChar(ch: string): boolean {
  return ch !== "" && WORD_CHAR.test(ch);
}

/**
 * Levenshtein distance, giving up (returning limit + 1) once it must exceed `limit`. Banded, so a
 * long quote with a small budget costs O(length × budget), not O(length²).
 */
export function boundedEditDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  if (a === b) return 0;
  const over = limit + 1;
  let prev = new Array<number>(b.length + 1);
  let curr = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j <= limit ? j : over;
  for (let i = 1; i <= a.length; i++) {
    const from = Math.max(1, i - limit);
    const to = Math.min(b.length, i + limit);
    curr.fill(over);
    curr[0] = i <= limit ? i : over;
    let rowMin = curr[0] ?? over;
    const ca = a.charCodeAt(i - 1);
    for (let j = from; j <= to; j++) {
      const substitution = (prev[j - 1] ?? over) + (ca === b.charCodeAt(j - 1) ? 0 : 1);
      const deletion = (prev[j] ?? over) + 1;
      const insertion = (curr[j - 1] ?? over) + 1;
      const value = Math.min(substitution, deletion, insertion, over);
      curr[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > limit) return over;
    [prev, curr] = [curr, prev];
  }
  return Math.min(prev[b.length] ?? over, over);
}

/**
 * Edit distance between `pattern` and the best-fitting prefix of `text` (trailing text is free).
 * Context is compared this way so that an insertion or deletion near the span only costs its own
 * length instead of shifting every following character out of line.
 */
function distanceToBestPrefix(pattern: string, text: string): number {
  if (pattern.length === 0) return 0;
  let prev = Array.from({ length: text.length + 1 }, (_, j) => j);
  for (let i = 1; i <= pattern.length; i++) {
    const curr = new Array<number>(text.length + 1);
    curr[0] = i;
    const cp = pattern.charCodeAt(i - 1);
    for (let j = 1; j <= text.length; j++) {
      curr[j] = Math.min((prev[j - 1] ?? 0) + (cp === text.charCodeAt(j - 1) ? 0 : 1), (prev[j] ?? 0) + 1, (curr[j - 1] ?? 0) + 1);
    }
    prev = curr;
  }
  return Math.min(...prev);
}

function reverse(s: string): string {
  // Reversing code units, not code points, is fine here: both sides are reversed the same way.
  return s.split("").reverse().join("");
}

interface Context {
  /** Similarity of the old prefix with the text before the candidate, 0–1; null when there is no evidence. */
  prefix: number | null;
  suffix: number | null;
  /** Both sides exactly as before. */
  exact: boolean;
}

function contextAt(text: string, start: number, end: number, oldPrefix: string, oldSuffix: string): Context {
  const prefixSlack = Math.ceil(oldPrefix.length / 2);
  const suffixSlack = Math.ceil(oldSuffix.length / 2);
  const before = text.slice(Math.max(0, start - oldPrefix.length - prefixSlack), start);
  const after = text.slice(end, end + oldSuffix.length + suffixSlack);
  return {
    // A span that used to begin the text and still does has matching (empty) context; one that
    // no longer does gives no evidence either way.
    prefix: oldPrefix === "" ? (start === 0 ? 1 : null) : 1 - distanceToBestPrefix(reverse(oldPrefix), reverse(before)) / oldPrefix.length,
    suffix: oldSuffix === "" ? (end === text.length ? 1 : null) : 1 - distanceToBestPrefix(oldSuffix, after) / oldSuffix.length,
    exact: before.endsWith(oldPrefix) && after.startsWith(oldSuffix),
  };
}

function contextScore(ctx: Context, oldPrefix: string, oldSuffix: string): number {
  // Weighted by length: a 2-character prefix at the start of the text says less than 32 characters.
  const wp = ctx.prefix === null ? 0 : Math.max(oldPrefix.length, 1);
  const ws = ctx.suffix === null ? 0 : Math.max(oldSuffix.length, 1);
  if (wp + ws === 0) return 0;
  return ((ctx.prefix ?? 0) * wp + (ctx.suffix ?? 0) * ws) / (wp + ws);
}

function eitherSideMatches(ctx: Context): boolean {
  return (ctx.prefix ?? 0) >= CONTEXT_MATCH || (ctx.suffix ?? 0) >= CONTEXT_MATCH;
}

function bothSidesMatch(ctx: Context): boolean {
  return (ctx.prefix ?? 0) >= CONTEXT_MATCH && (ctx.suffix ?? 0) >= CONTEXT_MATCH;
}

function occurrences(text: string, needle: string): number[] {
  const found: number[] = [];
  if (needle === "") return found;
  for (let i = text.indexOf(needle); i !== -1; i = text.indexOf(needle, i + 1)) found.push(i);
  return found;
}

/** A code unit that does not occur in `s`, to blank out text without moving offsets. */
function absentCodeUnit(s: string): string {
  const used = new Set<number>();
  for (let i = 0; i < s.length; i++) used.add(s.charCodeAt(i));
  let code = 0;
  while (used.has(code)) code++;
  return String.fromCharCode(code);
}

// ---------------------------------------------------------------------------------------------
// Re-anchoring

interface QuoteCandidate {
  start: number;
  end: number;
  context: Context;
  score: number;
}

interface FuzzyCandidate extends QuoteCandidate {
  errors: number;
  /** Share of the old span's characters the diff carried into this candidate. */
  carried: number;
}

type Attempt = { found: true; start: number; end: number } | { found: false; reason: string } | null;

function createReanchorer(oldText: string, newText: string): (selector: TextSelector) => ReanchorResult {
  let alignment: Alignment | undefined;
  const getAlignment = (): Alignment => (alignment ??= oldText === newText ? identityAlignment() : align(oldText, newText));

  return (selector) => {
    const span = trustedSpan(oldText, selector);
    const exact = selector.exact;
    // Context is re-read from the old text when the offsets are known, so selectors saved with a
    // different context length (or a stale one) still compare like with like.
    const oldPrefix = span ? oldText.slice(Math.max(0, span.start - CONTEXT_LENGTH), span.start) : selector.prefix;
    const oldSuffix = span ? oldText.slice(span.end, span.end + CONTEXT_LENGTH) : selector.suffix;

    if (exact === "") {
      if (!span) return orphaned("the claim has no words to anchor");
      const mapped = getAlignment().mapSpan(span.start, span.end);
      if (splitsSurrogatePair(newText, mapped.start)) return orphaned("the claim has no words to anchor");
      return anchored(newText, mapped.start, mapped.start, "position");
    }

    const mapped = span ? getAlignment().mapSpan(span.start, span.end) : null;

    if (span && mapped && mapped.intact) {
      const kept = byPosition(oldText, newText, span, mapped, exact, oldPrefix, oldSuffix);
      if (kept?.found) return anchored(newText, mapped.start, mapped.end, "position");
      // The diff kept these very words here; choosing another copy of them would contradict it on
      // weaker evidence than it already lacked.
      if (kept && !kept.found) return orphaned(kept.reason);
    }

    const carried = (start: number, end: number): number => (span ? getAlignment().carried(span.start, span.end, start, end) / exact.length : 0);
    const hint = mapped?.start ?? null;

    const quote = byQuote(newText, exact, oldPrefix, oldSuffix, hint);
    if (quote?.found) return anchored(newText, quote.start, quote.end, "quote");
    if (quote && !quote.found) return orphaned(quote.reason);

    const fuzzy = byFuzzyMatch(oldText, newText, exact, span, mapped, oldPrefix, oldSuffix, carried, hint);
    if (fuzzy?.found) return anchored(newText, fuzzy.start, fuzzy.end, "fuzzy");
    if (fuzzy && !fuzzy.found) return orphaned(fuzzy.reason);

    return orphaned(exact.length < FUZZY_MIN_LENGTH ? "its words were deleted or changed" : "its words were deleted or changed too much to be recognised");
  };
}

/**
 * The selector's offsets when they agree with its quote in the old text. A selector whose offsets
 * are stale (or out of range) is located by its quote and context instead; failing that, only its
 * quote is used.
 */
function trustedSpan(oldText: string, selector: TextSelector): { start: number; end: number } | null {
  const { start, end, exact } = selector;
  if (Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start <= end && end <= oldText.length && oldText.slice(start, end) === exact) {
    return { start, end };
  }
  if (exact === "") return null;
  const located = locateQuote(oldText, selector);
  return located.ok ? { start: located.start, end: located.end } : null;
}

/**
 * The diff kept the span's characters in place, but that alone is not always evidence: a character
 * diff also keeps letters a rewrite happens to share ("no" of "said no" kept inside "nothing"), and
 * when a rewritten sentence repeats the claim's words the diff's choice between the copies is
 * arbitrary. So the kept span is trusted when its context still matches on one side, or else when
 * its words occur only there and (if short) still stand as they stood against their neighbours.
 * Null when the kept span is unusable (it would split a surrogate pair): other methods may try.
 */
function byPosition(
  oldText: string,
  newText: string,
  span: { start: number; end: number },
  mapped: { start: number; end: number },
  exact: string,
  oldPrefix: string,
  oldSuffix: string,
): Attempt {
  if (splitsSurrogatePair(newText, mapped.start) || splitsSurrogatePair(newText, mapped.end)) return null;
  if (newText.slice(mapped.start, mapped.end) !== exact) return null;
  if (eitherSideMatches(contextAt(newText, mapped.start, mapped.end, oldPrefix, oldSuffix))) return found(mapped);
  if (newText.indexOf(exact) !== newText.lastIndexOf(exact)) return { found: false, reason: SEVERAL_TIMES };
  if (exact.length >= FUZZY_MIN_LENGTH) return found(mapped);
  const sameBoundaries =
    isWordChar(codePointBefore(oldText, span.start)) === isWordChar(codePointBefore(newText, mapped.start)) &&
    isWordChar(codePointAt(oldText, span.end)) === isWordChar(codePointAt(newText, mapped.end));
  return sameBoundaries ? found(mapped) : { found: false, reason: DIFFERENT_CONTEXT };
}

function proximity(start: number, hint: number | null, textLength: number): number {
  if (hint === null) return 0;
  return 1 - Math.min(1, Math.abs(start - hint) / Math.max(1, textLength));
}

/** The exact words elsewhere in the new text, or null when they occur nowhere. */
function byQuote(newText: string, exact: string, oldPrefix: string, oldSuffix: string, hint: number | null): Attempt {
  const starts = occurrences(newText, exact).filter((start) => !splitsSurrogatePair(newText, start) && !splitsSurrogatePair(newText, start + exact.length));
  if (starts.length === 0) return null;

  const candidates: QuoteCandidate[] = starts.map((start) => {
    const end = start + exact.length;
    const context = contextAt(newText, start, end, oldPrefix, oldSuffix);
    // Which copy the diff carried the old characters into is not used: when the position method
    // did not settle it, that choice is the arbitrary one. Nearness only breaks near-ties.
    return { start, end, context, score: contextScore(context, oldPrefix, oldSuffix) + 0.1 * proximity(start, hint, newText.length) };
  });

  // Exactly one occurrence still between its old neighbours is the claim's, as in locateQuote;
  // but a context of a few characters is no real evidence.
  const unchanged = candidates.filter((c) => c.context.exact);
  if (unchanged.length === 1 && oldPrefix.length + oldSuffix.length >= MIN_CONTEXT_EVIDENCE) return found(unchanged[0]!);

  if (candidates.length === 1) {
    const only = candidates[0]!;
    if (exact.length >= DISTINCTIVE_LENGTH || eitherSideMatches(only.context)) return found(only);
    return { found: false, reason: DIFFERENT_CONTEXT };
  }

  candidates.sort((a, b) => b.score - a.score);
  const [best, second] = candidates;
  if (best && second && eitherSideMatches(best.context) && best.score - second.score >= MARGIN) return found(best);
  return { found: false, reason: SEVERAL_TIMES };
}

function found(c: { start: number; end: number }): Attempt {
  return { found: true, start: c.start, end: c.end };
}

/**
 * Nearly the same words: a typo fixed or a word changed inside a long quote. Candidates come from
 * approx-string-match, which only reports the lowest error count it sees; to weigh the best
 * location against a runner-up, each found location is blanked out and the search repeated.
 */
function byFuzzyMatch(
  oldText: string,
  newText: string,
  exact: string,
  span: { start: number; end: number } | null,
  mapped: { start: number; end: number } | null,
  oldPrefix: string,
  oldSuffix: string,
  carried: (start: number, end: number) => number,
  hint: number | null,
): Attempt {
  const budget = fuzzyErrorBudget(exact.length);
  if (budget === 0 || newText.length === 0) return null;

  const candidates: FuzzyCandidate[] = [];
  const consider = (m: Match): void => {
    const context = contextAt(newText, m.start, m.end, oldPrefix, oldSuffix);
    const share = carried(m.start, m.end);
    candidates.push({
      ...m,
      context,
      carried: share,
      score: 1 - m.errors / exact.length + contextScore(context, oldPrefix, oldSuffix) + 0.5 * share + 0.1 * proximity(m.start, hint, newText.length),
    });
  };

  // Where the diff put the old boundaries is the claim's span as edited, even when the matcher
  // would trim a word off it for one error fewer (an emoji inserted after its first letter).
  const inPlace = mapped ? measured(newText, exact, budget, mapped.start, mapped.end) : null;
  if (inPlace) consider(inPlace);

  const blank = absentCodeUnit(exact);
  let searched = newText;
  for (let round = 0; round < FUZZY_CANDIDATES && candidates.length < FUZZY_CANDIDATES; round++) {
    const matches = search(searched, exact, budget);
    if (matches.length === 0) break;
    for (const cluster of clusters(matches)) {
      const from = Math.min(...cluster.map((m) => m.start));
      const to = Math.max(...cluster.map((m) => m.end));
      searched = searched.slice(0, from) + blank.repeat(to - from) + searched.slice(to);
      if (inPlace && from < inPlace.end && to > inPlace.start) continue;
      const chosen = settle(newText, exact, budget, cluster, mapped);
      if (chosen) consider(chosen);
    }
  }
  if (candidates.length === 0) return null;

  candidates.sort((a, b) => b.score - a.score);
  const [best, second] = candidates;
  if (!best) return null;
  // Either the diff carried most of the claim's characters here and some context agrees, or the
  // context agrees on both sides: otherwise these are similar words elsewhere, not the claim's.
  const supported = (eitherSideMatches(best.context) && best.carried >= ALIGNED_MATCH) || bothSidesMatch(best.context);
  if (!supported) return { found: false, reason: "its words were changed; similar words remain, but not where the claim was" };
  if (second && best.score - second.score < MARGIN) {
    return { found: false, reason: "its words were changed, and similar words occur several times" };
  }
  // If the new words were already in the old text somewhere else, they may be those words, with
  // the claim's own deleted (a repeated sentence whose first copy was removed): do not guess.
  const newWords = newText.slice(best.start, best.end);
  const elsewhereBefore = occurrences(oldText, newWords).some((at) => !span || at + newWords.length <= span.start || at >= span.end);
  if (elsewhereBefore) return { found: false, reason: "its words were deleted; the closest words were already elsewhere in the article" };
  return found(best);
}

interface Match {
  start: number;
  end: number;
  errors: number;
}

/** approx-string-match reports every end position of one fuzzy occurrence; group them. */
function clusters(matches: readonly Match[]): Match[][] {
  const sorted = [...matches].sort((a, b) => a.start - b.start || a.end - b.end);
  const groups: Match[][] = [];
  let groupEnd = -1;
  for (const m of sorted) {
    const last = groups[groups.length - 1];
    if (last && m.start < groupEnd) {
      last.push(m);
      groupEnd = Math.max(groupEnd, m.end);
    } else {
      groups.push([m]);
      groupEnd = m.end;
    }
  }
  return groups;
}

/**
 * One span for a fuzzy occurrence: its variants widened or narrowed so none splits a surrogate
 * pair, re-measured against the real text (the searched text may have blanks), then the one with
 * fewest errors, nearest to where the diff put the old span, closest in length.
 */
function settle(text: string, exact: string, budget: number, cluster: readonly Match[], mapped: { start: number; end: number } | null): Match | null {
  // Repetitive text can report hundreds of end positions for one place; measuring each against a
  // long quote would be quadratic, and the few nearest the expected boundaries are the ones to try.
  const nearest = [...cluster].sort((a, b) => variantDistance(a, exact, mapped) - variantDistance(b, exact, mapped)).slice(0, SETTLE_VARIANTS);
  let best: Match | null = null;
  let bestKey: [number, number, number] = [Infinity, Infinity, Infinity];
  for (const m of nearest) {
    for (const start of surrogateSafe(text, m.start)) {
      for (const end of surrogateSafe(text, m.end)) {
        const candidate = measured(text, exact, budget, start, end);
        if (!candidate) continue;
        const { errors } = candidate;
        const offHint = mapped ? Math.abs(start - mapped.start) + Math.abs(end - mapped.end) : 0;
        const key: [number, number, number] = [errors, offHint, Math.abs(end - start - exact.length)];
        if (lexicographicallyLess(key, bestKey)) {
          bestKey = key;
          best = { start, end, errors };
        }
      }
    }
  }
  return best;
}

function variantDistance(m: Match, exact: string, mapped: { start: number; end: number } | null): number {
  return mapped ? Math.abs(m.start - mapped.start) + Math.abs(m.end - mapped.end) : Math.abs(m.end - m.start - exact.length);
}

/** The span with its edit distance from `exact`, if it is a usable fuzzy match at all. */
function measured(text: string, exact: string, budget: number, start: number, end: number): Match | null {
  if (end <= start || splitsSurrogatePair(text, start) || splitsSurrogatePair(text, end)) return null;
  const errors = boundedEditDistance(exact, text.slice(start, end), budget);
  return errors > budget ? null : { start, end, errors };
}

function lexicographicallyLess(a: readonly number[], b: readonly number[]): boolean {
  for (let i = 0; i < a.length; i++) {
    const x = a[i] ?? 0;
    const y = b[i] ?? 0;
    if (x !== y) return x < y;
  }
  return false;
}

function surrogateSafe(text: string, index: number): number[] {
  return splitsSurrogatePair(text, index) ? [index - 1, index + 1] : [index];
}

function anchored(newText: string, start: number, end: number, method: "position" | "quote" | "fuzzy"): ReanchorResult {
  return { status: "anchored", selector: selectorAt(newText, start, end), method };
}

function orphaned(reason: string): ReanchorResult {
  return { status: "orphaned", reason };
}
