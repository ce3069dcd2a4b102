"use client";

import { useEffect, useState } from "react";
import type { MatchSuggestion } from "@/domain/assistance/match";
import { stanceView } from "@/features/dashboard/CellView";
import { SourcingBadge } from "@/features/reader/SourcingBadge";
import { loadMatchesAction } from "./actions";

interface Props {
  claimId: string;
  canEdit: boolean;
  /** Links the chosen claim and the match (through a proposition); returns a problem or null. */
  onLinkMatch: (match: MatchSuggestion) => Promise<string | null>;
  onShowClaim: (claimId: string) => void;
}

/** The engine's suggested counterparts of the chosen claim, with stance and what may diverge. */
export function SuggestedMatches({ claimId, canEdit, onLinkMatch, onShowClaim }: Props) {
  const [items, setItems] = useState<MatchSuggestion[] | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void loadMatchesAction(claimId).then((r) => {
      if (!live) return;
      if (r.ok) setItems(r.data.items);
      else setMessage(r.error.message);
    });
    return () => {
      live = false;
    };
  }, [claimId]);

  return (
    <section className="suggested-matches" aria-labelledby="suggested-matches-title">
      <h3 id="suggested-matches-title">Suggested matches</h3>
      {items === null && !message && <p className="muted small">Looking for counterparts…</p>}
      {items?.length === 0 && <p className="muted small">No claim or proposition elsewhere in the story speaks to the same point.</p>}
      <ol className="link-list">
        {items?.map((m) => (
          <li key={m.claimId ?? m.propositionId} className="link-item">
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
              <button
                type="button"
                className="button button-secondary button-small"
                onClick={() =>
                  void onLinkMatch(m).then((problem) => {
                    setMessage(problem ?? "Linked.");
                    if (!problem) setItems((list) => list?.filter((x) => x !== m) ?? null);
                  })
                }
              >
                Link
              </button>
            )}
          </li>
        ))}
      </ol>
      <div role="status" aria-live="polite" className="small">
        {message}
      </div>
    </section>
  );
}
