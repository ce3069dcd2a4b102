/**
 * The story's timeline: for each proposition, which article reported it first and how each
 * article treated it over time, and the arrivals and revisions of the articles.
 *
 * When a claim's words appeared: the first revision of its article whose text holds its quote.
 * In the first revision, that is the article's publication date (or, without one, when it was
 * added here); in a later revision, the time of that revision (the outlet added it later).
 */
import { findStoryArticleRevisions } from "@/data/revisions";
import type { Actor } from "@/domain/auth/actor";
import { listPropositions } from "@/domain/propositions/service";
import type { Sourcing } from "@/domain/vocabulary";
import type { Timeline, Treatment } from "./schemas";

type ArticleRevisions = Awaited<ReturnType<typeof findStoryArticleRevisions>>[number];

export async function getStoryTimeline(actor: Actor, storyId: string): Promise<Timeline> {
  const propositions = await listPropositions(actor, storyId);
  const articles = await findStoryArticleRevisions(storyId);
  const byId = new Map(articles.map((a) => [a.id, a]));
  const order = new Map(articles.map((a, i) => [a.id, i]));
  return {
    storyId,
    articles: articles.map((a) => ({
      id: a.id,
      title: a.title,
      outlet: a.outlet,
      publishedAt: a.publishedAt,
      addedAt: a.createdAt.toISOString(),
      revisions: a.revisions.map((r) => ({ revisionId: r.id, number: r.number, createdAt: r.createdAt.toISOString() })),
    })),
    propositions: propositions.map((p) => {
      const treatments = p.links
        .filter((l) => !l.claim.orphaned && byId.has(l.articleId))
        .map((l): Treatment => ({
          articleId: l.articleId,
          claimId: l.claimId,
          stance: l.stance,
          sourcing: l.claim.sourcing,
          exact: l.claim.exact,
          when: whenAppeared(byId.get(l.articleId)!, l.claim.exact),
        }))
        .sort((a, b) => sortKey(a.when.at).localeCompare(sortKey(b.when.at)) || order.get(a.articleId)! - order.get(b.articleId)!);
      return { id: p.id, statement: p.statement, firstReport: treatments[0] ?? null, treatments, sourcingPath: path(treatments.map((t) => t.sourcing)) };
    }),
  };
}

function whenAppeared(article: ArticleRevisions, exact: string): Treatment["when"] {
  const first = article.revisions.find((r) => r.text.includes(exact)) ?? article.revisions[article.revisions.length - 1]!;
  if (first.number > 1) return { at: first.createdAt.toISOString(), basis: "revision", revisionNumber: first.number };
  if (article.publishedAt) return { at: article.publishedAt, basis: "published", revisionNumber: 1 };
  return { at: article.createdAt.toISOString(), basis: "added", revisionNumber: 1 };
}

/**
 * Comparable across precisions and zones: a full timestamp in UTC; a partial date as given
 * ("2020-05" sorts before any day of May 2020 that has a time).
 */
function sortKey(at: string): string {
  if (/T\d{2}:\d{2}/.test(at)) {
    const time = Date.parse(at);
    if (!Number.isNaN(time)) return new Date(time).toISOString();
  }
  return at;
}

/** Consecutive repeats dropped: attributed, attributed, confirmed → attributed, confirmed. */
function path(sourcings: Sourcing[]): Sourcing[] {
  return sourcings.filter((s, i) => i === 0 || sourcings[i - 1] !== s);
}
