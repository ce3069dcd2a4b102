import { sourcings, sourcingLabel } from "@/domain/vocabulary-words";
import { FilterBar, SelectFilter } from "@/features/shell/FilterBar";

type Facet = { id: string; title?: string; name?: string };

/**
 * The review queue's filters. The selects are keyed by their choices: after a decision refreshes
 * the page they are rebuilt with the address's filter selected (a kept select would show whatever
 * its options became).
 */
export function QueueFilters({ filters, stories, authors }: { filters: Record<string, string | undefined>; stories: Facet[]; authors: Facet[] }) {
  const storyKey = [filters.story, ...stories.map((s) => s.id)].join();
  const authorKey = [filters.author, ...authors.map((a) => a.id)].join();
  return (
    <FilterBar label="Filter the queue" clearHref="/review">
      <SelectFilter
        id="q-story"
        name="story"
        label="Story"
        anyLabel="All stories"
        value={filters.story}
        options={stories.map((s) => ({ id: s.id, label: s.title ?? "" }))}
        rebuildKey={storyKey}
      />
      <SelectFilter
        id="q-author"
        name="author"
        label="Author"
        anyLabel="Anyone"
        value={filters.author}
        options={authors.map((a) => ({ id: a.id, label: a.name ?? "" }))}
        rebuildKey={authorKey}
      />
      <div className="field">
        <label htmlFor="q-kind">Kind</label>
        <select id="q-kind" name="kind" defaultValue={filters.kind ?? ""}>
          <option value="">Claims and links</option>
          <option value="claim">Claims</option>
          <option value="link">Links</option>
        </select>
      </div>
      <div className="field">
        <label htmlFor="q-sourcing">Sourcing</label>
        <select id="q-sourcing" name="sourcing" defaultValue={filters.sourcing ?? ""}>
          <option value="">Any sourcing</option>
          {sourcings.map((s) => (
            <option key={s} value={s}>
              {sourcingLabel[s]}
            </option>
          ))}
        </select>
      </div>
    </FilterBar>
  );
}
