import type { Metadata } from "next";
import { can } from "@/domain/auth/can";
import { searchClaims } from "@/domain/claims/service";
import { listUnlinkedClaims } from "@/domain/claims/unlinked";
import { getComparison } from "@/domain/comparison/service";
import { getStory } from "@/domain/stories/service";
import { ClaimFilters } from "@/features/claims/ClaimFilters";
import { ClaimsTable } from "@/features/claims/ClaimsTable";
import { unlinkedClaimRows } from "@/features/comparison/suggest-proposition";
import { UnlinkedClaims } from "@/features/comparison/UnlinkedClaims";
import { filtersFromSearchParams, type RawSearchParams } from "@/features/shell/filters-from-search-params";
import { StoryHeader } from "@/features/stories/StoryHeader";
import { requirePageActor } from "@/server/auth/page-actor";
import { pageOrNotFound } from "@/server/page-errors";

export const metadata: Metadata = { title: "Claims" };

/** Unlinked claims listed above the search (the dashboard lists the first few). */
const UNLINKED_LISTED = 50;

type Props = { params: Promise<{ id: string }>; searchParams: Promise<RawSearchParams> };

/** Every claim of a story in one list, with search and filters that live in the URL. */
export default async function StoryClaimsPage({ params, searchParams }: Props) {
  const { id } = await params;
  const filters = filtersFromSearchParams(await searchParams);
  const actor = await requirePageActor(`/stories/${id}/claims`);
  const story = await pageOrNotFound(getStory(actor, id));
  const [result, unlinked, comparison] = await Promise.all([
    searchClaims(actor, id, filters),
    listUnlinkedClaims(actor, id, UNLINKED_LISTED),
    getComparison(actor, id),
  ]);
  const propositions = comparison.propositions.map((p) => ({ id: p.id, statement: p.statement }));
  return (
    <>
      <StoryHeader story={story} current="claims" role={actor.role} />
      <UnlinkedClaims
        storyId={id}
        total={unlinked.total}
        claims={unlinkedClaimRows(propositions, unlinked.items)}
        articleTitles={Object.fromEntries(story.articles.map((a) => [a.id, a.title]))}
        propositions={propositions}
        canLink={can(actor, "create")}
      />
      <ClaimFilters storyId={id} filters={filters} articles={story.articles} authors={result.authors} />
      <ClaimsTable storyId={id} result={result} />
    </>
  );
}
