"use client";

import { useId, useState } from "react";
import type { ReviewStatus, Role } from "@/domain/vocabulary-words";
import type { ActionResult } from "@/server/actions/run-action";
import { can } from "@/domain/auth/can";

interface Reviewable {
  id: string;
  version: number;
  status: ReviewStatus;
  createdBy: string | null;
}

interface Props<T> {
  what: "claim" | "link";
  item: Reviewable;
  viewer: { userId: string; role: Role };
  /** The author (or an editor) asks for review; absent where only decisions are offered (the queue). */
  submit?: () => Promise<ActionResult<T>>;
  decide: (input: { version: number; decision: "approve" | "send_back"; comment?: string }) => Promise<ActionResult<T>>;
  onDone: (updated: T, message: string) => void;
}

/**
 * Review buttons for one claim or link: "Submit for review" for its author, "Approve" and "Send
 * back" (with a required note to the author) for editors. Others see why they cannot.
 */
export function ReviewControls<T>({ what, item, viewer, submit, decide, onDone }: Props<T>) {
  const [sendingBack, setSendingBack] = useState(false);
  const [note, setNote] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const id = useId();
  const isEditor = can(viewer, "review");
  const isAuthor = !isEditor && can(viewer, "update", { createdById: item.createdBy });

  async function run(fn: () => Promise<ActionResult<T>>, message: string) {
    setBusy(true);
    const r = await fn();
    setBusy(false);
    if (!r.ok) return setError(r.error.message);
    setError(null);
    setSendingBack(false);
    setNote("");
    onDone(r.data, message);
  }

  const canSubmit = submit !== undefined && (isAuthor || isEditor) && item.status === "draft";
  const canApprove = isEditor && item.status !== "approved";
  const canSendBack = isEditor && item.status !== "draft";
  if (!canSubmit && !canApprove && !canSendBack) {
    if (!can(viewer, "create") || item.status === "approved" || isAuthor) return null;
    return <p className="hint">Its author submits it for review; editors approve it.</p>;
  }

  return (
    <div className="review-controls">
      <div className="claim-actions">
        {canSubmit && submit && !isEditor && (
          <button type="button" className="button button-secondary button-small" disabled={busy} onClick={() => void run(submit, "Submitted for review.")}>
            Submit for review
          </button>
        )}
        {canApprove && (
          <button
            type="button"
            className="button button-small button-approve"
            disabled={busy}
            onClick={() => void run(() => decide({ version: item.version, decision: "approve" }), `Approved the ${what}.`)}
          >
            Approve
          </button>
        )}
        {canSendBack && !sendingBack && (
          <button type="button" className="button button-secondary button-small" disabled={busy} onClick={() => setSendingBack(true)}>
            Send back…
          </button>
        )}
      </div>
      {sendingBack && (
        <form
          className="send-back"
          onSubmit={(e) => {
            e.preventDefault();
            void run(() => decide({ version: item.version, decision: "send_back", comment: note }), `Sent the ${what} back to its author.`);
          }}
        >
          <label htmlFor={`${id}-note`}>What needs to change?</label>
          <textarea
            id={`${id}-note`}
            rows={2}
            value={note}
            required
            autoFocus
            onChange={(e) => setNote(e.target.value)}
            onKeyDown={(e) => e.stopPropagation()}
          />
          <div className="form-actions">
            <button type="submit" className="button button-small" disabled={busy || note.trim() === ""}>
              Send back
            </button>
            <button type="button" className="button button-secondary button-small" onClick={() => setSendingBack(false)}>
              Cancel
            </button>
          </div>
        </form>
      )}
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
