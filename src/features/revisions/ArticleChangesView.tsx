import type { ArticleChanges } from "@/domain/revisions/schemas";
import { formatWhen } from "@/features/shell/when";
import { ClaimChangesTable } from "./ClaimChangesTable";
import { RevisionPicker } from "./RevisionPicker";
import { TextDiffView } from "./TextDiffView";

/** What changed: the claims, then the text, between a chosen revision and the current one. */
export function ArticleChangesView({ changes }: { changes: ArticleChanges }) {
  const counts = new Map<string, number>();
  for (const c of changes.claims) counts.set(c.kind, (counts.get(c.kind) ?? 0) + 1);
  const summary = [...counts].map(([kind, n]) => `${n} ${kind}`).join(", ");
  return (
    <>
      <RevisionPicker changes={changes} />
      {changes.since.revisionId === changes.current.revisionId ? (
        <p className="hint">This article has one revision: nothing has changed yet.</p>
      ) : (
        <p>
          From revision {changes.since.number} ({formatWhen(changes.since.createdAt)}) to revision {changes.current.number} (
          {formatWhen(changes.current.createdAt)}){summary && `: ${summary}`}.
        </p>
      )}
      <section className="card change-section" aria-labelledby="claims-heading">
        <h2 id="claims-heading">Claims</h2>
        <ClaimChangesTable claims={changes.claims} />
      </section>
      <section className="card change-section" aria-labelledby="text-heading">
        <h2 id="text-heading">Text</h2>
        <TextDiffView diff={changes.diff} />
      </section>
    </>
  );
}
