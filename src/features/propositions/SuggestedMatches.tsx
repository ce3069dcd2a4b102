"use client";

import { useEffect, useState } from "react";
import type { MatchSuggestion } from "@/domain/assistance/match";
import type { PropositionDto } from "@/domain/propositions/schemas";
import { stanceView } from "@/features/comparison/CellView";
import { SourcingBadge } from "@/features/claims/SourcingBadge";
import { loadMatchesAction } from "./actions";
import { matchTargets, linkMatchLabel } from "./match-targets";

interface Props {
  claim: { id: string; statement: string };
  /** The story's propositions as side by side shows them. */
  propositions: PropositionDto[];
  canEdit: boolean;
  /** Links the chosen claim and the match (through the proposition `viaPropositionId`, if any); returns a problem or null. */
  onLinkMatch: (match: MatchSuggestion, viaPropositionId: string | undefined) => Promise<string | null>;
  onShowClaim: (claimId: string) => void;
}

const keyOf = (m: MatchSuggestion) => m.claimId ?? m.propositionId ?? m.statement;

/** The engine's suggested counterparts of the chosen claim, with stance and what may diverge. */
export function SuggestedMatches({ claim, propositions, canEdit, onLinkMatch, onShowClaim }: Props) {
  const [items, setItems] = useState<MatchSuggestion[] | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [picked, setPicked] = useState<Record<string, string>>({});
  const mine = propositions.filter((p) => p.links.some((l) => l.claimId === claim.id));
  // The claims already counterparts of the chosen one: once they change, the suggestions are asked again.
  const linked = new Set(mine.flatMap((p) => p.links.map((l) => l.claimId)));
  const linkedKey = [...linked].sort().join(" ");
  useEffect(() => {
    let live = true;
    void loadMatchesAction(claim.id).then((r) => {
      if (!live) return;
      if (r.ok) setItems(r.data.items);
      else setMessage(r.error.message);
    });
    return () => {
      live = false;
    };
  }, [claim.id, linkedKey]);

  const shown = items?.filter((m) => (m.claimId ? !linked.has(m.claimId) : !mine.some((p) => p.id === m.propositionId)));

  return (
    <section className="suggested-matches" aria-labelledby="suggested-matches-title">
      <h3 id="suggested-matches-title">Suggested matches</h3>
      {items === null && !message && <p className="muted small">Looking for counterparts…</p>}
      {shown?.length === 0 && <p className="muted small">No claim or proposition elsewhere in the story speaks to the same point.</p>}
      <ol className="link-list">
        {shown?.map((m) => {
          const key = keyOf(m);
          const targets = matchTargets(m, claim.id, propositions);
          const via = targets.options.find((p) => p.id === picked[key]) ?? targets.options[0];
          const selectId = `match-via-${key}`;
          return (
            <li key={key} className="link-item">
              <div>
                <span className={`cell-stance cell-${m.stance}`}>
                  <span aria-hidden="true">{stanceView[m.stance].icon}</span> {stanceView[m.stance].label}
                </span>{" "}
                {m.claimId ? (
                  <button type="button" className="linkish" onClick={() => onShowClaim(m.claimId!)}>
                    {m.statement}
                  </button>
                ) : (
                  <strong>Proposition: {m.statement}</strong>
                )}{" "}
                {m.sourcing && <SourcingBadge sourcing={m.sourcing} />} <span className="muted small">score {m.score.toFixed(2)}</span>
              </div>
              {m.reasons.length > 0 && (
                <ul className="suggestion-reasons" aria-label="May diverge">
                  {m.reasons.map((r) => (
                    <li key={`${r.kind}-${r.text}`}>{r.text}</li>
                  ))}
                </ul>
              )}
              {canEdit && (
                <div className="match-link">
                  <button
                    type="button"
                    className="button button-secondary button-small"
                    aria-label={linkMatchLabel(m, claim.statement, targets, via)}
                    onClick={() =>
                      void onLinkMatch(m, via?.id).then((problem) => {
                        setMessage(problem ?? "Linked.");
                        if (!problem) setItems((list) => list?.filter((x) => x !== m) ?? null);
                      })
                    }
                  >
                    Link
                  </button>{" "}
                  {targets.options.length > 1 ? (
                    <>
                      <span className="small" aria-hidden="true">
                        to
                      </span>{" "}
                      <select
                        id={selectId}
                        aria-label={`Proposition for “${m.statement}”`}
                        value={via?.id}
                        onChange={(e) => setPicked((all) => ({ ...all, [key]: e.target.value }))}
                      >
                        {targets.options.map((p) => (
                          <option key={p.id} value={p.id}>
                            {p.statement}
                          </option>
                        ))}
                      </select>
                    </>
                  ) : (
                    <span className="muted small" aria-hidden="true">
                      {via ? `to “${via.statement}”` : "as a new proposition"}
                    </span>
                  )}
                </div>
              )}
            </li>
          );
        })}
      </ol>
      <div role="status" aria-live="polite" className="small">
        {message}
      </div>
    </section>
  );
}
