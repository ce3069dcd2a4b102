import type { ArticleChanges } from "@/domain/revisions/schemas";
import { formatWhen } from "@/features/shell/when";

/** Choose the revision to compare the current text with (a plain GET form: works without script). */
export function RevisionPicker({ changes }: { changes: ArticleChanges }) {
  const earlier = changes.revisions.filter((r) => r.number < changes.current.number);
  if (!earlier.length) return null;
  return (
    <form method="get" className="revision-picker">
      <label htmlFor="since">Compare the current text (revision {changes.current.number}) with</label>
      <select id="since" name="since" defaultValue={changes.since.revisionId}>
        {earlier.map((r) => (
          <option key={r.revisionId} value={r.revisionId}>
            Revision {r.number}, {formatWhen(r.createdAt)}
          </option>
        ))}
      </select>
      <button type="submit" className="button button-secondary">
        Compare
      </button>
    </form>
  );
}
