import { sourcings, sourcingLabel } from "@/domain/vocabulary-words";
import { FilterBar } from "@/features/shell/FilterBar";

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
      <div className="field">
        <label htmlFor="q-story">Story</label>
        <select key={storyKey} id="q-story" name="story" defaultValue={filters.story ?? ""}>
          <option value="">All stories</option>
          {stories.map((s) => (
            <option key={s.id} value={s.id}>
              {s.title}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="q-author">Author</label>
        <select key={authorKey} id="q-author" name="author" defaultValue={filters.author ?? ""}>
          <option value="">Anyone</option>
          {authors.map((a) => (
            <option key={a.id} value={a.id}>
              {a.name}
            </option>
          ))}
        </select>
      </div>
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
