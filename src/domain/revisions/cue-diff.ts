/**
 * The sourcing cues of a passage, to tell a re-hedged or re-attributed claim from one merely
 * reworded: hedges ("may", "reportedly"), reporting and confirming verbs ("said", "confirmed",
 * "according to"), and the names of who is speaking. The lexicons are the assistance's own
 * (src/domain/assistance/lexicons.ts), so a cue here is what the suggestions would call one.
 */
import { CONFIRMING_VERBS, REPORTING_PHRASES, REPORTING_VERBS, SPECULATIVE_CUES } from "@/domain/assistance/lexicons";
import { phraseMatcher } from "@/domain/assistance/phrases";
import { namedEntities } from "@/domain/assistance/speakers";
import { tokenize } from "@/domain/assistance/text";

export interface PassageCues {
  hedges: string[];
  attribution: string[];
}

const hedges = phraseMatcher(SPECULATIVE_CUES);
const reporting = phraseMatcher(REPORTING_PHRASES);

export function passageCues(text: string): PassageCues {
  const tokens = tokenize(text);
  const hedgeCues = hedges.find(tokens).map((m) => m.phrase.toLowerCase());
  const attribution = [
    ...reporting.find(tokens).map((m) => m.phrase.toLowerCase()),
    ...tokens.filter((t) => REPORTING_VERBS.has(t.norm) || CONFIRMING_VERBS.has(t.norm)).map((t) => t.norm),
    // Who speaks: a name added or removed re-attributes the claim.
    ...namedEntities(tokens, text).map((e) => e.text),
  ];
  return { hedges: [...new Set(hedgeCues)].sort(), attribution: [...new Set(attribution)].sort() };
}

export interface CueChange {
  gained: string[];
  lost: string[];
}

export function cueChange(before: readonly string[], after: readonly string[]): CueChange {
  return { gained: after.filter((c) => !before.includes(c)), lost: before.filter((c) => !after.includes(c)) };
}

/** The sentence (or sentences) around a span: cues such as "said" often sit just outside a claim's quote. */
export function enclosingSentence(text: string, start: number, end: number): string {
  let from = start;
  while (from > 0 && !/[.!?\n]/.test(text[from - 1]!)) from--;
  let to = end;
  while (to < text.length && !/[.!?\n]/.test(text[to - 1] ?? "")) to++;
  return text.slice(from, to);
}
