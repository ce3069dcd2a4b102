/**
 * Match suggestions for one claim: the claims and propositions of the story's other articles that
 * speak to the same point, ranked by topic similarity, each with a suggested stance and the reasons
 * it may diverge. Pure; O(candidates × their length).
 */
import type { Sourcing, Stance } from "@/domain/vocabulary";
import { type DivergenceReason, divergenceReasons } from "./divergence";
import { buildIndex, cosine, termsOf } from "./similarity";
import { stanceTowards } from "./claim-stance";
import { predictStance, toLinkStance } from "./stance";

export interface MatchTarget {
  id: string;
  articleId: string;
  /** The editor's wording and the quoted words: both say what the claim is about. */
  statement: string;
  exact: string;
}

export type MatchCandidate =
  | { kind: "claim"; id: string; articleId: string; statement: string; exact: string; sourcing: Sourcing }
  | { kind: "proposition"; id: string; statement: string };

export interface MatchSuggestion {
  claimId?: string;
  propositionId?: string;
  articleId?: string;
  statement: string;
  /** For a claim: how it stands towards the chosen one; for a proposition: how the chosen claim would link to it. */
  stance: Stance;
  /** The candidate claim's sourcing, or for a proposition the chosen claim's as the link would carry it. */
  sourcing: Sourcing | null;
  score: number;
  reasons: DivergenceReason[];
  /** The reasons in words, one line. */
  reasonText: string;
}

/** Below this similarity a candidate shares no more than common words. */
export const MIN_MATCH_SCORE = 0.08;

const textOf = (c: { statement: string; exact?: string }) => (c.exact && c.exact !== c.statement ? `${c.statement}. ${c.exact}` : c.statement);

export function suggestMatches(
  target: MatchTarget & { sourcing?: Sourcing },
  candidates: readonly MatchCandidate[],
  { limit = 10 }: { limit?: number } = {},
): MatchSuggestion[] {
  const others = candidates.filter((c) => c.kind === "proposition" || (c.articleId !== target.articleId && c.id !== target.id));
  const targetText = textOf(target);
  const terms = others.map((c) => termsOf(textOf(c)));
  const targetTerms = termsOf(targetText);
  const index = buildIndex([targetTerms, ...terms]);
  const q = index.vector(targetTerms.stems);
  const scored = others
    .map((c, i) => ({ c, score: cosine(q, index.vector(terms[i]!.stems)) + index.nameBonus(targetTerms, terms[i]!) }))
    .filter((x) => x.score >= MIN_MATCH_SCORE)
    .sort((a, b) => b.score - a.score || (a.c.id < b.c.id ? -1 : 1))
    .slice(0, limit);
  return scored.map(({ c, score }) => {
    const reasons = divergenceReasons(targetText, textOf(c));
    const reasonText = reasons.map((r) => r.text).join("; ");
    if (c.kind === "proposition") {
      const { stance } = toLinkStance(predictStance(c.statement, targetText).label);
      return { propositionId: c.id, statement: c.statement, stance, sourcing: target.sourcing ?? null, score: round(score), reasons, reasonText };
    }
    const stance = stanceTowards(targetText, textOf(c));
    return { claimId: c.id, articleId: c.articleId, statement: c.statement, stance, sourcing: c.sourcing, score: round(score), reasons, reasonText };
  });
}

const round = (x: number) => Math.round(x * 1000) / 1000;
