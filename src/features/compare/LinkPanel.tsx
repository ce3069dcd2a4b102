"use client";

import { useMemo, useState } from "react";
import type { ClaimDto } from "@/domain/claims/schemas";
import type { LinkDto, PropositionDto } from "@/domain/propositions/schemas";
import type { Stance } from "@/domain/vocabulary-words";
import { SourcingBadge } from "@/features/reader/SourcingBadge";
import { stanceView } from "@/features/dashboard/CellView";
import { rankPropositions } from "./rank-propositions";
import type { MatchSuggestion } from "@/domain/assistance/match";
import { SuggestedMatches } from "./SuggestedMatches";

interface Props {
  claim: ClaimDto;
  side: "a" | "b";
  propositions: PropositionDto[];
  otherTitle: string;
  otherArticleId: string;
  canEdit: boolean;
  onLink: (propositionId: string, stance: Stance, note: string) => Promise<string | null>;
  onCreate: (statement: string, stance: Stance, note: string) => Promise<string | null>;
  onUnlink: (link: LinkDto) => Promise<string | null>;
  onShowCounterpart: (claimId: string) => void;
  onLinkMatch: (match: MatchSuggestion, viaPropositionId: string | undefined) => Promise<string | null>;
}

/**
 * The chosen claim: the propositions it speaks to, with its counterparts in the other article
 * (stance, sourcing and the note on what differs), and linking it to a proposition.
 */
export function LinkPanel({ claim, propositions, otherTitle, otherArticleId, canEdit, onLink, onCreate, onUnlink, onShowCounterpart, onLinkMatch }: Props) {
  const [stance, setStance] = useState<Stance>("supports");
  const [note, setNote] = useState("");
  const [newStatement, setNewStatement] = useState(claim.statement);
  const [error, setError] = useState<string | null>(null);
  const mine = propositions.filter((p) => p.links.some((l) => l.claimId === claim.id));
  const ranked = useMemo(
    () => rankPropositions(propositions.filter((p) => !p.links.some((l) => l.claimId === claim.id)), `${claim.statement} ${claim.selector.exact}`),
    [propositions, claim],
  );
  const run = async (fn: () => Promise<string | null>) => {
    const problem = await fn();
    setError(problem);
    // A note describes one link; the next link starts with an empty one.
    if (!problem) setNote("");
  };

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
          const counterparts = p.links.filter((l) => l.articleId === otherArticleId);
          return (
            <li key={p.id} className="link-item">
              <div>
                <span className={`cell-stance cell-${own.stance}`}>
                  <span aria-hidden="true">{stanceView[own.stance].icon}</span> {stanceView[own.stance].label}
                </span>{" "}
                <strong>{p.statement}</strong>
              </div>
              {own.note && <div className="row-note">Note: {own.note}</div>}
              <div className="counterparts">
                <span className="muted small">In “{otherTitle}”:</span>
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
                        {l.stance === own.stance && l.claim.sourcing !== claim.sourcing && <span className="row-kind row-kind-sourcing_gap">Sourcing gap</span>}
                        {l.note && <div className="row-note">Note: {l.note}</div>}
                      </li>
                    ))}
                  </ul>
                )}
              </div>
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

      {canEdit && (
        <form className="link-form" aria-label="Link to a proposition" onSubmit={(e) => e.preventDefault()}>
          <h3>Link to a proposition</h3>
          <fieldset className="stance-choice">
            <legend className="small">This claim…</legend>
            {(["supports", "contradicts"] as const).map((s) => (
              <label key={s} className="check">
                <input type="radio" name="stance" value={s} checked={stance === s} onChange={() => setStance(s)} /> {stanceView[s].label.toLowerCase()}
              </label>
            ))}
          </fieldset>
          <div className="field">
            <label htmlFor="link-note">Note on what differs (optional)</label>
            <input id="link-note" value={note} onChange={(e) => setNote(e.target.value)} placeholder="e.g. names Kleban a diplomat, not an officer" />
          </div>
          <ul className="proposition-options" aria-label="Propositions, best match first">
            {ranked.slice(0, 8).map((p) => (
              <li key={p.id}>
                <button
                  type="button"
                  className="button button-secondary button-small"
                  aria-label={`Link “${claim.statement}” to “${p.statement}”`}
                  onClick={() => void run(() => onLink(p.id, stance, note))}
                >
                  Link
                </button>{" "}
                {p.statement}
              </li>
            ))}
          </ul>
          <div className="field">
            <label htmlFor="new-proposition">Or a new proposition</label>
            <input id="new-proposition" value={newStatement} onChange={(e) => setNewStatement(e.target.value)} />
          </div>
          <button type="button" className="button button-small" onClick={() => void run(() => onCreate(newStatement, stance, note))}>
            Create and link
          </button>
          {error && (
            <div className="alert alert-error" role="alert" style={{ marginTop: "0.5rem" }}>
              {error}
            </div>
          )}
        </form>
      )}
    </section>
  );
}
