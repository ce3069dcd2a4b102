/**
 * Agreement of an independent round, adjudication of its units and closing it (issue 17;
 * docs/decisions/0021-agreement-and-adjudication.md). Editors only: the figures name every
 * annotator's claims, which the round hides from the annotators themselves.
 */
import { findArticle } from "@/data/articles";
import { findOpenArticleAssignments, findRoundClaims, findRounds, findStoryRounds, findUserNames, insertRound } from "@/data/assignments";
import { inTransaction, type Tx } from "@/data/db";
import { findStoryWithArticles, touchStory } from "@/data/stories";
import { findStoryPropositions } from "@/data/propositions";
import { recordAudit } from "@/domain/audit/record";
import type { Actor } from "@/domain/auth/actor";
import { assignmentKind } from "@/domain/assignments/kind";
import { assertCanAssign } from "@/domain/assignments/service";
import { openRounds } from "@/domain/assignments/visibility";
import { claimKind } from "@/domain/claims/kind";
import type { ClaimDto } from "@/domain/claims/schemas";
import { DomainError, invalidInput, notFound, parseInput } from "@/domain/errors";
import { softDeleteIn, updateAtVersionIn } from "@/domain/versioned/write";
import { articleFigures } from "./article-figures";
import { AdjudicationInput, type ArticleAgreementDto, type ClosedRoundDto, type StoryAgreementDto } from "./schemas";
import { type AnnotatorLink, stanceFigures } from "./stance-figures";

/** What a round stores at close: the answer, and the annotators' links for the story's stance figures. */
type StoredFigures = ArticleAgreementDto & { stanceLinks: Omit<AnnotatorLink, "articleId">[] };

async function requireArticleRow(articleId: string, tx?: Tx) {
  const article = await findArticle(articleId, { tx });
  if (!article) throw notFound(`Article ${articleId}`);
  return article;
}

/** The article's open round, if any: when it started and who annotates it. */
async function openRoundOf(storyId: string, articleId: string, tx?: Tx) {
  return (await openRounds(storyId, { tx })).find((r) => r.articleId === articleId) ?? null;
}

/** The figures of an open round, computed from the annotators' live claims. */
async function liveFigures(article: { id: string; storyId: string }, round: { since: Date; assignees: string[] }, tx?: Tx): Promise<StoredFigures> {
  const [rows, names] = await Promise.all([findRoundClaims(article.id, round.assignees, round.since, { tx }), findUserNames(round.assignees)]);
  const claims = rows.map((c) => ({ id: c.id, userId: c.createdById!, start: c.start, end: c.end, sourcing: c.sourcing, source: c.source }));
  const f = articleFigures(round.assignees, claims);
  const adjudicated = new Set(rows.filter((c) => c.adjudicatedAt).map((c) => c.id));
  const nameOf = new Map(names.map((n) => [n.id, n.name]));
  return {
    articleId: article.id,
    storyId: article.storyId,
    round: { status: "open", id: null, startedAt: round.since.toISOString(), closedAt: null },
    annotators: round.assignees.map((id) => ({ id, name: nameOf.get(id) ?? "(account gone)" })),
    spans: f.spans,
    units: f.units.map((u) => ({ ...u, adjudicated: u.claimIds.find((id) => adjudicated.has(id)) ?? null })),
    sourcing: f.sourcing,
    source: f.source,
    claims: rows.map((c) => ({
      id: c.id,
      userId: c.createdById!,
      start: c.start,
      end: c.end,
      exact: c.exact,
      statement: c.statement,
      sourcing: c.sourcing,
      source: c.source,
      cue: c.cue,
      version: c.version,
      adjudicated: adjudicated.has(c.id),
    })),
    stanceLinks: rows.flatMap((c) =>
      c.links.filter((l) => l.createdById === c.createdById).map((l) => ({ userId: c.createdById!, propositionId: l.propositionId, stance: l.stance })),
    ),
  };
}

const withoutLinks = ({ stanceLinks: _, ...figures }: StoredFigures): ArticleAgreementDto => figures;

function closedFigures(round: { id: string; startedAt: Date; closedAt: Date; figures: unknown }): StoredFigures {
  const stored = round.figures as StoredFigures;
  return { ...stored, round: { status: "closed", id: round.id, startedAt: round.startedAt.toISOString(), closedAt: round.closedAt.toISOString() } };
}

const noRound = (article: { id: string; storyId: string }): StoredFigures => ({
  ...articleFigures([], []),
  articleId: article.id,
  storyId: article.storyId,
  round: { status: "none", id: null, startedAt: null, closedAt: null },
  annotators: [],
  units: [],
  claims: [],
  stanceLinks: [],
});

/** The open round's live figures, or the last closed round's as they were at close, or empty ones. */
async function figuresOf(article: { id: string; storyId: string }): Promise<StoredFigures> {
  const open = await openRoundOf(article.storyId, article.id);
  if (open) return liveFigures(article, open);
  const last = (await findRounds(article.id)).at(-1);
  return last ? closedFigures(last) : noRound(article);
}

export async function getArticleAgreement(actor: Actor, articleId: string): Promise<ArticleAgreementDto> {
  assertCanAssign(actor);
  return withoutLinks(await figuresOf(await requireArticleRow(articleId)));
}

export async function getStoryAgreement(actor: Actor, storyId: string): Promise<StoryAgreementDto> {
  assertCanAssign(actor);
  const story = await findStoryWithArticles(storyId);
  if (!story) throw notFound(`Story ${storyId}`);
  const [perArticle, propositions, rounds] = await Promise.all([
    Promise.all(story.articles.map(async (a) => ({ title: a.title, figures: await figuresOf({ id: a.id, storyId }) }))),
    findStoryPropositions(storyId),
    findStoryRounds(storyId),
  ]);
  const stance = stanceFigures(
    perArticle.map((a) => ({ articleId: a.figures.articleId, annotators: a.figures.annotators.map((x) => x.id) })),
    propositions.map((p) => p.id),
    perArticle.flatMap((a) => (a.figures.stanceLinks ?? []).map((l) => ({ ...l, articleId: a.figures.articleId }))),
  );
  return {
    storyId,
    articles: perArticle.map(({ title, figures }) => {
      const { claims: _, ...rest } = withoutLinks(figures);
      return { ...rest, title };
    }),
    stance,
    rounds: rounds.map((r) => {
      const f = r.figures as StoredFigures;
      return {
        id: r.id,
        articleId: r.articleId,
        startedAt: r.startedAt.toISOString(),
        closedAt: r.closedAt.toISOString(),
        spansF1: f.spans?.f1 ?? null,
        sourcingAlpha: f.sourcing?.alpha ?? null,
      };
    }),
  };
}

function requireOpenRound<T>(round: T | null): T {
  if (!round) throw new DomainError("conflict", "This article has no open independent round: give it to annotators in an independent round first.");
  return round;
}

/** The editor's choice for a unit (one annotator's claim, possibly edited) becomes the claim of record. */
export async function adjudicate(actor: Actor, articleId: string, input: unknown): Promise<ClaimDto> {
  const { unitId, claimId, ...edits } = parseInput(AdjudicationInput, input);
  assertCanAssign(actor);
  return inTransaction(async (tx) => {
    const article = await requireArticleRow(articleId, tx);
    const round = requireOpenRound(await openRoundOf(article.storyId, article.id, tx));
    const figures = await liveFigures(article, round, tx);
    const unit = figures.units.find((u) => u.id === unitId);
    if (!unit) throw notFound(`Unit ${unitId} of this article's round`);
    const members = figures.claims.filter((c) => unit.claimIds.includes(c.id));
    const chosen = members.find((c) => c.id === claimId);
    if (!chosen) throw invalidInput("This claim is not one of the unit's versions.", [{ path: "claimId", message: `is not a claim of unit ${unitId}` }]);
    for (const other of members.filter((c) => c.adjudicated && c.id !== claimId))
      await updateAtVersionIn(tx, claimKind, actor, other.id, other.version, {
        authorize: () => undefined,
        data: () => ({ adjudicatedAt: null }),
        verb: "update",
      });
    const changed = Object.fromEntries(Object.entries(edits).filter(([, v]) => v !== undefined));
    return updateAtVersionIn(tx, claimKind, actor, chosen.id, chosen.version, {
      authorize: () => undefined,
      data: () => ({ ...changed, adjudicatedAt: new Date(), status: "approved", reviewRequestedAt: null }),
      verb: "adjudicate",
    });
  });
}

/**
 * Closes the article's round: the figures are kept as they are now; in each adjudicated unit the
 * other versions are deleted (each deletion audited, so every version stays in the trail and can
 * be restored); the round's work becomes visible to all.
 */
export async function closeRound(actor: Actor, articleId: string): Promise<ClosedRoundDto> {
  assertCanAssign(actor);
  return inTransaction(async (tx) => {
    const article = await requireArticleRow(articleId, tx);
    const round = requireOpenRound(await openRoundOf(article.storyId, article.id, tx));
    const figures = await liveFigures(article, round, tx);
    for (const unit of figures.units.filter((u) => u.adjudicated)) {
      for (const loser of figures.claims.filter((c) => unit.claimIds.includes(c.id) && c.id !== unit.adjudicated))
        await softDeleteIn(tx, claimKind, actor, loser.id, loser.version, () => undefined);
    }
    const closedAt = new Date();
    const stored = { ...figures, round: { ...figures.round, status: "closed" as const, closedAt: closedAt.toISOString() } };
    const row = await insertRound(tx, {
      storyId: article.storyId,
      articleId: article.id,
      startedAt: round.since,
      closedAt,
      closedById: actor.userId,
      figures: stored,
    });
    for (const a of await findOpenArticleAssignments(tx, article.id))
      await updateAtVersionIn(tx, assignmentKind, actor, a.id, a.version, { authorize: () => undefined, data: () => ({ status: "closed" }), verb: "close" });
    await recordAudit(tx, actor, {
      action: "round.close",
      entity: "round",
      entityId: row.id,
      storyId: article.storyId,
      before: null,
      after: { articleId: article.id, annotators: round.assignees, spansF1: figures.spans.f1, sourcingAlpha: figures.sourcing.alpha },
    });
    await touchStory(tx, article.storyId);
    return {
      id: row.id,
      articleId: article.id,
      storyId: article.storyId,
      startedAt: round.since.toISOString(),
      closedAt: closedAt.toISOString(),
      closedById: actor.userId,
      figures: withoutLinks(closedFigures({ ...row, figures: stored })),
    };
  });
}
