"use client";

import { useState } from "react";
import type { ClaimDto } from "@/domain/claims/schemas";
import type { LinkDto, PropositionDto } from "@/domain/propositions/schemas";
import { can, type Asker } from "@/domain/auth/can";
import { stanceView } from "@/features/comparison/CellView";
import { createPropositionAction, linkClaimAction } from "@/features/propositions/actions";
import { LinkToPropositionForm } from "@/features/propositions/LinkToPropositionForm";

interface Props {
  storyId: string;
  claim: ClaimDto;
  propositions: PropositionDto[];
  viewer: Asker;
  /** The proposition as it is after a link was added (or a new one with its first link). */
  onLinked: (proposition: PropositionDto, link: LinkDto) => void;
}

/**
 * Beside the chosen claim in the reader: the propositions it speaks to and, for those who may add
 * links, "Link to proposition": one of the story's propositions (searchable) with a stance, or a
 * new one; the same server actions as side by side.
 */
export function ClaimPropositions({ storyId, claim, propositions, viewer, onLinked }: Props) {
  const [open, setOpen] = useState(false);
  const [message, setMessage] = useState("");
  const mine = propositions.filter((p) => p.links.some((l) => l.claimId === claim.id));
  const formId = `link-claim-${claim.id}`;

  return (
    <section className="claim-propositions" aria-label={`Propositions “${claim.statement}” speaks to`}>
      {mine.length > 0 ? (
        <ul className="claim-proposition-list">
          {mine.map((p) => {
            const own = p.links.find((l) => l.claimId === claim.id)!;
            return (
              <li key={p.id}>
                <span className={`cell-${own.stance}`}>
                  <span aria-hidden="true">{stanceView[own.stance].icon}</span> {stanceView[own.stance].label}
                </span>{" "}
                {p.statement}
              </li>
            );
          })}
        </ul>
      ) : (
        <p className="muted small">Not linked to any proposition yet.</p>
      )}
      {can(viewer, "create") && (
        <>
          <button type="button" className="button button-secondary button-small" aria-expanded={open} aria-controls={formId} onClick={() => setOpen((v) => !v)}>
            Link to proposition
          </button>
          {open && (
            <div id={formId}>
              <LinkToPropositionForm
                claim={claim}
                propositions={propositions}
                onLink={async (propositionId, stance, note) => {
                  const r = await linkClaimAction(storyId, propositionId, { claimId: claim.id, stance, note });
                  if (!r.ok) return r.error.message;
                  const p = propositions.find((x) => x.id === propositionId);
                  if (p) onLinked(p, r.data);
                  return null;
                }}
                onCreate={async (statement, stance, note) => {
                  const p = await createPropositionAction(storyId, { statement });
                  if (!p.ok) return p.error.message;
                  const r = await linkClaimAction(storyId, p.data.id, { claimId: claim.id, stance, note });
                  if (!r.ok) return r.error.message;
                  onLinked(p.data, r.data);
                  return null;
                }}
                onLinked={(statement) => {
                  setMessage(`Linked to “${statement}”.`);
                  setOpen(false);
                }}
              />
            </div>
          )}
        </>
      )}
      <div role="status" aria-live="polite" className="small">
        {message}
      </div>
    </section>
  );
}
