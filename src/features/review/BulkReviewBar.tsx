"use client";

import { useRouter } from "next/navigation";
import { useEffect, useId, useRef, useState } from "react";
import type { ErrorDetail } from "@/domain/errors";
import { reviewInBulkAction } from "./actions";
import { useSelection } from "./BulkSelection";
import { QUEUE_DECIDED } from "./QueueAnnouncer";

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/**
 * "Select all on this page", and one decision on the selection: approve, or send back with a
 * note (sending back always says what to change). All or nothing: if one item changed meanwhile,
 * nothing is decided and the failing items are named.
 */
export function BulkReviewBar() {
  const { items, selected, setAll, clear } = useSelection();
  const router = useRouter();
  const [note, setNote] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<{ message: string; items: string[] } | null>(null);
  const allRef = useRef<HTMLInputElement>(null);
  const id = useId();
  const count = selected.size;
  const all = count > 0 && count === items.length;

  useEffect(() => {
    if (allRef.current) allRef.current.indeterminate = count > 0 && !all;
  }, [count, all]);

  async function decide(decision: "approve" | "send_back") {
    const chosen = items.filter((i) => selected.has(i.id));
    setBusy(true);
    const r = await reviewInBulkAction({
      items: chosen.map(({ kind, id, version }) => ({ kind, id, version })),
      decision,
      ...(note.trim() && { comment: note }),
    });
    setBusy(false);
    if (!r.ok) {
      const named = (r.error.details ?? [])
        .map((d: ErrorDetail) => /^items\.(\d+)/.exec(d.path))
        .filter((m): m is RegExpExecArray => m !== null)
        .map((m) => chosen[Number(m[1])]?.statement)
        .filter((s): s is string => Boolean(s));
      return setError({ message: r.error.message, items: [...new Set(named)] });
    }
    setError(null);
    setNote("");
    clear();
    const done = decision === "approve" ? "Approved" : "Sent back";
    window.dispatchEvent(new CustomEvent(QUEUE_DECIDED, { detail: `${done} ${plural(r.data.items.length, "item")}.` }));
    router.refresh();
  }

  return (
    <section className="card bulk-review" aria-label="Decide several at once">
      <div className="bulk-review-row">
        <label className="check">
          <input ref={allRef} type="checkbox" checked={all} onChange={(e) => setAll(e.target.checked)} /> Select all on this page
        </label>
        <span className="muted small" aria-live="polite">
          {count === 0 ? "Nothing selected" : `${plural(count, "item")} selected`}
        </span>
      </div>
      <div className="field">
        <label htmlFor={`${id}-note`}>Note to the authors (optional to approve, needed to send back)</label>
        <textarea id={`${id}-note`} rows={2} value={note} onChange={(e) => setNote(e.target.value)} />
      </div>
      <div className="form-actions">
        <button type="button" className="button button-approve" disabled={busy || count === 0} onClick={() => void decide("approve")}>
          Approve selected
        </button>
        <button type="button" className="button button-secondary" disabled={busy || count === 0 || note.trim() === ""} onClick={() => void decide("send_back")}>
          Send back selected
        </button>
      </div>
      {error && (
        <div className="field-error" role="alert">
          <p>{error.message}</p>
          {error.items.length > 0 && (
            <ul>
              {error.items.map((s) => (
                <li key={s}>“{s}”</li>
              ))}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}
