import type { ActivityDto } from "@/domain/audit/activity";
import { formatWhen } from "@/features/shell/when";
import { ChangeSummary } from "./ChangeSummary";
import { RestoreButton } from "./RestoreButton";

/** The story's changes, newest first: when, who, what, before and after, and Restore for deleted work. */
export function ActivityTable({ storyId, items, canRestore }: { storyId: string; items: ActivityDto[]; canRestore: boolean }) {
  return (
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
          {items.map((e) => (
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
                {e.restorableVersion !== undefined && canRestore && (
                  <RestoreButton storyId={storyId} entity={e.entity} id={e.entityId} version={e.restorableVersion} />
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
