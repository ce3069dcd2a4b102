import { FilterBar, SelectFilter } from "@/features/shell/FilterBar";

const actions = { story: "Stories", article: "Articles", claim: "Claims", proposition: "Propositions", link: "Links", comment: "Comments" };

/** Who, what kind of change and when: the story activity's filters. */
export function ActivityFilters({
  storyId,
  filters,
  actors,
}: {
  storyId: string;
  filters: Record<string, string | undefined>;
  actors: { id: string; name: string }[];
}) {
  return (
    <FilterBar label="Filter activity" clearHref={`/stories/${storyId}/activity`}>
      <SelectFilter
        id="a-actor"
        name="actor"
        label="Person"
        anyLabel="Anyone"
        value={filters.actor}
        options={actors.map((a) => ({ id: a.id, label: a.name }))}
      />
      <div className="field">
        <label htmlFor="a-action">Change</label>
        <select id="a-action" name="action" defaultValue={filters.action ?? ""}>
          <option value="">Any change</option>
          {Object.entries(actions).map(([a, label]) => (
            <option key={a} value={`${a}.`}>
              {label}
            </option>
          ))}
          <option value="claim.delete">Deleted claims</option>
          <option value="proposition.delete">Deleted propositions</option>
          <option value="link.delete">Removed links</option>
        </select>
      </div>
      <div className="field">
        <label htmlFor="a-from">From</label>
        <input id="a-from" name="from" type="date" defaultValue={filters.from} />
      </div>
      <div className="field">
        <label htmlFor="a-to">To</label>
        <input id="a-to" name="to" type="date" defaultValue={filters.to} />
      </div>
    </FilterBar>
  );
}
