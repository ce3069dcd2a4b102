import { reviewStatuses, sourcings, sourcingLabel, statusLabel } from "@/domain/vocabulary-words";
import { FilterBar, SelectFilter } from "@/features/shell/FilterBar";
import { filterHas } from "@/features/shell/filters-from-search-params";

type Option = { id: string; title?: string; name?: string };

/** Search and filters of a story's claims list. */
export function ClaimFilters({
  storyId,
  filters,
  articles,
  authors,
}: {
  storyId: string;
  filters: Record<string, string | undefined>;
  articles: Option[];
  authors: Option[];
}) {
  return (
    <FilterBar label="Search and filter claims" clearHref={`/stories/${storyId}/claims`}>
      <div className="field">
        <label htmlFor="f-q">Search</label>
        <input id="f-q" name="q" type="search" defaultValue={filters.q} placeholder="Words in the statement, quote, source or cue" />
      </div>
      <fieldset className="field">
        <legend>Sourcing</legend>
        {sourcings.map((s) => (
          <label key={s} className="check">
            <input type="checkbox" name="sourcing" value={s} defaultChecked={filterHas(filters, "sourcing", s)} /> {sourcingLabel[s]}
          </label>
        ))}
      </fieldset>
      <fieldset className="field">
        <legend>Status</legend>
        {reviewStatuses.map((s) => (
          <label key={s} className="check">
            <input type="checkbox" name="status" value={s} defaultChecked={filterHas(filters, "status", s)} /> {statusLabel[s]}
          </label>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor="f-source">Source</label>
        <input id="f-source" name="source" defaultValue={filters.source} placeholder="e.g. Vučić" />
      </div>
      <SelectFilter
        id="f-article"
        name="article"
        label="Article"
        anyLabel="All articles"
        value={filters.article}
        options={articles.map((a) => ({ id: a.id, label: a.title ?? "" }))}
      />
      <SelectFilter
        id="f-author"
        name="author"
        label="Recorded by"
        anyLabel="Anyone"
        value={filters.author}
        options={authors.map((a) => ({ id: a.id, label: a.name ?? "" }))}
      />
    </FilterBar>
  );
}
