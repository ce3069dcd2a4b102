/**
 * Cue detection for one clause: which words make it speculative (hedges, modality), attributed
 * (reporting verbs and structures, quotation) or confirmed (on-the-record confirmation, or the
 * outlet's own assertion), and who it is attributed to.
 */
import type { Sourcing } from "@/domain/vocabulary";
import { CONFIRMING_VERBS, NOUN_OR_VERB, PERSON_TITLES, REPORTING_PHRASES, REPORTING_VERBS, SPECULATIVE_CUES } from "./lexicons";
import { phraseMatcher } from "./phrases";
import { isPronoun, type NamedEntity, namedEntities } from "./speakers";
import { isNumberWord, type Token, tokenize } from "./text";

export type CueKind = "hedge" | "reporting" | "quotation" | "confirmation";

export interface Cue {
  kind: CueKind;
  text: string;
  start: number;
  end: number;
}

export interface ClauseAnalysis {
  sourcing: Sourcing;
  source: string;
  cues: Cue[];
  score: number;
  /** Why this sourcing, in words. */
  why: string;
}

const speculative = phraseMatcher(SPECULATIVE_CUES);
const reportingPhrases = phraseMatcher(REPORTING_PHRASES);

/** What the analysis of earlier text hands on: the names seen so far, nearest last. */
export interface Context {
  lastEntity?: NamedEntity;
  lastTitled?: NamedEntity;
  /** The last resolved speaker: "It was confirmed …" most often continues with them. */
  lastSpeaker?: string;
  /** The last mention of a person ("He said …"): a titled name, or a name already seen speaking. */
  lastPerson?: string;
  /** Surnames of the people seen so far. */
  people?: Set<string>;
}

/** Verbs that report only with a complement ("added that", "noted:"); otherwise "maintain relations". */
const NEEDS_COMPLEMENT = new Set([
  "maintain",
  "maintains",
  "maintained",
  "acknowledge",
  "acknowledged",
  "add",
  "adds",
  "added",
  "note",
  "noted",
  "stress",
  "stressed",
  "point",
  "pointed",
  "describe",
  "described",
  "suggested",
  "explain",
  "explained",
]);

function resolveFromContext(context: Context): string | undefined {
  return context.lastSpeaker ?? context.lastTitled?.text ?? context.lastEntity?.text;
}

/** "“…” These were the words of the Serbian President, Aleksandar Vučić.": the speaker named after a quotation. */
export const WORDS_OF = /^\s*(?:these|those|this|that|such) (?:were|was|are|is) (?:the )?(?:words|remarks|comments|statement) of\s+/i;

function speakerNamedAfter(text: string, end: number): string | undefined {
  const tail = text.slice(end, end + 240);
  const lead = tail.match(WORDS_OF);
  if (!lead) return undefined;
  const rest = tail.slice(lead[0].length).split(/[.;!?\n](?:\s|$)/)[0]!;
  const entities = namedEntities(tokenize(rest), rest);
  // "the Serbian President, Aleksandar Vučić": the personal name over the office.
  return (entities.find((e) => !e.titled) ?? entities[0])?.text;
}

function cueOf(kind: CueKind, tokens: readonly Token[], from: number, to: number, text: string): Cue {
  const start = tokens[from]!.start;
  const end = tokens[to - 1]!.end;
  return { kind, text: text.slice(start, end), start, end };
}

/** "May 2020", "in May": the month, not the modal. */
function isMonthMay(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  if (t.text !== "May") return false;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  return (
    i > 0 ||
    (next !== undefined && isNumberWord(next.norm)) ||
    (prev !== undefined && ["in", "of", "since", "until", "early", "late", "mid"].includes(prev.norm))
  );
}

const QUOTED = /["“”„«»]([^"“”„«»]{12,})["“”„«»]/u;

/** The noun phrase after "according to": up to the next comma or full stop, at most 8 words. */
function phraseAfter(text: string, from: number): string {
  const rest =
    text
      .slice(from)
      .match(/^\s*([^,.;:"“”\n]{2,80})/u)?.[1]
      ?.trim() ?? "";
  return rest.split(/\s+/).slice(0, 8).join(" ");
}

function nearestEntity(entities: readonly NamedEntity[], at: number, before: boolean): NamedEntity | undefined {
  let best: NamedEntity | undefined;
  for (const e of entities) {
    if (before ? e.end <= at && (!best || e.end > best.end) : e.start >= at && (!best || e.start < best.start)) best = e;
  }
  return best;
}

export function analyseClause(text: string, start: number, end: number, context: Context): ClauseAnalysis | null {
  const tokens = tokenize(text.slice(start, end)).map((t) => ({ ...t, start: t.start + start, end: t.end + start }));
  if (tokens.length < 5) return null;
  const entities = namedEntities(tokens, text);
  const cues: Cue[] = [];

  for (const m of speculative.find(tokens)) {
    if (m.to - m.from === 1 && isMonthMay(tokens, m.from)) continue;
    cues.push(cueOf("hedge", tokens, m.from, m.to, text));
  }
  let speaker: string | undefined;
  let named = false;
  for (const m of reportingPhrases.find(tokens)) {
    const cue = cueOf("reporting", tokens, m.from, m.to, text);
    cues.push(cue);
    speaker ??= phraseAfter(text, cue.end) || undefined;
    named ||= Boolean(speaker);
  }
  let confirming = false;
  tokens.forEach((t, i) => {
    if (!REPORTING_VERBS.has(t.norm) || cues.some((c) => c.start <= t.start && t.end <= c.end)) return;
    // "reports" after "media"/"news" is a noun ("according to media reports"), covered by the phrase.
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    if (prev && ["media", "news", "press", "the", "a", "an", "these", "those", "some", "many", "such"].includes(prev.norm)) return;
    const afterVerb = text.slice(t.end, t.end + 2);
    const beforeVerb = prev ? text.slice(prev.end, t.start) : "";
    if (NEEDS_COMPLEMENT.has(t.norm) && next?.norm !== "that" && !/^\s*[:,"“]/.test(afterVerb) && !/[,"”]\s*$/.test(beforeVerb)) return;
    if (NOUN_OR_VERB.has(t.norm)) {
      const verbLike = (prev && isPronoun(prev.norm)) || next?.norm === "that" || /^\s*[:,]/.test(text.slice(t.end, t.end + 2));
      if (!verbLike) return;
    }
    const isConfirmation = CONFIRMING_VERBS.has(t.norm);
    cues.push({ kind: isConfirmation ? "confirmation" : "reporting", text: t.text, start: t.start, end: t.end });
    confirming ||= isConfirmation;
    if (speaker) return;
    // "said Vučić" (after a comma or quotation) or "Vučić said" (the subject before the verb).
    const between = prev ? text.slice(prev.end, t.start) : "";
    const after = nearestEntity(entities, t.end, false);
    const before = nearestEntity(entities, t.start, true);
    if (prev && (prev.norm === "he" || prev.norm === "she")) {
      speaker = context.lastPerson ?? resolveFromContext(context);
      named = Boolean(speaker);
    } else if (prev && (isPronoun(prev.norm) || ["been", "was", "were", "is"].includes(prev.norm))) {
      speaker = resolveFromContext(context);
      named = Boolean(speaker);
    } else if (/[,"”]\s*$/.test(between) && after && after.start - t.end < 4) {
      speaker = after.text;
      named = true;
    } else if (/[,"”]\s*$/.test(between) && /^\s+the\s/i.test(text.slice(t.end, t.end + 6))) {
      // "…,” said the Serbian president": the description is the source.
      speaker = phraseAfter(text, t.end);
      named = Boolean(speaker);
    } else if (before) {
      speaker = before.text;
      named = true;
    } else if (after && after.start - t.end < 40) {
      speaker = after.text;
      named = true;
    } else {
      speaker = resolveFromContext(context);
      named = Boolean(speaker);
    }
  });
  const quote = text.slice(start, end).match(QUOTED);
  if (quote?.index !== undefined) {
    const qs = start + quote.index;
    cues.push({ kind: "quotation", text: quote[0], start: qs, end: qs + quote[0].length });
    if (!speaker) {
      speaker = speakerNamedAfter(text, end) ?? nearestEntity(entities, qs, true)?.text ?? context.lastPerson ?? resolveFromContext(context);
      named = Boolean(speaker);
    }
  }
  cues.sort((a, b) => a.start - b.start);

  const hedges = cues.filter((c) => c.kind === "hedge");
  const reported = cues.some((c) => c.kind !== "hedge");
  const question = /\?\s*["”]?$/.test(text.slice(start, end));
  // A question in the outlet's voice asserts nothing (a quoted one is still somebody's words).
  if (question && !reported) return null;
  if (hedges.length) {
    return {
      sourcing: "speculative",
      source: speaker ?? "the author",
      cues,
      score: Math.min(0.95, 0.75 + 0.05 * hedges.length + (named ? 0.05 : 0)),
      why: `hedged (${hedges.map((c) => `“${c.text}”`).join(", ")})${speaker ? `, attributed to ${speaker}` : ""}`,
    };
  }
  if (confirming && named) {
    return { sourcing: "confirmed", source: speaker!, cues, score: 0.85, why: `confirmed on the record by ${speaker}` };
  }
  if (reported) {
    return {
      sourcing: "attributed",
      source: speaker ?? "unnamed source",
      cues,
      score: named ? 0.85 : 0.6,
      why: speaker ? `reported as what ${speaker} says` : "reported speech without a named speaker",
    };
  }
  if (question || tokens.length < 8 || !/[.!"”’)]$/.test(text.slice(start, end))) return null;
  // The outlet's own voice: worth recording when it asserts checkable facts (names, numbers).
  const facts = entities.length + tokens.filter((t) => isNumberWord(t.norm)).length;
  if (!facts) return null;
  return { sourcing: "confirmed", source: "the author", cues, score: Math.min(0.6, 0.3 + 0.1 * facts), why: "asserted in the outlet's own voice" };
}

/** The names a clause hands on to the next (for pronouns: "He said …"). */
export function updateContext(text: string, start: number, end: number, context: Context, speaker?: string): Context {
  const tokens = tokenize(text.slice(start, end)).map((t) => ({ ...t, start: t.start + start, end: t.end + start }));
  const entities = namedEntities(tokens, text);
  const last = entities.at(-1);
  const isPerson = (e: NamedEntity) => e.text.split(/\s+/).some((w) => PERSON_TITLES.has(w.toLowerCase().replace(/\./g, "")));
  const lastTitled = [...entities].reverse().find(isPerson);
  const people = new Set(context.people);
  const surname = (name: string) => name.split(/\s+/).at(-1)!.toLowerCase();
  if (speaker && /^\p{Lu}/u.test(speaker) && !GENERIC_SOURCES.has(speaker)) people.add(surname(speaker));
  let lastPerson = context.lastPerson;
  for (const e of entities) {
    if (isPerson(e)) people.add(surname(e.text));
    if (isPerson(e) || people.has(surname(e.text))) lastPerson = e.text;
  }
  if (speaker && people.has(surname(speaker))) lastPerson = speaker;
  return {
    people,
    lastPerson,
    lastEntity: last ?? context.lastEntity,
    lastTitled: lastTitled ?? context.lastTitled,
    lastSpeaker: speaker && !GENERIC_SOURCES.has(speaker) ? speaker : context.lastSpeaker,
  };
}

const GENERIC_SOURCES = new Set(["the author", "unnamed source"]);
