"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import type { PropositionDto } from "@/domain/propositions/schemas";
import { verdicts, type Verdict } from "@/domain/vocabulary-words";
import { deletePropositionAction, updatePropositionAction } from "./actions";

/**
 * Edits a proposition's wording and, for editors, the verdict and rationale; or deletes it. A stale
 * version is refused with who-changed-it, and what was typed stays in the form.
 */
export function PropositionEditor({ storyId, proposition, canReview }: { storyId: string; proposition: PropositionDto; canReview: boolean }) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [statement, setStatement] = useState(proposition.statement);
  const [verdict, setVerdict] = useState<Verdict | "">(proposition.verdict ?? "");
  const [rationale, setRationale] = useState(proposition.rationale);
  const [error, setError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const id = `prop-${proposition.id}`;

  if (!open) {
    return (
      <button type="button" className="button button-secondary button-small" onClick={() => setOpen(true)}>
        Edit proposition
      </button>
    );
  }

  async function save() {
    const result = await updatePropositionAction(storyId, proposition.id, {
      version: proposition.version,
      statement,
      ...(canReview && { verdict: verdict || null, rationale }),
    });
    if (!result.ok) return setError(result.error.message);
    setOpen(false);
    router.refresh();
  }

  async function remove() {
    const result = await deletePropositionAction(storyId, proposition.id, proposition.version);
    if (!result.ok) return setError(result.error.message);
    router.refresh();
  }

  return (
    <form
      className="prop-editor"
      aria-label="Edit proposition"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      {error && (
        <div className="alert alert-error" role="alert">
          {error}
        </div>
      )}
      <div className="field">
        <label htmlFor={`${id}-statement`}>Statement</label>
        <input id={`${id}-statement`} value={statement} onChange={(e) => setStatement(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-verdict`}>Verdict</label>
        <select id={`${id}-verdict`} value={verdict} disabled={!canReview} onChange={(e) => setVerdict(e.target.value as Verdict | "")}>
          <option value="">No verdict</option>
          {verdicts.map((v) => (
            <option key={v} value={v}>
              {v.replace("_", " ")}
            </option>
          ))}
        </select>
        {!canReview && <span className="hint">Only editors set verdicts.</span>}
      </div>
      <div className="field">
        <label htmlFor={`${id}-rationale`}>Rationale</label>
        <textarea id={`${id}-rationale`} rows={2} value={rationale} disabled={!canReview} onChange={(e) => setRationale(e.target.value)} />
      </div>
      <div className="form-actions">
        <button type="submit" className="button button-small">
          Save
        </button>
        <button type="button" className="button button-secondary button-small" onClick={() => setOpen(false)}>
          Cancel
        </button>
        {!confirming && (
          <button type="button" className="button button-danger button-small" onClick={() => setConfirming(true)}>
            Delete proposition
          </button>
        )}
      </div>
      {confirming && (
        // A second, explicit step (issue 15, bug 9): deleting takes the links with it.
        <div className="alert alert-warning prop-delete-confirm" role="alertdialog" aria-labelledby={`${id}-confirm`}>
          <p id={`${id}-confirm`}>
            Delete “{proposition.statement}”
            {proposition.links.length > 0 ? ` and its ${proposition.links.length} link${proposition.links.length > 1 ? "s" : ""} to claims` : ""}? It can be
            restored from the story’s Activity.
          </p>
          <div className="form-actions">
            <button type="button" className="button button-danger button-small" autoFocus onClick={() => void remove()}>
              Delete
            </button>
            <button type="button" className="button button-secondary button-small" onClick={() => setConfirming(false)}>
              Keep it
            </button>
          </div>
        </div>
      )}
    </form>
  );
}
