/**
 * The story report for editorial meetings (issue 15, "A report to share"): everything the printable
 * page and the PDF show, read once through the same domain calls as the dashboard, so that the
 * report's figures are the dashboard's. Anyone who can read a story can read its report.
 */
import type { Actor } from "@/domain/auth/actor";
import { countClaimsBySourcing } from "@/domain/claims/service";
import type { Cell, Comparison } from "@/domain/comparison/compute";
import { type RowKind, rowKindRank } from "@/domain/comparison/rows";
import { getComparison } from "@/domain/comparison/service";
import { listPropositions } from "@/domain/propositions/service";
import { getStory, readStoryStamp } from "@/domain/stories/service";
import type { ReviewStatus, Sourcing, Stance, Verdict } from "@/domain/vocabulary-words";

export interface ReportArticle {
  id: string;
  /** 1, 2, …: the article's number in the matrix and the charts. */
  number: number;
  title: string;
  outlet: string;
  author: string;
  publishedAt: string | null;
  url: string | null;
}

export interface ReportClaim {
  claimId: string;
  articleId: string;
  article: string;
  outlet: string;
  stance: Stance;
  sourcing: Sourcing;
  /** The article's own words. */
  exact: string;
  statement: string;
  source: string;
  status: ReviewStatus;
  /** Its words were deleted by an article edit: not counted until repaired. */
  orphaned: boolean;
}

export interface ReportProposition {
  id: string;
  statement: string;
  verdict: Verdict | null;
  rationale: string;
  kind: RowKind;
  /** One cell per article, in the articles' order. */
  cells: Cell[];
  claims: ReportClaim[];
}

export interface ReportPair {
  a: ReportArticle;
  b: ReportArticle;
  agreements: number;
  divergences: number;
  sourcingGaps: number;
  onlyInA: number;
  onlyInB: number;
}

export interface StoryReport {
  story: { id: string; title: string; description: string };
  generatedAt: string;
  generatedBy: string;
  articles: ReportArticle[];
  comparison: Comparison;
  /** Each article's live claims by sourcing. */
  sourcingMix: (Record<Sourcing, number> & { articleId: string; article: string })[];
  /** Most divergences first. */
  pairs: ReportPair[];
  /** Divergences first, then sourcing gaps, only-in, agreements and propositions with no claims (the dashboard's default order). */
  propositions: ReportProposition[];
}

const noClaims: Record<Sourcing, number> = { confirmed: 0, attributed: 0, speculative: 0 };

export async function loadStoryReport(actor: Actor, storyId: string, now = new Date()): Promise<StoryReport> {
  const stamp = await readStoryStamp(actor, storyId);
  const [story, comparison, counts, propositions] = await Promise.all([
    getStory(actor, storyId, stamp),
    getComparison(actor, storyId, stamp),
    countClaimsBySourcing(actor, storyId, stamp),
    listPropositions(actor, storyId),
  ]);
  const articles: ReportArticle[] = story.articles.map((a, i) => ({
    id: a.id,
    number: i + 1,
    title: a.title,
    outlet: a.outlet,
    author: a.author,
    publishedAt: a.publishedAt,
    url: a.url,
  }));
  const byId = new Map(articles.map((a) => [a.id, a]));
  const order = new Map(articles.map((a, i) => [a.id, i]));
  const links = new Map(propositions.map((p) => [p.id, p]));

  const rows = comparison.propositions
    .map((p, index) => ({ p, index }))
    .sort((x, y) => rowKindRank[x.p.kind] - rowKindRank[y.p.kind] || x.index - y.index)
    .map(({ p }): ReportProposition => {
      const full = links.get(p.id);
      const claims = (full?.links ?? [])
        .filter((l) => byId.has(l.articleId))
        .sort((x, y) => order.get(x.articleId)! - order.get(y.articleId)!)
        .map((l) => ({
          claimId: l.claimId,
          articleId: l.articleId,
          article: byId.get(l.articleId)!.title,
          outlet: byId.get(l.articleId)!.outlet,
          stance: l.stance,
          sourcing: l.claim.sourcing,
          exact: l.claim.exact,
          statement: l.claim.statement,
          source: l.claim.source,
          status: l.status,
          orphaned: l.claim.orphaned,
        }));
      return {
        id: p.id,
        statement: p.statement,
        verdict: full?.verdict ?? null,
        rationale: full?.rationale ?? "",
        kind: p.kind,
        cells: articles.map((a) => p.cells[a.id] ?? { stance: "absent", sourcing: null, claimIds: [] }),
        claims,
      };
    });

  const pairs = comparison.pairs
    .filter((p) => byId.has(p.a) && byId.has(p.b))
    .map((p) => ({ ...p, a: byId.get(p.a)!, b: byId.get(p.b)! }))
    .sort((x, y) => y.divergences - x.divergences || y.agreements - x.agreements);

  return {
    story: { id: story.id, title: story.title, description: story.description },
    generatedAt: now.toISOString(),
    generatedBy: actor.name,
    articles,
    comparison,
    sourcingMix: articles.map((a) => ({ articleId: a.id, article: a.title, ...(counts.get(a.id) ?? noClaims) })),
    pairs,
    propositions: rows,
  };
}
