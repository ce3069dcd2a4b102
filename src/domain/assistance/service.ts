/**
 * The assistance endpoints: claim suggestions for an article, decisions on them, and match
 * suggestions for a claim. Loads the plain data, hands it to the pure engine (suggest.ts, match.ts).
 */
import { findArticle } from "@/data/articles";
import { findAllArticleClaims, findClaim, findStoryClaims } from "@/data/claims";
import { hiddenWork } from "@/domain/assignments/visibility";
import { inTransaction } from "@/data/db";
import { findStoryPropositions } from "@/data/propositions";
import { findArticleDecisions, insertDecision } from "@/data/suggestion-decisions";
import { selectorAt, type TextSelector } from "@/domain/anchoring/quote";
import type { Actor } from "@/domain/auth/actor";
import { assertCanChangeContent } from "@/domain/auth/permissions";
import { createClaim } from "@/domain/claims/service";
import type { ClaimDto } from "@/domain/claims/schemas";
import { DomainError, invalidInput, notFound, parseInput } from "@/domain/errors";
import type { Sourcing } from "@/domain/vocabulary";
import type { Cue } from "./cues";
import { type MatchCandidate, type MatchSuggestion, suggestMatches } from "./match";
import { MatchesQuery, SuggestionDecisionInput, SuggestionsQuery } from "./schemas";
import { statementOf } from "./statement";
import { suggestClaims } from "./suggest";

export interface SuggestionDto {
  selector: TextSelector;
  revisionId: string;
  sourcing: Sourcing;
  source: string;
  cue: string;
  /** Offsets of the cue words in the revision's text, for highlighting. */
  cues: Cue[];
  score: number;
  /** A proposed wording for the claim's statement. */
  statement: string;
  why: string;
}

export async function listSuggestions(actor: Actor, articleId: string, query: unknown): Promise<{ items: SuggestionDto[]; revisionId: string | null }> {
  const { limit } = parseInput(SuggestionsQuery, query, "The query");
  const article = await findArticle(articleId);
  if (!article) throw notFound(`Article ${articleId}`);
  const revision = article.currentRevision;
  if (!revision) return { items: [], revisionId: null };
  const [claims, decisions, hidden] = await Promise.all([findAllArticleClaims(articleId), findArticleDecisions(articleId), hiddenWork(actor, article.storyId)]);
  const suggestions = suggestClaims({
    text: revision.text,
    // Work hidden in an independent round must not show through as the gaps between suggestions.
    claims: claims.filter((c) => c.revisionId === revision.id && !c.orphaned && !hidden.claimIds.has(c.id)),
    decided: decisions,
    limit,
  });
  return {
    revisionId: revision.id,
    items: suggestions.map((s) => ({
      selector: selectorAt(revision.text, s.start, s.end),
      revisionId: revision.id,
      sourcing: s.sourcing,
      source: s.source,
      cue: s.cue,
      cues: s.cues,
      score: s.score,
      statement: statementOf(s.exact),
      why: s.why,
    })),
  };
}

/**
 * A suggestion is decided once: a second accept (a double click, or two people at once) or a
 * reject after an accept answers 409 instead of recording a duplicate claim.
 */
async function assertUndecided(articleId: string, revisionId: string, span: { start: number; end: number; exact: string; outcome: string }) {
  const earlier = (await findArticleDecisions(articleId)).find((d) => d.revisionId === revisionId && d.start === span.start && d.end === span.end);
  if (earlier) {
    throw new DomainError("conflict", `This suggestion was already ${earlier.outcome}. Reload the suggestions.`, [
      { path: "start", message: `already ${earlier.outcome}` },
    ]);
  }
  if (span.outcome !== "accepted") return;
  const overlapping = (await findAllArticleClaims(articleId)).find(
    (c) => !c.orphaned && c.revisionId === revisionId && c.start < span.end && span.start < c.end,
  );
  if (overlapping) {
    throw new DomainError("conflict", `These words overlap the recorded claim “${overlapping.statement}”. Reload the suggestions.`, [
      { path: "start", message: `overlaps claim ${overlapping.id}` },
    ]);
  }
}

export type DecisionResult = { outcome: "rejected" } | { outcome: "accepted"; claim: ClaimDto };

export async function decideSuggestion(actor: Actor, articleId: string, input: unknown): Promise<DecisionResult> {
  const body = parseInput(SuggestionDecisionInput, input);
  assertCanChangeContent(actor, "create", "claim");
  if (body.end <= body.start) throw invalidInput("The suggestion's span is empty.", [{ path: "end", message: "must be greater than start" }]);
  const article = await findArticle(articleId);
  if (!article?.currentRevision) throw notFound(`Article ${articleId}`);
  const revision = article.currentRevision;
  if (body.revisionId !== revision.id) {
    throw new DomainError("conflict", "The article's text changed since these suggestions were made. Reload them.", [
      { path: "revisionId", message: `the current revision is ${revision.id}` },
    ]);
  }
  if (revision.text.slice(body.start, body.end) !== body.exact) {
    throw invalidInput("The suggestion's words are not at those offsets of the current text.", [
      { path: "exact", message: `the text at ${body.start}–${body.end} differs` },
    ]);
  }
  await assertUndecided(articleId, revision.id, body);
  const decision = { articleId, revisionId: revision.id, exact: body.exact, start: body.start, end: body.end, decidedById: actor.userId };
  if (body.outcome === "rejected") {
    await inTransaction((tx) => insertDecision(tx, { ...decision, outcome: "rejected" }));
    return { outcome: "rejected" };
  }
  const { outcome: _o, ...claimFields } = body;
  // The claim is the decision's effect; remembering it after the claim commits is enough, as a
  // recorded claim already keeps overlapping suggestions away.
  const claim = await createClaim(actor, articleId, claimFields);
  await inTransaction((tx) => insertDecision(tx, { ...decision, outcome: "accepted", claimId: claim.id }));
  return { outcome: "accepted", claim };
}

export async function listMatches(actor: Actor, claimId: string, query: unknown): Promise<{ items: MatchSuggestion[] }> {
  const { limit } = parseInput(MatchesQuery, query, "The query");
  const found = await findClaim(claimId);
  const hidden = found ? await hiddenWork(actor, found.storyId) : null;
  if (!found || hidden!.claimIds.has(found.id)) throw notFound(`Claim ${claimId}`);
  const claim = found;
  const [allClaims, allPropositions] = await Promise.all([findStoryClaims(claim.storyId), findStoryPropositions(claim.storyId)]);
  const claims = allClaims.filter((c) => !hidden!.claimIds.has(c.id));
  const propositions = allPropositions.map((p) => ({ ...p, links: p.links.filter((l) => !hidden!.linkIds.has(l.id)) }));
  // A claim already linked to a proposition the chosen claim speaks to is its counterpart already.
  const counterparts = new Set(propositions.filter((p) => p.links.some((l) => l.claim.id === claim.id)).flatMap((p) => p.links.map((l) => l.claim.id)));
  const candidates: MatchCandidate[] = [
    ...claims
      .filter((c) => c.articleId !== claim.articleId && !counterparts.has(c.id))
      .map((c) => ({ kind: "claim" as const, id: c.id, articleId: c.articleId, statement: c.statement, exact: c.exact, sourcing: c.sourcing })),
    ...propositions
      .filter((p) => !p.links.some((l) => l.claim.id === claim.id))
      .map((p) => ({ kind: "proposition" as const, id: p.id, statement: p.statement })),
  ];
  return {
    items: suggestMatches({ id: claim.id, articleId: claim.articleId, statement: claim.statement, exact: claim.exact, sourcing: claim.sourcing }, candidates, {
      limit,
    }),
  };
}
