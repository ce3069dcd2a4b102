"use client";

import type { ClaimDto } from "@/domain/claims/schemas";
import type { ConflictState } from "@/domain/errors";
import { formatWhen } from "./when";
import { sourcingLabel, statusLabel } from "@/domain/vocabulary-words";

/**
 * A stale save: says who changed the claim and when, keeps what the person typed, and lets them
 * load the current version to compare, then keep their text (saving over it knowingly) or take theirs.
 */
export function ConflictNotice({
  conflict,
  theirs,
  onLoad,
  onUseTheirs,
}: {
  conflict: ConflictState;
  theirs: ClaimDto | null;
  onLoad: () => Promise<void>;
  onUseTheirs: (c: ClaimDto) => void;
}) {
  return (
    <div className="alert alert-warning" role="alert">
      <strong>{conflict.updatedBy ?? "Someone else"}</strong> changed this claim at <time dateTime={conflict.updatedAt}>{formatWhen(conflict.updatedAt)}</time>,
      after you opened it. Nothing was saved; what you typed is still here.
      {!theirs ? (
        <div className="form-actions">
          <button type="button" className="button button-secondary button-small" onClick={() => void onLoad()}>
            Load their version
          </button>
        </div>
      ) : (
        <>
          <dl className="conflict-theirs" aria-label="Their version">
            <dt>Their statement</dt>
            <dd>{theirs.statement}</dd>
            <dt>Sourcing</dt>
            <dd>
              {sourcingLabel[theirs.sourcing]}
              {theirs.source ? ` (${theirs.source})` : ""}
            </dd>
            <dt>Status</dt>
            <dd>{statusLabel[theirs.status]}</dd>
          </dl>
          <p className="hint">Save to replace their version with yours, or take theirs.</p>
          <div className="form-actions">
            <button type="button" className="button button-secondary button-small" onClick={() => onUseTheirs(theirs)}>
              Use their version
            </button>
          </div>
        </>
      )}
    </div>
  );
}
