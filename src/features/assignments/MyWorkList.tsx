import Link from "next/link";
import type { MyAssignmentDto } from "@/domain/assignments/schemas";
import { assignmentStatusLabel, modeLabel } from "@/domain/assignments/words";
import { SubmitAssignmentButton } from "./SubmitAssignmentButton";

const day = (iso: string) => new Date(iso).toLocaleDateString("en-GB", { dateStyle: "medium", timeZone: "UTC" });

/** A person's open assignments, due first, with their progress and where to work. */
export function MyWorkList({ items }: { items: MyAssignmentDto[] }) {
  if (items.length === 0) return <div className="card empty">Nothing is assigned to you right now.</div>;
  return (
    <ul className="my-work">
      {items.map((a) => {
        const href = a.articleId ? `/stories/${a.storyId}/articles/${a.articleId}` : `/stories/${a.storyId}`;
        return (
          <li key={a.id} className="card">
            <h2 className="my-work-title">
              <Link href={href}>{a.articleTitle ?? `Every article of “${a.storyTitle}”`}</Link>
            </h2>
            <p className="muted">
              {a.articleTitle && <>{a.storyTitle} · </>}
              {modeLabel[a.mode]} · {assignmentStatusLabel[a.status]}
              {a.due && (
                <>
                  {" "}
                  · due <time dateTime={a.due}>{day(a.due)}</time>
                </>
              )}
              {a.assignedByName && <> · from {a.assignedByName}</>}
            </p>
            {a.note && <p>{a.note}</p>}
            <dl className="my-work-progress">
              <div>
                <dt>Claims recorded</dt>
                <dd>{a.progress.claims}</dd>
              </div>
              <div>
                <dt>Submitted for review</dt>
                <dd>{a.progress.submittedForReview}</dd>
              </div>
              <div>
                <dt>Approved</dt>
                <dd>{a.progress.approved}</dd>
              </div>
              <div>
                <dt>Sent back</dt>
                <dd>{a.progress.sentBack}</dd>
              </div>
            </dl>
            {a.status === "open" && <SubmitAssignmentButton id={a.id} version={a.version} />}
          </li>
        );
      })}
    </ul>
  );
}
