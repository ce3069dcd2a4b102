import type { ClaimDto } from "@/domain/claims/schemas";
import type { LinkDto, PropositionDto } from "@/domain/propositions/schemas";
import type { Role } from "@/domain/vocabulary-words";
import { SourcingBadge, StatusBadge } from "./SourcingBadge";
import { WordsChangedBadge } from "@/features/articles/WordsChangedBadge";
import { ClaimDiscussion } from "./ClaimDiscussion";
import { ClaimPropositions } from "./ClaimPropositions";

interface Props {
  storyId: string;
  claims: ClaimDto[];
  activeId: string | null;
  propositions: PropositionDto[];
  viewer: { userId: string; role: Role };
  canChange: (c: ClaimDto) => boolean;
  onChoose: (id: string) => void;
  onEdit: (c: ClaimDto) => void;
  onDelete: (c: ClaimDto) => void;
  onLinked: (p: PropositionDto, link: LinkDto) => void;
  onChanged: (claim: ClaimDto, message: string) => void;
}

/** The article's claims in reading order; the chosen one opens its actions, propositions and discussion. */
export function ClaimsList({ storyId, claims, activeId, propositions, viewer, canChange, onChoose, onEdit, onDelete, onLinked, onChanged }: Props) {
  return (
    <section className="side-section" aria-labelledby="claims-title">
      <h2 id="claims-title">Claims ({claims.length})</h2>
      {claims.length === 0 && <p className="muted">No claims recorded in this article yet.</p>}
      <ol className="claim-list">
        {claims.map((c) => (
          <li key={c.id} id={`claim-${c.id}`} className={`claim-item${activeId === c.id ? " is-active" : ""}`} data-sourcing={c.sourcing}>
            <button type="button" className="claim-choose" onClick={() => onChoose(c.id)} aria-pressed={activeId === c.id}>
              <div className="claim-statement" id={`claim-statement-${c.id}`}>
                {c.statement}
              </div>
              <div className="claim-meta">
                <SourcingBadge sourcing={c.sourcing} />
                {c.source && <span>{c.source}</span>}
                <StatusBadge status={c.status} />
                {c.wordsChangedAt && <WordsChangedBadge />}
              </div>
            </button>
            {activeId === c.id && canChange(c) && (
              <div className="claim-actions">
                <button type="button" className="button button-secondary button-small" onClick={() => onEdit(c)}>
                  Edit <kbd>E</kbd>
                </button>
                <button type="button" className="button button-danger button-small" onClick={() => onDelete(c)}>
                  Delete <kbd>X</kbd>
                </button>
              </div>
            )}
            {activeId === c.id && <ClaimPropositions storyId={storyId} claim={c} propositions={propositions} viewer={viewer} onLinked={onLinked} />}
            {activeId === c.id && <ClaimDiscussion claim={c} viewer={viewer} onChange={onChanged} />}
          </li>
        ))}
      </ol>
    </section>
  );
}
