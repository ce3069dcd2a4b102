import type { Metadata } from "next";
import Link from "next/link";
import { can } from "@/domain/auth/can";
import { canChangeContent } from "@/domain/auth/permissions";
import { countClaimsBySourcing } from "@/domain/claims/service";
import { listUnlinkedClaims } from "@/domain/claims/unlinked";
import { getComparison } from "@/domain/comparison/service";
import { propositionCommentCounts } from "@/domain/comments/service";
import { ComparisonMatrix, MATRIX_PAGE_ROWS, matrixFilters, matrixRows, matrixSorts, type MatrixFilter, type MatrixSort } from "@/features/comparison/ComparisonMatrix";
import { ApprovedOnlySwitch } from "@/features/comparison/ApprovedOnlySwitch";
import { HeadlineFigures } from "@/features/comparison/HeadlineFigures";
import { OrphanedClaimsNotice } from "@/features/comparison/OrphanedClaimsNotice";
import { suggestPropositions } from "@/features/comparison/suggest-proposition";
import { UnlinkedClaims } from "@/features/comparison/UnlinkedClaims";
import { PairChart } from "@/features/comparison/PairChart";
import { SourcingMixChart } from "@/features/comparison/SourcingMixChart";
import { StoryHeader } from "@/features/stories/StoryHeader";
import { requirePageActor } from "@/server/auth/page-actor";
import { stampForPage, storyForPage } from "@/server/page-data";
import { pageOrNotFound } from "@/server/page-errors";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ show?: string; sort?: string; rows?: string; pairs?: string; approved?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const actor = await requirePageActor(`/stories/${id}`);
  const story = await storyForPage(actor, id);
  return { title: story.title };
}

const PAIR_CHART_LIMIT = 20;
/** Pairs listed at first (n articles make n(n-1)/2 pairs: 4,950 at 100); all of them on request. */
const PAIR_TABLE_ROWS = 20;
/** Unlinked claims listed on the dashboard; the claims page lists more. */
const UNLINKED_LISTED = 10;

/** The story dashboard: headline figures, the comparison matrix, and the charts. */
export default async function StoryDashboardPage({ params, searchParams }: Props) {
  const { id } = await params;
  const { show, sort, rows: rowsParam, pairs: pairsParam, approved } = await searchParams;
  // "Approved only": the comparison counted over approved claims and approved links (shareable).
  const approvedOnly = approved === "1";
  const actor = await requirePageActor(`/stories/${id}`);
  const filter: MatrixFilter = show && show in matrixFilters ? (show as MatrixFilter) : "all";
  const order: MatrixSort = sort && sort in matrixSorts ? (sort as MatrixSort) : "divergences";
  // Each read of a missing story is the not-found page, whichever rejects first.
  const stamp = await stampForPage(actor, id);
  const [story, comparison, counts, unlinked] = await Promise.all([
    storyForPage(actor, id),
    pageOrNotFound(getComparison(actor, id, stamp, { approvedOnly })),
    pageOrNotFound(countClaimsBySourcing(actor, id, stamp)),
    pageOrNotFound(listUnlinkedClaims(actor, id, UNLINKED_LISTED)),
  ]);
  // The matrix shows a first slice of its rows (more on request); a row's claims load when it opens.
  const allRows = matrixRows(comparison, filter, order);
  const wanted = Number.parseInt(rowsParam ?? "", 10);
  const shownRows = allRows.slice(0, Number.isFinite(wanted) && wanted > 0 ? wanted : MATRIX_PAGE_ROWS);
  const commentCounts = await propositionCommentCounts(actor, shownRows.map((r) => r.p.id));
  const title = new Map(story.articles.map((a) => [a.id, a.title]));
  const mix = story.articles.map((a) => ({ article: a.title, ...(counts.get(a.id) ?? { confirmed: 0, attributed: 0, speculative: 0 }) }));
  // Numbered, so that articles with similar titles stay apart in the chart.
  const number = new Map(story.articles.map((a, i) => [a.id, i + 1]));
  const pairLabel = (articleId: string) => {
    const t = title.get(articleId) ?? "";
    return `${number.get(articleId)}. ${t.length > 14 ? `${t.slice(0, 13)}…` : t}`;
  };
  const pairs = [...comparison.pairs].sort((x, y) => y.divergences - x.divergences || y.agreements - x.agreements);
  const allPairs = pairsParam === "all";
  const listedPairs = allPairs ? pairs : pairs.slice(0, PAIR_TABLE_ROWS);
  const pairsHref = (all: boolean) => {
    const q = new URLSearchParams({ show: filter, sort: order, ...(rowsParam && { rows: rowsParam }), ...(all && { pairs: "all" }), ...(approvedOnly && { approved: "1" }) });
    return `/stories/${id}?${q.toString()}#pairs-title`;
  };
  const propositionChoices = comparison.propositions.map((p) => ({ id: p.id, statement: p.statement }));
  const suggested = suggestPropositions(propositionChoices, unlinked.items.map((c) => ({ id: c.id, statement: c.statement, exact: c.selector.exact })));
  const unlinkedClaims = (
    <UnlinkedClaims
      storyId={id}
      total={unlinked.total}
      claims={unlinked.items.map((c) => ({ id: c.id, articleId: c.articleId, statement: c.statement, exact: c.selector.exact, sourcing: c.sourcing, suggestedId: suggested[c.id] ?? null }))}
      articleTitles={Object.fromEntries(title)}
      propositions={propositionChoices}
      canLink={canChangeContent(actor, "create")}
      moreHref={`/stories/${id}/claims#unlinked-title`}
    />
  );
  return (
    <>
      <StoryHeader story={story} current="dashboard" role={actor.role} showDescription />
      <OrphanedClaimsNotice storyId={id} orphaned={comparison.orphanedClaims} articles={comparison.articles} />
      {story.articles.length < 2 ? (
        <div className="card empty">
          Comparison needs at least two articles. <Link href={`/stories/${id}/articles/new`}>Add an article</Link>.
        </div>
      ) : (
        <>
          <ApprovedOnlySwitch storyId={id} approvedOnly={approvedOnly} keep={{ show, sort, rows: rowsParam, pairs: pairsParam }} />
          <HeadlineFigures comparison={comparison} />
          <ComparisonMatrix
            storyId={id}
            canEdit={can(actor, "create")}
            canReview={can(actor, "review")}
            approvedOnly={approvedOnly}
            comparison={comparison} rows={shownRows} total={allRows.length} filter={filter} sort={order} stamp={story.updatedAt}
            commentCounts={commentCounts} viewer={{ userId: actor.userId, role: actor.role }} />
          {unlinkedClaims}
          <div className="dash-grid">
            <section className="card" aria-labelledby="mix-title">
              <h2 id="mix-title">Sourcing mix per article</h2>
              <p className="muted small">How much each article asserts, attributes or speculates.</p>
              <SourcingMixChart rows={mix} />
            </section>
            <section className="card" aria-labelledby="pairs-title">
              <h2 id="pairs-title">Pairs of articles</h2>
              {story.articles.length >= 3 && (
                <>
                  <p className="muted small">
                    {pairs.length > PAIR_CHART_LIMIT ? `The ${PAIR_CHART_LIMIT} pairs with the most divergences.` : "Agreements and divergences of each pair."}
                  </p>
                  <PairChart
                    rows={pairs.slice(0, PAIR_CHART_LIMIT).map((p) => ({
                      pair: `${pairLabel(p.a)} / ${pairLabel(p.b)}`,
                      agreements: p.agreements,
                      divergences: p.divergences,
                    }))}
                  />
                </>
              )}
              {/* Scrolls on its own, so it must be reachable by keyboard (axe: scrollable-region-focusable). */}
              <div className="table-wrap" style={{ maxHeight: 360, overflow: "auto" }} role="region" aria-label="Pairs of articles, table" tabIndex={0}>
                <table className="pair-table">
                  <thead>
                    <tr>
                      <th scope="col">Article A</th>
                      <th scope="col">Article B</th>
                      <th scope="col">Agree</th>
                      <th scope="col">Diverge</th>
                      <th scope="col">Sourcing gaps</th>
                      <th scope="col">Only A</th>
                      <th scope="col">Only B</th>
                    </tr>
                  </thead>
                  <tbody>
                    {listedPairs.map((p) => (
                      <tr key={`${p.a}-${p.b}`}>
                        <td>{title.get(p.a)}</td>
                        <td>{title.get(p.b)}</td>
                        <td className="num">{p.agreements}</td>
                        <td className="num">{p.divergences}</td>
                        <td className="num">{p.sourcingGaps}</td>
                        <td className="num">{p.onlyInA}</td>
                        <td className="num">{p.onlyInB}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              {pairs.length > PAIR_TABLE_ROWS && (
                <p className="small">
                  {allPairs ? `All ${pairs.length} pairs.` : `The ${PAIR_TABLE_ROWS} pairs with the most divergences, of ${pairs.length}.`}{" "}
                  <Link href={pairsHref(!allPairs)} scroll={false}>
                    {allPairs ? `Show the first ${PAIR_TABLE_ROWS}` : `Show all ${pairs.length} pairs`}
                  </Link>
                </p>
              )}
            </section>
          </div>
        </>
      )}
      {story.articles.length < 2 && unlinkedClaims}
    </>
  );
}
