import type { ClaimDto } from "@/domain/claims/schemas";
import { SourcingBadge } from "./SourcingBadge";

/** Claims whose words are gone after a text edit: re-select their words, or delete them. */
export function OrphanedClaimsList({
  claims,
  canChange,
  onRepair,
  onDelete,
}: {
  claims: ClaimDto[];
  canChange: (c: ClaimDto) => boolean;
  onRepair: (c: ClaimDto) => void;
  onDelete: (c: ClaimDto) => void;
}) {
  if (claims.length === 0) return null;
  return (
    <section className="side-section" aria-labelledby="orphaned-title">
      <h2 id="orphaned-title">Needs repair ({claims.length})</h2>
      <p className="hint">The text changed and these claims’ words are gone. Re-select their words, or delete them.</p>
      <ol className="claim-list">
        {claims.map((c) => (
          <li key={c.id} id={`claim-${c.id}`} className="claim-item" data-sourcing={c.sourcing}>
            <div className="claim-statement">{c.statement}</div>
            <blockquote className="claim-quote">{c.selector.exact}</blockquote>
            <div className="claim-meta">
              <span className="badge badge-orphaned">Orphaned</span>
              <SourcingBadge sourcing={c.sourcing} />
            </div>
            {canChange(c) && (
              <div className="claim-actions">
                <button type="button" className="button button-secondary button-small" onClick={() => onRepair(c)}>
                  Re-select words
                </button>
                <button type="button" className="button button-danger button-small" onClick={() => onDelete(c)}>
                  Delete
                </button>
              </div>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
