import type { MatchSuggestion } from "@/domain/assistance/match";
import type { PropositionDto } from "@/domain/propositions/schemas";

/**
 * Where "Link" on a suggested match puts the link (the same rule as linkSuggestedMatch):
 * - "proposition": the chosen claim joins the suggested proposition;
 * - "mine": the matched claim joins a proposition the chosen claim speaks to (one of `options`);
 * - "theirs": the chosen claim joins a proposition the matched claim speaks to;
 * - "new": neither speaks to one, so a proposition worded like the chosen claim is made.
 */
export interface MatchTargets {
  through: "proposition" | "mine" | "theirs" | "new";
  options: { id: string; statement: string }[];
}

export function matchTargets(m: MatchSuggestion, claimId: string, propositions: readonly PropositionDto[]): MatchTargets {
  if (m.propositionId) return { through: "proposition", options: [{ id: m.propositionId, statement: m.statement }] };
  const speaking = (id: string | undefined) => propositions.filter((p) => p.links.some((l) => l.claimId === id));
  const mine = speaking(claimId);
  if (mine.length > 0) return { through: "mine", options: mine };
  const theirs = speaking(m.claimId);
  if (theirs.length > 0) return { through: "theirs", options: theirs };
  return { through: "new", options: [] };
}

/** The Link button's accessible name: what it links to what, so that no two read the same. */
export function linkMatchLabel(m: MatchSuggestion, claimStatement: string, t: MatchTargets, via: { statement: string } | undefined): string {
  const to = via?.statement ?? "";
  switch (t.through) {
    case "proposition":
      return `Link “${claimStatement}” to suggested proposition “${m.statement}” (${m.stance})`;
    case "mine":
      return `Link “${m.statement}” to “${to}”`;
    case "theirs":
      return `Link “${claimStatement}” to “${to}”, with “${m.statement}”`;
    case "new":
      return `Link “${m.statement}” to a new proposition “${claimStatement}”`;
  }
}
