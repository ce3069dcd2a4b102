/**
 * What a text revision did to one claim, from where its words were in the old text and where
 * re-anchoring put them in the new one (docs/decisions/0023-revision-watch.md):
 *  - orphaned: its words are gone;
 *  - rehedged: a hedge was gained or lost ("may" dropped, "reportedly" added);
 *  - reattributed: a reporting or confirming verb, or a speaker's name, was gained or lost
 *    ("said" became "confirmed", "according to officials" removed);
 *  - reworded: its words changed otherwise;
 *  - moved: the same words in the same sentence, elsewhere in the text;
 *  - unchanged.
 * Cues are read in the claim's sentence, not only in its quote, as they often sit just outside it
 * ("…, Peskov said.").
 */
import { type CueChange, cueChange, enclosingSentence, passageCues } from "./cue-diff";

export type ChangeKind = "unchanged" | "moved" | "reworded" | "rehedged" | "reattributed" | "orphaned";

export interface Span {
  start: number;
  end: number;
  exact: string;
}

export interface ClaimChangeClass {
  kind: ChangeKind;
  hedges: CueChange;
  attribution: CueChange;
}

const none: CueChange = { gained: [], lost: [] };

export function classifyClaimChange(oldText: string, newText: string, before: Span, after: Span | null): ClaimChangeClass {
  if (!after) return { kind: "orphaned", hedges: none, attribution: none };
  const oldSentence = enclosingSentence(oldText, before.start, before.end);
  const newSentence = enclosingSentence(newText, after.start, after.end);
  const oldCues = passageCues(oldSentence);
  const newCues = passageCues(newSentence);
  const hedges = cueChange(oldCues.hedges, newCues.hedges);
  const attribution = cueChange(oldCues.attribution, newCues.attribution);
  const changed = (c: CueChange) => c.gained.length > 0 || c.lost.length > 0;
  if (changed(hedges)) return { kind: "rehedged", hedges, attribution };
  if (changed(attribution)) return { kind: "reattributed", hedges, attribution };
  if (before.exact !== after.exact) return { kind: "reworded", hedges, attribution };
  if (before.start !== after.start || before.end !== after.end) return { kind: "moved", hedges, attribution };
  return { kind: "unchanged", hedges, attribution };
}
