/**
 * The draft comparison of a story: loads its articles' texts, recorded claims and claim
 * suggestions, hands them to the pure engine (draft.ts), and
 * accepts or rejects a drafted item. Accepting is one transaction through the domain services
 * (proposition, claims, links: the versioned-kind ritual, audited), everything `needs_review`.
 */
import { createHash } from "node:crypto";
import { findArticleText } from "@/data/articles";
import { findStoryClaims } from "@/data/claims";
import { inTransaction } from "@/data/db";
import { findDraftDecision, findDraftDecisions, findStoryArticleTexts, insertDraftDecision } from "@/data/draft";
import { findProposition, findStoryPropositions } from "@/data/propositions";
import { findArticleDecisions } from "@/data/suggestion-decisions";
import { selectorAt, type TextSelector } from "@/domain/anchoring/quote";
import type { Actor } from "@/domain/auth/actor";
import { assertCanChangeContent } from "@/domain/auth/permissions";
import { addClaim } from "@/domain/claims/service";
import { DomainError, invalidInput, parseInput } from "@/domain/errors";
import { addLink } from "@/domain/links/service";
import { addProposition, toPropositionDto } from "@/domain/propositions/service";
import type { PropositionDto } from "@/domain/propositions/schemas";
import { requireStory } from "@/domain/stories/service";
import type { Sourcing, Stance } from "@/domain/vocabulary";
import type { DivergenceReason } from "./divergence";
import { type DraftCandidate, draftGroups } from "./draft";
import { DraftAcceptInput, DraftQuery, DraftRejectInput } from "./draft-schemas";
import { personKey } from "./sources";
import { propositionStatement, statementOf } from "./statement";
import { suggestClaims } from "./suggest";

export interface DraftClaimDto {
  articleId: string;
  selector: TextSelector;
  revisionId: string;
  statement: string;
  sourcing: Sourcing;
  source: string;
  cue: string;
  stance: Stance;
  claimId?: string;
}

export interface DraftItemDto {
  key: string;
  statement: string;
  score: number;
  claims: DraftClaimDto[];
  reasons: DivergenceReason[];
  reasonText: string;
}

type Candidate = DraftCandidate & Omit<DraftClaimDto, "stance">;

const DEFAULT_LIMIT = 50;

/**
 * The item's key: the same words give the same key, whether suggested or recorded since (accepting
 * an item records its claims; the key it is remembered by stays).
 */
export function draftKey(claims: readonly Pick<DraftClaimDto, "revisionId" | "selector">[]): string {
  const parts = claims.map((c) => `${c.revisionId}:${c.selector.start}-${c.selector.end}`).sort();
  return createHash("sha256").update(parts.join("|")).digest("hex").slice(0, 16);
}

/**
 * Every anchored claim of the story (linked ones too: a claim can speak to several propositions) and
 * the suggestions around them; with, per claim, the propositions it is linked to.
 */
async function draftCandidates(storyId: string): Promise<{ candidates: Candidate[]; articles: number; linkedTo: Map<string, Set<string>> }> {
  const [articles, claims, propositions] = await Promise.all([findStoryArticleTexts(storyId), findStoryClaims(storyId), findStoryPropositions(storyId)]);
  const linkedTo = new Map<string, Set<string>>();
  for (const p of propositions) for (const l of p.links) linkedTo.set(l.claim.id, (linkedTo.get(l.claim.id) ?? new Set()).add(p.id));
  const candidates: Candidate[] = [];
  for (const article of articles) {
    const revision = article.currentRevision!;
    const anchored = claims.filter((c) => c.articleId === article.id && c.revisionId === revision.id && !c.orphaned);
    for (const c of anchored) {
      const selector = selectorAt(revision.text, c.start, c.end);
      candidates.push({ ...claimFields(c), articleId: article.id, revisionId: revision.id, selector, exact: selector.exact, claimId: c.id });
    }
    const suggestions = suggestClaims({ text: revision.text, claims: anchored, decided: await findArticleDecisions(article.id), ownVoice: "all" });
    for (const s of suggestions) {
      const selector = selectorAt(revision.text, s.start, s.end);
      const statement = statementOf(s.exact);
      candidates.push({
        articleId: article.id,
        revisionId: revision.id,
        selector,
        exact: s.exact,
        statement,
        sourcing: s.sourcing,
        source: s.source,
        cue: s.cue,
      });
    }
  }
  foldSources(candidates);
  return { candidates, articles: articles.length, linkedTo };
}

/**
 * One person, one source across the story: suggested words attributed to "Vučić" in one article and
 * to "Aleksandar Vucic" in another carry the story's first spelling. Recorded claims keep the editor's.
 */
function foldSources(candidates: Candidate[]): void {
  const first = new Map<string, string>();
  for (const c of candidates) {
    const key = c.source === "the author" ? undefined : personKey(c.source);
    if (!key) continue;
    if (!first.has(key)) first.set(key, c.source);
    else if (!c.claimId) c.source = first.get(key)!;
  }
}

/** Every claim of the item is recorded and linked to one same proposition: compared already. */
function comparedAlready(claims: readonly DraftClaimDto[], linkedTo: ReadonlyMap<string, ReadonlySet<string>>): boolean {
  const [first, ...rest] = claims.map((c) => (c.claimId ? linkedTo.get(c.claimId) : undefined));
  if (!first) return false;
  return [...first].some((p) => rest.every((s) => s?.has(p)));
}

const claimFields = (c: { statement: string; sourcing: Sourcing; source: string; cue: string }) => ({
  statement: c.statement,
  sourcing: c.sourcing,
  source: c.source,
  cue: c.cue,
});

export async function listDraft(actor: Actor, storyId: string, query: unknown): Promise<{ items: DraftItemDto[] }> {
  const { limit = DEFAULT_LIMIT } = parseInput(DraftQuery, query, "The query");
  await requireStory(actor, storyId);
  const [{ candidates, articles, linkedTo }, decisions] = await Promise.all([draftCandidates(storyId), findDraftDecisions(storyId)]);
  const decided = new Set(decisions.map((d) => d.key));
  const items: DraftItemDto[] = [];
  for (const g of draftGroups(candidates, { articles })) {
    const claims = g.members.map((i, k): DraftClaimDto => {
      const { exact: _e, ...c } = candidates[i]!;
      return { ...c, stance: g.stances[k]! };
    });
    const key = draftKey(claims);
    if (decided.has(key) || comparedAlready(claims, linkedTo)) continue;
    items.push({
      key,
      statement: propositionStatement(claims[0]!.statement),
      score: g.score,
      claims,
      reasons: g.reasons,
      reasonText: g.reasons.map((r) => r.text).join("; "),
    });
    if (items.length >= limit) break;
  }
  return { items };
}

function assertCanAcceptDrafts(actor: Actor) {
  assertCanChangeContent(actor, "create", "proposition");
  assertCanChangeContent(actor, "create", "claim");
  assertCanChangeContent(actor, "create", "link");
}

const alreadyDecided = (outcome: string) =>
  new DomainError("conflict", `This drafted item was already ${outcome}. Reload the draft.`, [{ path: "key", message: `already ${outcome}` }]);

/** Creates the proposition, the claims not yet recorded and the links, in one transaction; all `needs_review`. */
export async function acceptDraftItem(actor: Actor, storyId: string, input: unknown): Promise<{ proposition: PropositionDto }> {
  const body = parseInput(DraftAcceptInput, input);
  assertCanAcceptDrafts(actor);
  const ids = body.claims.flatMap((c) => ("claimId" in c ? [c.claimId] : []));
  const twice = ids.find((id, i) => ids.indexOf(id) !== i);
  if (twice) throw invalidInput("The item names one claim twice.", [{ path: "claims", message: `claim ${twice} is named twice` }]);
  return inTransaction(async (tx) => {
    const earlier = await findDraftDecision(tx, storyId, body.key);
    if (earlier) throw alreadyDecided(earlier.outcome);
    const proposition = await addProposition(tx, actor, storyId, { statement: body.statement });
    for (const [i, c] of body.claims.entries()) {
      const path = `claims.${i}.`;
      let claimId: string;
      if ("claimId" in c) claimId = c.claimId;
      else {
        const article = await findArticleText(c.articleId, { tx });
        if (!article || article.storyId !== storyId) {
          throw invalidInput("A drafted claim must be in an article of this story.", [
            { path: `${path}articleId`, message: "is not a live article of this story" },
          ]);
        }
        const { stance: _s, articleId, ...fields } = c;
        claimId = (await addClaim(tx, actor, articleId, { ...fields, status: "needs_review" }, path)).id;
      }
      await addLink(tx, actor, proposition, { claimId, stance: c.stance, status: "needs_review" }, `${path}claimId`);
    }
    await insertDraftDecision(tx, { storyId, key: body.key, outcome: "accepted", propositionId: proposition.id, decidedById: actor.userId });
    return { proposition: toPropositionDto((await findProposition(proposition.id, { tx }))!) };
  });
}

/** Remembers the rejection: the same item is not drafted again. */
export async function rejectDraftItem(actor: Actor, storyId: string, input: unknown): Promise<{ outcome: "rejected" }> {
  const { key } = parseInput(DraftRejectInput, input);
  assertCanAcceptDrafts(actor);
  await requireStory(actor, storyId);
  await inTransaction(async (tx) => {
    const earlier = await findDraftDecision(tx, storyId, key);
    if (earlier) throw alreadyDecided(earlier.outcome);
    await insertDraftDecision(tx, { storyId, key, outcome: "rejected", decidedById: actor.userId });
  });
  return { outcome: "rejected" };
}
