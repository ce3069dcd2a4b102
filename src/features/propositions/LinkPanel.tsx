"use client";

import { useState } from "react";
import type { ClaimDto } from "@/domain/claims/schemas";
import type { LinkDto, PropositionDto } from "@/domain/propositions/schemas";
import type { Stance } from "@/domain/vocabulary-words";
import { SourcingBadge } from "@/features/claims/SourcingBadge";
import { stanceView } from "@/features/comparison/CellView";
import { LinkToPropositionForm } from "./LinkToPropositionForm";
import type { MatchSuggestion } from "@/domain/assistance/match";
import { SuggestedMatches } from "./SuggestedMatches";

interface Props {
  claim: ClaimDto;
  propositions: PropositionDto[];
  /** The other articles shown side by side: where the claim's counterparts are looked for. */
  others: { id: string; title: string }[];
  canEdit: boolean;
  onLink: (propositionId: string, stance: Stance, note: string) => Promise<string | null>;
  onCreate: (statement: string, stance: Stance, note: string) => Promise<string | null>;
  onUnlink: (link: LinkDto) => Promise<string | null>;
  onShowCounterpart: (claimId: string) => void;
  onLinkMatch: (match: MatchSuggestion, viaPropositionId: string | undefined) => Promise<string | null>;
}

/**
 * The chosen claim: the propositions it speaks to, with its counterparts in each other article
 * shown (stance, sourcing and the note on what differs), and linking it to a proposition.
 */
export function LinkPanel({ claim, propositions, others, canEdit, onLink, onCreate, onUnlink, onShowCounterpart, onLinkMatch }: Props) {
  const [error, setError] = useState<string | null>(null);
  const mine = propositions.filter((p) => p.links.some((l) => l.claimId === claim.id));
  const run = async (fn: () => Promise<string | null>) => setError(await fn());

  return (
    <section className="card link-panel" aria-labelledby="link-panel-title">
      <h2 id="link-panel-title">{claim.statement}</h2>
      <div className="claim-meta">
        <SourcingBadge sourcing={claim.sourcing} />
        {claim.source && <span>{claim.source}</span>}
      </div>
      <blockquote className="claim-quote">{claim.selector.exact}</blockquote>
      <h3>Speaks to</h3>
      {mine.length === 0 && <p className="muted small">Not linked to any proposition yet.</p>}
      <ul className="link-list">
        {mine.map((p) => {
          const own = p.links.find((l) => l.claimId === claim.id)!;
          return (
            <li key={p.id} className="link-item">
              <div>
                <span className={`cell-stance cell-${own.stance}`}>
                  <span aria-hidden="true">{stanceView[own.stance].icon}</span> {stanceView[own.stance].label}
                </span>{" "}
                <strong>{p.statement}</strong>
              </div>
              {own.note && <div className="row-note">Note: {own.note}</div>}
              {others.map((other) => {
                const counterparts = p.links.filter((l) => l.articleId === other.id);
                return (
                  <div className="counterparts" key={other.id}>
                    <span className="muted small">In “{other.title}”:</span>
                    {counterparts.length === 0 ? (
                      <span className="small"> not reported</span>
                    ) : (
                      <ul>
                        {counterparts.map((l) => (
                          <li key={l.id}>
                            <button type="button" className="linkish" onClick={() => onShowCounterpart(l.claimId)}>
                              <span className={`cell-${l.stance}`}>
                                <span aria-hidden="true">{stanceView[l.stance].icon}</span> {stanceView[l.stance].label.toLowerCase()}
                              </span>{" "}
                              · {l.claim.statement}
                            </button>{" "}
                            <SourcingBadge sourcing={l.claim.sourcing} />
                            {l.stance !== own.stance && <span className="row-kind row-kind-divergence">Divergence</span>}
                            {l.stance === own.stance && l.claim.sourcing !== claim.sourcing && (
                              <span className="row-kind row-kind-sourcing_gap">Sourcing gap</span>
                            )}
                            {l.note && <div className="row-note">Note: {l.note}</div>}
                          </li>
                        ))}
                      </ul>
                    )}
                  </div>
                );
              })}
              {canEdit && (
                <button
                  type="button"
                  className="button button-danger button-small"
                  aria-label={`Unlink “${claim.statement}” from “${p.statement}”`}
                  onClick={() => void run(() => onUnlink(own))}
                >
                  Unlink
                </button>
              )}
            </li>
          );
        })}
      </ul>

      <SuggestedMatches claim={claim} propositions={propositions} canEdit={canEdit} onLinkMatch={onLinkMatch} onShowClaim={onShowCounterpart} />

      {canEdit && <LinkToPropositionForm claim={claim} propositions={propositions} onLink={onLink} onCreate={onCreate} />}
      {error && (
        <div className="alert alert-error" role="alert" style={{ marginTop: "0.5rem" }}>
          {error}
        </div>
      )}
    </section>
  );
}
