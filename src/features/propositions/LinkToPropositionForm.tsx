"use client";

import { useId, useMemo, useState } from "react";
import type { PropositionDto } from "@/domain/propositions/schemas";
import type { Stance } from "@/domain/vocabulary-words";
import { stanceView } from "@/features/comparison/CellView";
import { filterPropositions } from "./filter-propositions";
import { rankPropositions } from "./rank-propositions";

interface Props {
  claim: { id: string; statement: string; selector: { exact: string } };
  propositions: PropositionDto[];
  /** Each returns a problem to show, or null once linked. */
  onLink: (propositionId: string, stance: Stance, note: string) => Promise<string | null>;
  onCreate: (statement: string, stance: Stance, note: string) => Promise<string | null>;
  /** Told after a successful link, with the proposition's wording (for a status message). */
  onLinked?: (statement: string) => void;
  /** How many propositions to offer when nothing is searched for. */
  limit?: number;
}

/**
 * Linking a claim to one of the story's propositions with a stance (and an optional note), the best
 * wording match first and searchable by words, or to a new proposition worded like the claim.
 * Used by side by side's link panel and by the article reader.
 */
export function LinkToPropositionForm({ claim, propositions, onLink, onCreate, onLinked, limit = 8 }: Props) {
  const uid = useId();
  const [stance, setStance] = useState<Stance>("supports");
  const [note, setNote] = useState("");
  const [search, setSearch] = useState("");
  const [newStatement, setNewStatement] = useState(claim.statement);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const candidates = useMemo(() => propositions.filter((p) => !p.links.some((l) => l.claimId === claim.id)), [propositions, claim.id]);
  const ranked = useMemo(() => rankPropositions(candidates, `${claim.statement} ${claim.selector.exact}`), [candidates, claim]);
  const shown = search.trim() ? filterPropositions(ranked, search) : ranked.slice(0, limit);

  const run = async (fn: () => Promise<string | null>, statement: string) => {
    setBusy(true);
    const problem = await fn();
    setBusy(false);
    setError(problem);
    // A note describes one link; the next link starts with an empty one.
    if (!problem) {
      setNote("");
      onLinked?.(statement);
    }
  };

  return (
    <form className="link-form" aria-label="Link to a proposition" aria-busy={busy || undefined} onSubmit={(e) => e.preventDefault()}>
      <h3>Link to a proposition</h3>
      <fieldset className="stance-choice">
        <legend className="small">This claim…</legend>
        {(["supports", "contradicts"] as const).map((s) => (
          <label key={s} className="check">
            <input type="radio" name={`${uid}-stance`} value={s} checked={stance === s} onChange={() => setStance(s)} /> {stanceView[s].label.toLowerCase()}
          </label>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor={`${uid}-note`}>Note on what differs (optional)</label>
        <input id={`${uid}-note`} value={note} onChange={(e) => setNote(e.target.value)} placeholder="e.g. names Kleban a diplomat, not an officer" />
      </div>
      {candidates.length > 0 && (
        <div className="field">
          <label htmlFor={`${uid}-search`}>Search propositions</label>
          <input id={`${uid}-search`} type="search" value={search} onChange={(e) => setSearch(e.target.value)} aria-controls={`${uid}-options`} />
        </div>
      )}
      <ul id={`${uid}-options`} className="proposition-options" aria-label="Propositions, best match first">
        {shown.map((p) => (
          <li key={p.id}>
            <button
              type="button"
              className="button button-secondary button-small"
              disabled={busy}
              aria-label={`Link “${claim.statement}” to “${p.statement}”`}
              onClick={() => void run(() => onLink(p.id, stance, note), p.statement)}
            >
              Link
            </button>{" "}
            {p.statement}
          </li>
        ))}
      </ul>
      {search.trim() && shown.length === 0 && <p className="muted small">No proposition of the story has these words.</p>}
      {!search.trim() && candidates.length === 0 && <p className="muted small">The story has no other proposition yet.</p>}
      <div className="field">
        <label htmlFor={`${uid}-new`}>Or a new proposition</label>
        <input id={`${uid}-new`} value={newStatement} onChange={(e) => setNewStatement(e.target.value)} />
      </div>
      <button type="button" className="button button-small" disabled={busy} onClick={() => void run(() => onCreate(newStatement, stance, note), newStatement)}>
        Create and link
      </button>
      {error && (
        <div className="alert alert-error" role="alert" style={{ marginTop: "0.5rem" }}>
          {error}
        </div>
      )}
    </form>
  );
}
