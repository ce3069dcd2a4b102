"use client";

import { useRouter } from "next/navigation";
import { type KeyboardEvent, useEffect, useRef, useState } from "react";
import type { DraftItemDto } from "@/domain/assistance/draft-service";
import { acceptInputOf } from "./accept-input";
import { acceptDraftAction, loadDraftAction, rejectDraftAction } from "./actions";
import { type DraftEdits, DraftEditor } from "./DraftEditor";
import { DraftItemView } from "./DraftItemView";

interface Props {
  storyId: string;
  canDecide: boolean;
  articles: { id: string; title: string }[];
}

const KEYS_HINT = "J and K step, A accepts, E edits, R rejects.";

/**
 * The Draft panel of the dashboard: propositions drafted from the articles' text (recorded claims
 * where there are, suggested words elsewhere), best first, reviewed with the keyboard while the
 * panel has the focus (J/K step, A accept, E edit, R reject). Decisions are remembered by the server.
 */
export function DraftPanel({ storyId, canDecide, articles }: Props) {
  const articleTitles = Object.fromEntries(articles.map((a) => [a.id, a.title]));
  const router = useRouter();
  const [items, setItems] = useState<DraftItemDto[] | null>(null);
  const [loading, setLoading] = useState(false);
  const [index, setIndex] = useState(0);
  const [editing, setEditing] = useState(false);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState("");
  const listRef = useRef<HTMLOListElement>(null);
  const current = items?.[index];

  async function load() {
    setLoading(true);
    const r = await loadDraftAction(storyId);
    setLoading(false);
    if (!r.ok) return setStatus(r.error.message);
    setItems(r.data.items);
    setIndex(0);
    setStatus(`${r.data.items.length} drafted propositions. ${KEYS_HINT}`);
  }

  useEffect(() => {
    if (items && !editing) listRef.current?.focus();
  }, [items, editing]);
  useEffect(() => {
    listRef.current?.querySelector(`[data-index="${index}"]`)?.scrollIntoView({ block: "nearest" });
  }, [index]);

  function drop(what: string) {
    const rest = items!.filter((_, i) => i !== index);
    setItems(rest);
    setIndex(Math.min(index, Math.max(0, rest.length - 1)));
    setEditing(false);
    setStatus(`${what}. ${rest.length} drafted propositions left.`);
  }

  async function decide(outcome: "accepted" | "rejected", edits?: DraftEdits) {
    if (!current || busy) return;
    if (!canDecide) return setStatus("Viewers cannot accept or reject drafted propositions.");
    setBusy(true);
    const r = outcome === "accepted" ? await acceptDraftAction(storyId, acceptInputOf(current, edits)) : await rejectDraftAction(storyId, { key: current.key });
    setBusy(false);
    if (!r.ok) return setStatus(r.error.message);
    drop(outcome === "accepted" ? `Accepted: “${edits?.statement ?? current.statement}” is a proposition, sent to review` : "Rejected");
    if (outcome === "accepted") router.refresh();
  }

  function onKeyDown(e: KeyboardEvent<HTMLElement>) {
    const t = e.target as HTMLElement;
    if (editing || ["INPUT", "TEXTAREA", "SELECT"].includes(t.tagName) || e.ctrlKey || e.metaKey || e.altKey || !items?.length) return;
    const key = e.key.toLowerCase();
    if (key === "j" || e.key === "ArrowDown") setIndex((i) => Math.min(i + 1, items.length - 1));
    else if (key === "k" || e.key === "ArrowUp") setIndex((i) => Math.max(i - 1, 0));
    else if (key === "a") void decide("accepted");
    else if (key === "r") void decide("rejected");
    else if (key === "e" && canDecide) setEditing(true);
    else return;
    e.preventDefault();
  }

  return (
    <section className="card draft-panel" aria-labelledby="draft-title" onKeyDown={onKeyDown}>
      <div className="suggestions-head">
        <h2 id="draft-title">Draft {items && <span className="muted">({items.length ? `${index + 1} of ${items.length}` : "none left"})</span>}</h2>
        <button type="button" className="button button-secondary button-small" disabled={loading} onClick={() => void load()}>
          {items ? "Draft again" : "Draft propositions"}
        </button>
      </div>
      <p className="hint">
        Propositions proposed from the articles’ text, for you to review: <kbd>J</kbd>/<kbd>K</kbd> step · <kbd>A</kbd> accept · <kbd>E</kbd> edit ·{" "}
        <kbd>R</kbd> reject. Accepted ones go to review.
      </p>
      <div className="visually-hidden" aria-live="polite">
        {status}
        {current && !editing ? ` Item ${index + 1}: ${current.statement}. ${current.claims.length} claims. ${current.reasonText}` : ""}
      </div>
      {loading && <p className="muted">Reading the articles…</p>}
      {items?.length === 0 && <p className="muted">Nothing left to draft: every point the articles share is a proposition or was decided.</p>}
      {items && items.length > 0 && (
        <ol className="claim-list draft-list" ref={listRef} tabIndex={0} aria-label="Drafted propositions (J/K step, A accept, E edit, R reject)">
          {items.map((item, i) => (
            <li
              key={item.key}
              data-index={i}
              data-key={item.key}
              className={`claim-item draft-item${i === index ? " is-active" : ""}`}
              aria-current={i === index ? "true" : undefined}
            >
              {i === index && editing ? (
                <DraftEditor
                  item={item}
                  articleTitles={articleTitles}
                  busy={busy}
                  onSave={(edits) => void decide("accepted", edits)}
                  onCancel={() => setEditing(false)}
                />
              ) : (
                <DraftItemView item={item} articleTitles={articleTitles} active={i === index} onChoose={() => setIndex(i)} />
              )}
              {i === index && !editing && canDecide && (
                <div className="claim-actions">
                  <button type="button" className="button button-small" disabled={busy} onClick={() => void decide("accepted")}>
                    Accept <kbd>A</kbd>
                  </button>
                  <button type="button" className="button button-secondary button-small" onClick={() => setEditing(true)}>
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
      )}
    </section>
  );
}
