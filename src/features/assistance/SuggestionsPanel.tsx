"use client";

import { useEffect, useRef, useState } from "react";
import type { SuggestionDto } from "@/domain/assistance/service";
import type { ClaimDto } from "@/domain/claims/schemas";
import { SourcingBadge } from "@/features/claims/SourcingBadge";
import { decideSuggestionAction, loadSuggestionsAction } from "./actions";

interface Props {
  articleId: string;
  canDecide: boolean;
  /** Selects the suggestion's words in the text (and scrolls to them). */
  onShow: (s: SuggestionDto | null) => void;
  /** Opens the claim form prefilled with the suggestion. */
  onEdit: (s: SuggestionDto) => void;
  onAccepted: (claim: ClaimDto) => void;
  onClose: () => void;
  /** Bumped by the workspace when a claim was saved from the form, to reload the suggestions. */
  reloadKey: number;
}

/** The suggestion's words with its cue words marked. */
function CuedQuote({ s }: { s: SuggestionDto }) {
  const base = s.selector.start;
  const parts: React.ReactNode[] = [];
  let at = 0;
  for (const c of s.cues) {
    const from = c.start - base;
    const to = c.end - base;
    if (from < at || to > s.selector.exact.length) continue;
    parts.push(s.selector.exact.slice(at, from));
    parts.push(
      <mark key={from} className={`cue cue-${c.kind}`} title={c.kind}>
        {s.selector.exact.slice(from, to)}
      </mark>,
    );
    at = to;
  }
  parts.push(s.selector.exact.slice(at));
  return <blockquote className="claim-quote suggestion-quote">{parts}</blockquote>;
}

/**
 * Suggestions mode: the engine's claim candidates, best first, stepped through with the keyboard
 * (J/K or arrows), accepted (A or Enter), edited in the claim form (E) or rejected (R or Backspace).
 */
export function SuggestionsPanel({ articleId, canDecide, onShow, onEdit, onAccepted, onClose, reloadKey }: Props) {
  const [items, setItems] = useState<SuggestionDto[] | null>(null);
  const [index, setIndex] = useState(0);
  const [status, setStatus] = useState("");
  const [busy, setBusy] = useState(false);
  const listRef = useRef<HTMLOListElement>(null);

  useEffect(() => {
    let live = true;
    void loadSuggestionsAction(articleId).then((r) => {
      if (!live) return;
      if (r.ok) {
        setItems(r.data.items);
        setIndex(0);
        setStatus(`${r.data.items.length} suggestions. J and K step, A accepts, E edits, R rejects.`);
      } else setStatus(r.error.message);
    });
    return () => {
      live = false;
    };
  }, [articleId, reloadKey]);

  const current = items?.[index];
  useEffect(() => {
    onShow(current ?? null);
    if (current) {
      listRef.current?.querySelector<HTMLElement>(`[data-index="${index}"]`)?.scrollIntoView({ block: "nearest" });
    }
    // Showing follows the chosen suggestion only.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [current]);

  async function decide(outcome: "accepted" | "rejected") {
    if (!current || busy || !items) return;
    if (!canDecide) {
      setStatus("Viewers cannot accept or reject suggestions.");
      return;
    }
    setBusy(true);
    const span = { exact: current.selector.exact, start: current.selector.start, end: current.selector.end, revisionId: current.revisionId };
    const result = await decideSuggestionAction(
      articleId,
      outcome === "rejected"
        ? { outcome, ...span }
        : { outcome, ...span, statement: current.statement, sourcing: current.sourcing, source: current.source, cue: current.cue },
    );
    setBusy(false);
    if (!result.ok) {
      setStatus(result.error.message);
      return;
    }
    if (result.data.outcome === "accepted") onAccepted(result.data.claim);
    const rest = items.filter((_, i) => i !== index);
    setItems(rest);
    setIndex(Math.min(index, Math.max(0, rest.length - 1)));
    setStatus(`${outcome === "accepted" ? "Accepted" : "Rejected"}. ${rest.length} suggestions left.`);
  }

  useEffect(() => {
    function onKey(e: KeyboardEvent) {
      const t = e.target;
      if (t instanceof HTMLElement && (t.isContentEditable || (["INPUT", "TEXTAREA", "SELECT", "BUTTON"].includes(t.tagName) && e.key === "Enter"))) return;
      if (t instanceof HTMLElement && ["INPUT", "TEXTAREA", "SELECT"].includes(t.tagName)) return;
      if (e.ctrlKey || e.metaKey || e.altKey || !items) return;
      const key = e.key;
      if (key === "j" || key === "ArrowDown") setIndex((i) => Math.min(i + 1, items.length - 1));
      else if (key === "k" || key === "ArrowUp") setIndex((i) => Math.max(i - 1, 0));
      else if (key === "a" || key === "Enter") void decide("accepted");
      else if (key === "r" || key === "Backspace") void decide("rejected");
      else if (key === "e" && current && canDecide) onEdit(current);
      else if (key === "Escape" || key === "s") onClose();
      else return;
      e.preventDefault();
      e.stopImmediatePropagation();
    }
    window.addEventListener("keydown", onKey, true);
    return () => window.removeEventListener("keydown", onKey, true);
  });

  return (
    <section className="card side-section suggestions" aria-labelledby="suggestions-title">
      <div className="suggestions-head">
        <h2 id="suggestions-title">Suggestions {items && <span className="muted">({items.length ? `${index + 1} of ${items.length}` : "none left"})</span>}</h2>
        <button type="button" className="button button-secondary button-small" onClick={onClose}>
          Close <kbd>S</kbd>
        </button>
      </div>
      <p className="hint">
        <kbd>J</kbd>/<kbd>K</kbd> step · <kbd>A</kbd> accept · <kbd>E</kbd> edit · <kbd>R</kbd> reject
      </p>
      <ul className="cue-legend" aria-label="Cue words in the text">
        <li>
          <mark className="cue cue-hedge">dashed</mark> hedge
        </li>
        <li>
          <mark className="cue cue-reporting">solid</mark> reporting or quotation
        </li>
        <li>
          <mark className="cue cue-confirmation">double</mark> confirmation
        </li>
      </ul>
      <div className="visually-hidden" aria-live="polite">
        {status}
        {current ? ` Suggestion ${index + 1}: ${current.sourcing}, ${current.source}. ${current.why}.` : ""}
      </div>
      {items === null && <p className="muted">Reading the article…</p>}
      {items?.length === 0 && <p className="muted">No more suggestions: every sentence worth recording is a claim or was decided.</p>}
      <ol className="claim-list" ref={listRef}>
        {items?.map((s, i) => (
          <li
            key={`${s.selector.start}-${s.selector.end}`}
            data-index={i}
            className={`claim-item suggestion-item${i === index ? " is-active" : ""}`}
            data-sourcing={s.sourcing}
          >
            <button type="button" className="claim-choose" aria-pressed={i === index} onClick={() => setIndex(i)}>
              <CuedQuote s={s} />
              <div className="claim-meta">
                <SourcingBadge sourcing={s.sourcing} />
                <span>{s.source}</span>
                {s.cue && <span className="muted">cue: {s.cue}</span>}
              </div>
            </button>
            {i === index && canDecide && (
              <div className="claim-actions">
                <button type="button" className="button button-small" disabled={busy} onClick={() => void decide("accepted")}>
                  Accept <kbd>A</kbd>
                </button>
                <button type="button" className="button button-secondary button-small" onClick={() => onEdit(s)}>
                  Edit <kbd>E</kbd>
                </button>
                <button type="button" className="button button-danger button-small" disabled={busy} onClick={() => void decide("rejected")}>
                  Reject <kbd>R</kbd>
                </button>
              </div>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
