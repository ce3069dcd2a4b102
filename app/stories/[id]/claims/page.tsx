import type { Metadata } from "next";
import Link from "next/link";
import { canChangeContent } from "@/domain/auth/permissions";
import { searchClaims } from "@/domain/claims/service";
import { listUnlinkedClaims } from "@/domain/claims/unlinked";
import { getComparison } from "@/domain/comparison/service";
import { getStory } from "@/domain/stories/service";
import { reviewStatuses, sourcings, sourcingLabel, statusLabel } from "@/domain/vocabulary";
import { SourcingBadge, StatusBadge } from "@/features/reader/SourcingBadge";
import { StoryHeader } from "@/features/stories/StoryHeader";
import { suggestPropositions } from "@/features/dashboard/suggest-proposition";
import { UnlinkedClaims } from "@/features/dashboard/UnlinkedClaims";
import { requirePageActor } from "@/server/auth/page-actor";
import { pageOrNotFound } from "@/server/page-errors";

export const metadata: Metadata = { title: "Claims" };

/** Unlinked claims listed above the search (the dashboard lists the first few). */
const UNLINKED_LISTED = 50;

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Every claim of a story in one list, with search and filters that live in the URL. */
export default async function StoryClaimsPage({ params, searchParams }: Props) {
  const { id } = await params;
  const raw = await searchParams;
  const query = Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, Array.isArray(v) ? v.join(",") : v]));
  const actor = await requirePageActor(`/stories/${id}/claims`);
  const story = await pageOrNotFound(getStory(actor, id));
  const [result, unlinked, comparison] = await Promise.all([searchClaims(actor, id, query), listUnlinkedClaims(actor, id, UNLINKED_LISTED), getComparison(actor, id)]);
  const propositions = comparison.propositions.map((p) => ({ id: p.id, statement: p.statement }));
  const suggested = suggestPropositions(propositions, unlinked.items.map((c) => ({ id: c.id, statement: c.statement, exact: c.selector.exact })));
  const selected = (key: string, value: string) => (query[key] ?? "").split(",").includes(value);
  return (
    <>
      <StoryHeader story={story} current="claims" role={actor.role} />
      <UnlinkedClaims
        storyId={id}
        total={unlinked.total}
        claims={unlinked.items.map((c) => ({ id: c.id, articleId: c.articleId, statement: c.statement, exact: c.selector.exact, sourcing: c.sourcing, suggestedId: suggested[c.id] ?? null }))}
        articleTitles={Object.fromEntries(story.articles.map((a) => [a.id, a.title]))}
        propositions={propositions}
        canLink={canChangeContent(actor, "create")}
      />
      <form className="card filters" method="get" aria-label="Search and filter claims">
        <div className="field">
          <label htmlFor="f-q">Search</label>
          <input id="f-q" name="q" type="search" defaultValue={query.q} placeholder="Words in the statement, quote, source or cue" />
        </div>
        <fieldset className="field">
          <legend>Sourcing</legend>
          {sourcings.map((s) => (
            <label key={s} className="check">
              <input type="checkbox" name="sourcing" value={s} defaultChecked={selected("sourcing", s)} /> {sourcingLabel[s]}
            </label>
          ))}
        </fieldset>
        <fieldset className="field">
          <legend>Status</legend>
          {reviewStatuses.map((s) => (
            <label key={s} className="check">
              <input type="checkbox" name="status" value={s} defaultChecked={selected("status", s)} /> {statusLabel[s]}
            </label>
          ))}
        </fieldset>
        <div className="field">
          <label htmlFor="f-source">Source</label>
          <input id="f-source" name="source" defaultValue={query.source} placeholder="e.g. Vučić" />
        </div>
        <div className="field">
          <label htmlFor="f-article">Article</label>
          <select id="f-article" name="article" defaultValue={query.article ?? ""}>
            <option value="">All articles</option>
            {story.articles.map((a) => (
              <option key={a.id} value={a.id}>
                {a.title}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="f-author">Recorded by</label>
          <select id="f-author" name="author" defaultValue={query.author ?? ""}>
            <option value="">Anyone</option>
            {result.authors.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </select>
        </div>
        <div className="form-actions">
          <button type="submit" className="button">
            Apply
          </button>
          <Link className="button button-secondary" href={`/stories/${id}/claims`}>
            Clear
          </Link>
        </div>
      </form>
      <p className="muted" role="status">
        {result.total === result.items.length ? `${result.total} claims` : `Showing ${result.items.length} of ${result.total} claims`}
      </p>
      {result.items.length === 0 ? (
        <div className="card empty">No claims match these filters.</div>
      ) : (
        <div className="card table-wrap">
          <table className="claims-table">
            <thead>
              <tr>
                <th scope="col">Statement and quote</th>
                <th scope="col">Sourcing</th>
                <th scope="col">Source</th>
                <th scope="col">Status</th>
                <th scope="col">Article</th>
                <th scope="col">By</th>
              </tr>
            </thead>
            <tbody>
              {result.items.map((c) => (
                <tr key={c.id}>
                  <td>
                    <Link href={`/stories/${id}/articles/${c.articleId}#claim-${c.id}`} className="claim-statement">
                      {c.statement}
                    </Link>
                    <div className="claim-quote">{c.selector.exact}</div>
                    {c.orphaned && <span className="badge badge-orphaned">Orphaned</span>}
                  </td>
                  <td>
                    <SourcingBadge sourcing={c.sourcing} />
                  </td>
                  <td>{c.source}</td>
                  <td>
                    <StatusBadge status={c.status} />
                  </td>
                  <td>{c.articleTitle}</td>
                  <td>
                    {c.importedAuthor ? (
                      <>
                        {c.importedAuthor}
                        <span className="muted imported-by"> imported by {c.createdByName ?? "a former member"}</span>
                      </>
                    ) : (
                      c.createdByName
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
