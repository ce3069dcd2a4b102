import type { Metadata } from "next";
import Link from "next/link";
import { listActivity } from "@/domain/audit/activity";
import { getStory } from "@/domain/stories/service";
import { ChangeSummary } from "@/features/activity/ChangeSummary";
import { RestoreButton } from "@/features/activity/RestoreButton";
import { formatWhen } from "@/features/shell/when";
import { StoryHeader } from "@/features/stories/StoryHeader";
import { requirePageActor } from "@/server/auth/page-actor";
import { pageOrNotFound } from "@/server/page-errors";
import { can } from "@/domain/auth/can";

export const metadata: Metadata = { title: "Activity" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | undefined>> };

const actions = { story: "Stories", article: "Articles", claim: "Claims", proposition: "Propositions", link: "Links", comment: "Comments" };

/** Who changed what in the story, when, with before and after; deleted work can be restored here. */
export default async function ActivityPage({ params, searchParams }: Props) {
  const { id } = await params;
  const query = await searchParams;
  const actor = await requirePageActor(`/stories/${id}/activity`);
  const story = await pageOrNotFound(getStory(actor, id));
  const activity = await pageOrNotFound(listActivity(actor, id, { ...query, limit: query.limit ?? "100" }));
  const nextHref = activity.nextCursor ? `?${new URLSearchParams({ ...Object.fromEntries(Object.entries(query).filter(([, v]) => v) as [string, string][]), cursor: activity.nextCursor })}` : null;
  return (
    <>
      <StoryHeader story={story} current="activity" role={actor.role} />
      <form className="card filters" method="get" aria-label="Filter activity">
        <div className="field">
          <label htmlFor="a-actor">Person</label>
          <select id="a-actor" name="actor" defaultValue={query.actor ?? ""}>
            <option value="">Anyone</option>
            {activity.actors.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="a-action">Change</label>
          <select id="a-action" name="action" defaultValue={query.action ?? ""}>
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
          <input id="a-from" name="from" type="date" defaultValue={query.from} />
        </div>
        <div className="field">
          <label htmlFor="a-to">To</label>
          <input id="a-to" name="to" type="date" defaultValue={query.to} />
        </div>
        <div className="form-actions">
          <button type="submit" className="button">
            Apply
          </button>
          <Link className="button button-secondary" href={`/stories/${id}/activity`}>
            Clear
          </Link>
        </div>
      </form>
      {activity.items.length === 0 ? (
        <div className="card empty">No changes match these filters.</div>
      ) : (
        <div className="card table-wrap">
          <table className="claims-table activity-table">
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">Who</th>
                <th scope="col">Change</th>
                <th scope="col">Before → after</th>
                <th scope="col">
                  <span className="visually-hidden">Restore</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {activity.items.map((e) => (
                <tr key={e.id}>
                  <td>
                    <time dateTime={e.at}>{formatWhen(e.at)}</time>
                  </td>
                  <td>{e.actor ?? "—"}</td>
                  <td>
                    <code>{e.action}</code>
                  </td>
                  <td>
                    <ChangeSummary before={e.before} after={e.after} />
                  </td>
                  <td>
                    {e.restorableVersion !== undefined && can(actor, "restore") && (
                      <RestoreButton storyId={id} entity={e.entity} id={e.entityId} version={e.restorableVersion} />
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {nextHref && (
        <p>
          <Link href={nextHref}>Older changes</Link>
        </p>
      )}
    </>
  );
}
