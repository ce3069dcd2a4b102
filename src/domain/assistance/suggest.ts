/**
 * Claim suggestions for an article's text: every sentence or clause worth recording, with a
 * proposed sourcing, source and the cue words that justify it, best first. Pure: takes the text,
 * the recorded claims' spans and the remembered decisions. Linear in the text's length (plus
 * sorting the claims and the suggestions).
 */
import type { Sourcing } from "@/domain/vocabulary";
import { analyseClause, type Context, type Cue, updateContext, WORDS_OF } from "./cues";
import { isShoutedFurniture, sectionLabel } from "./section-labels";
import { articlePeople, resolveSource } from "./sources";
import { splitClauses, splitSentences, type Span } from "./sentences";

/**
 * Of the sentences an outlet asserts in its own voice (no attribution, no hedge), only the most
 * checkable are offered: at most this share of the article's sentences (and at least 2). Claims with
 * sourcing cues are always offered; they are what the comparison is about. Without a budget a
 * plain news text had 15 of its 16 sentences suggested (issue 15, bug 7).
 */
const OWN_VOICE_SHARE = 0.2;

const isOwnVoice = (s: ClaimSuggestion) => s.sourcing === "confirmed" && s.source === "the author" && s.cues.length === 0;

export interface ClaimSuggestion {
  start: number;
  end: number;
  exact: string;
  sourcing: Sourcing;
  source: string;
  /** The cue words, as a claim's `cue` field records them. */
  cue: string;
  cues: Cue[];
  score: number;
  why: string;
}

export interface SuggestInput {
  text: string;
  /** Spans of the recorded claims: no suggestion overlaps one. */
  claims?: readonly Span[];
  /** Remembered decisions: a suggestion with the same words at the same place is not offered again. */
  decided?: readonly { exact: string; start: number; end: number }[];
  /** At most this many, best first (default: all). */
  limit?: number;
  /**
   * "budget" (the default): only the most checkable of the sentences the outlet asserts in its own
   * voice; "all": every one (the draft comparison, where a plain sentence matters when another
   * article says otherwise).
   */
  ownVoice?: "budget" | "all";
}

export function suggestClaims({ text, claims = [], decided = [], limit, ownVoice: keep = "budget" }: SuggestInput): ClaimSuggestion[] {
  const out: ClaimSuggestion[] = [];
  let context: Context = {};
  const sentences = splitSentences(text);
  for (const whole of sentences) {
    // "PROBLEM: …" is a claim without its label; "SOURCE: …" and "ADVERTISEMENT" are not claims.
    const label = sectionLabel(text, whole);
    if (label?.furniture || isShoutedFurniture(text, whole)) continue;
    // "These were the words of X." only names the speaker of the quotation before it (cues.ts).
    if (WORDS_OF.test(text.slice(whole.start, whole.end))) continue;
    const sentence = label ? { start: label.end, end: whole.end } : whole;
    if (sentence.end <= sentence.start) continue;
    const clauses = splitClauses(text, sentence);
    let analysed = clauses.map((c) => ({ span: c, result: analyseClause(text, c.start, c.end, context) }));
    // Clauses stand alone only when at least two of them carry different cues ("X is not the
    // source, said Vučić, but it could also be …"); otherwise the sentence is the unit.
    const cued = analysed.filter((a) => a.result && a.result.cues.length > 0);
    if (clauses.length > 1 && new Set(cued.map((a) => `${a.result!.sourcing}|${a.result!.source}`)).size < 2) {
      analysed = [{ span: sentence, result: analyseClause(text, sentence.start, sentence.end, context) }];
    }
    // Clauses of one sentence with the same sourcing and source read best as one suggestion.
    const merged: typeof analysed = [];
    for (const a of analysed) {
      const prev = merged.at(-1);
      if (prev?.result && a.result && prev.result.sourcing === a.result.sourcing && prev.result.source === a.result.source) {
        prev.span = { start: prev.span.start, end: a.span.end };
        prev.result = { ...prev.result, cues: [...prev.result.cues, ...a.result.cues], score: Math.max(prev.result.score, a.result.score) };
      } else merged.push({ ...a });
    }
    for (const { span, result } of merged) {
      if (result) {
        out.push({
          start: span.start,
          end: span.end,
          exact: text.slice(span.start, span.end),
          sourcing: result.sourcing,
          source: result.source,
          cue: [...new Set(result.cues.filter((c) => c.kind !== "quotation").map((c) => c.text))].join(", "),
          cues: result.cues,
          score: Math.round(result.score * 100) / 100,
          why: result.why,
        });
      }
      context = updateContext(text, span.start, span.end, context, result?.sourcing !== "confirmed" || result.cues.length ? result?.source : undefined);
    }
  }
  // Titles, pronouns' antecedents and spellings of one person name one source (sources.ts).
  const people = articlePeople(text);
  for (const s of out) s.source = resolveSource(s.source, text, people);
  const ownVoice = out.filter(isOwnVoice).sort((a, b) => b.score - a.score || a.start - b.start);
  const overBudget = new Set(keep === "all" ? [] : ownVoice.slice(Math.max(2, Math.ceil(sentences.length * OWN_VOICE_SHARE))));
  if (overBudget.size) out.splice(0, out.length, ...out.filter((s) => !overBudget.has(s)));
  const taken = [...claims].sort((a, b) => a.start - b.start);
  const decidedKeys = new Set(decided.map((d) => `${d.start}:${d.end}:${d.exact}`));
  const decidedWords = new Set(decided.map((d) => d.exact));
  const free = out.filter((s) => !overlapsAny(taken, s) && !decidedKeys.has(`${s.start}:${s.end}:${s.exact}`) && !decidedWords.has(s.exact));
  free.sort((a, b) => b.score - a.score || a.start - b.start);
  return limit === undefined ? free : free.slice(0, limit);
}

/** Binary search in spans sorted by start: does any overlap [s.start, s.end)? */
function overlapsAny(sorted: readonly Span[], s: Span): boolean {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.start < s.end) lo = mid + 1;
    else hi = mid;
  }
  // Spans starting before s.end: any of them ending after s.start overlaps. Claims are short and
  // rarely nested, so walking back stops after a few.
  for (let i = lo - 1; i >= 0; i--) {
    if (sorted[i]!.end > s.start) return true;
    if (s.start - sorted[i]!.start > 20_000) break;
  }
  return false;
}
