import type { Metadata } from "next";
import Link from "next/link";
import { can } from "@/domain/auth/can";

import { ComparisonMatrix } from "@/features/comparison/ComparisonMatrix";
import { ApprovedOnlySwitch } from "@/features/comparison/ApprovedOnlySwitch";
import { HeadlineFigures } from "@/features/comparison/HeadlineFigures";
import { OrphanedClaimsNotice } from "@/features/comparison/OrphanedClaimsNotice";
import { unlinkedClaimRows } from "@/features/comparison/suggest-proposition";
import { PairsSection } from "@/features/comparison/PairsSection";
import { SourcingMixSection } from "@/features/comparison/SourcingMixSection";
import { dashboardParams, type DashboardSearchParams } from "@/features/comparison/dashboard-params";
import { UnlinkedClaims } from "@/features/comparison/UnlinkedClaims";
import { loadDashboard } from "@/features/comparison/load-dashboard";
import { DraftPanel } from "@/features/draft/DraftPanel";
import { StoryHeader } from "@/features/stories/StoryHeader";
import { requirePageActor } from "@/server/auth/page-actor";
import { storyForPage } from "@/server/page-data";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<DashboardSearchParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const actor = await requirePageActor(`/stories/${id}`);
  const story = await storyForPage(actor, id);
  return { title: story.title };
}

/** The story dashboard: headline figures, the comparison matrix, and the charts. */
export default async function StoryDashboardPage({ params, searchParams }: Props) {
  const { id } = await params;
  const view = dashboardParams(id, await searchParams);
  const actor = await requirePageActor(`/stories/${id}`);
  const { story, comparison, counts, unlinked, rows, rowTotal, commentCounts } = await loadDashboard(actor, id, view);
  const propositionChoices = comparison.propositions.map((p) => ({ id: p.id, statement: p.statement }));
  const unlinkedClaims = (
    <UnlinkedClaims
      storyId={id}
      total={unlinked.total}
      claims={unlinkedClaimRows(propositionChoices, unlinked.items)}
      articleTitles={Object.fromEntries(story.articles.map((a) => [a.id, a.title]))}
      propositions={propositionChoices}
      canLink={can(actor, "create")}
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
          <ApprovedOnlySwitch storyId={id} approvedOnly={view.approvedOnly} keep={view.keep} />
          <HeadlineFigures comparison={comparison} />
          <ComparisonMatrix
            storyId={id}
            canEdit={can(actor, "create")}
            canReview={can(actor, "review")}
            approvedOnly={view.approvedOnly}
            comparison={comparison}
            rows={rows}
            total={rowTotal}
            filter={view.filter}
            sort={view.order}
            stamp={story.updatedAt}
            commentCounts={commentCounts}
            viewer={{ userId: actor.userId, role: actor.role }}
          />
          <DraftPanel storyId={id} canDecide={can(actor, "create")} articles={story.articles} />
          {unlinkedClaims}
          <div className="dash-grid">
            <SourcingMixSection articles={story.articles} counts={counts} />
            <PairsSection comparison={comparison} allPairs={view.allPairs} pairsHref={view.pairsHref} />
          </div>
        </>
      )}
      {story.articles.length < 2 && unlinkedClaims}
    </>
  );
}
