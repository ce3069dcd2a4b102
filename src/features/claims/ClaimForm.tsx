"use client";

import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react";
import type { ActionResult } from "@/server/actions/run-action";
import type { ClaimDto } from "@/domain/claims/schemas";
import { type ReviewStatus, type Sourcing, reviewStatuses, sourcings, sourcingLabel, statusLabel } from "@/domain/vocabulary-words";
import type { ConflictState } from "@/domain/errors";
import { sourcingMarker } from "./SourcingBadge";
import { ConflictNotice } from "@/features/shell/ConflictNotice";

export interface ClaimFormValues {
  statement: string;
  sourcing: Sourcing | null;
  source: string;
  cue: string;
  status: ReviewStatus;
}

interface Props {
  title: string;
  quote: string;
  initial: ClaimFormValues;
  canApprove: boolean;
  onSubmit: (values: ClaimFormValues & { sourcing: Sourcing }) => Promise<ActionResult<ClaimDto>>;
  /** Loads the claim as it is now, after someone else changed it (edit form only). */
  onReload?: () => Promise<ClaimDto | null>;
  onCancel: () => void;
}

const sourcingHelp: Record<Sourcing, string> = {
  confirmed: "stated as fact by the outlet, or on the record",
  attributed: "what someone says, not vouched for",
  speculative: "conjecture or hedged (perhaps, might)",
};

/** The claim form: opened on a selection (prefilled with the exact span) or to edit a claim. */
export function ClaimForm({ title, quote, initial, canApprove, onSubmit, onReload, onCancel }: Props) {
  const [values, setValues] = useState(initial);
  const [error, setError] = useState<{ message: string; fields: Record<string, string> } | null>(null);
  const [conflict, setConflict] = useState<ConflictState | null>(null);
  const [theirs, setTheirs] = useState<ClaimDto | null>(null);
  const [saving, setSaving] = useState(false);
  const statementRef = useRef<HTMLTextAreaElement>(null);
  const id = useId();

  useEffect(() => {
    statementRef.current?.focus();
    statementRef.current?.select();
  }, []);

  const set = <K extends keyof ClaimFormValues>(key: K, value: ClaimFormValues[K]) => setValues((v) => ({ ...v, [key]: value }));

  async function save() {
    if (!values.sourcing) {
      setError({ message: "Choose the sourcing (keys 1, 2, 3).", fields: { sourcing: "Choose one" } });
      return;
    }
    if (values.statement.trim() === "") {
      setError({ message: "Write the claim's statement.", fields: { statement: "Required" } });
      statementRef.current?.focus();
      return;
    }
    setSaving(true);
    setConflict(null);
    const result = await onSubmit({ ...values, sourcing: values.sourcing });
    setSaving(false);
    if (!result.ok && result.error.code === "conflict" && result.error.current && onReload) {
      setConflict(result.error.current);
      setTheirs(null);
      setError(null);
    } else if (!result.ok) {
      setError({
        message: result.error.message,
        fields: Object.fromEntries((result.error.details ?? []).map((d) => [d.path, d.message])),
      });
    }
  }

  function onKeyDown(e: KeyboardEvent<HTMLFormElement>) {
    if (e.key === "Escape") {
      e.preventDefault();
      onCancel();
    } else if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      void save();
    } else if (e.altKey && ["1", "2", "3"].includes(e.key)) {
      e.preventDefault();
      set("sourcing", sourcings[Number(e.key) - 1]!);
    }
  }

  return (
    <form
      className="claim-form card"
      aria-labelledby={`${id}-title`}
      onKeyDown={onKeyDown}
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <h2 id={`${id}-title`}>{title}</h2>
      <blockquote className="claim-quote" aria-label="Selected words">
        {quote}
      </blockquote>
      {error && (
        <div className="alert alert-error" role="alert">
          {error.message}
        </div>
      )}
      {conflict && onReload && (
        <ConflictNotice
          conflict={conflict}
          theirs={theirs}
          onLoad={async () => setTheirs(await onReload())}
          onUseTheirs={(c) => {
            setValues({ statement: c.statement, sourcing: c.sourcing, source: c.source, cue: c.cue, status: c.status });
            setConflict(null);
          }}
        />
      )}
      <div className="field">
        <label htmlFor={`${id}-statement`}>Statement</label>
        <textarea
          id={`${id}-statement`}
          ref={statementRef}
          rows={3}
          value={values.statement}
          onChange={(e) => set("statement", e.target.value)}
          aria-invalid={error?.fields.statement ? true : undefined}
        />
      </div>
      <fieldset className="field sourcing-choice" aria-invalid={error?.fields.sourcing ? true : undefined}>
        <legend>Sourcing</legend>
        {sourcings.map((s, i) => (
          <label key={s} className={`sourcing-option sourcing-option-${s}`}>
            <input
              type="radio"
              name={`${id}-sourcing`}
              value={s}
              checked={values.sourcing === s}
              onChange={() => set("sourcing", s)}
              onKeyDown={(e) => {
                if (["1", "2", "3"].includes(e.key)) {
                  e.preventDefault();
                  set("sourcing", sourcings[Number(e.key) - 1]!);
                }
              }}
            />
            <span aria-hidden="true">{sourcingMarker[s]}</span> {sourcingLabel[s]} <kbd>{i + 1}</kbd>
            <span className="muted option-help">{sourcingHelp[s]}</span>
          </label>
        ))}
      </fieldset>
      <div className="field-row">
        <div className="field">
          <label htmlFor={`${id}-source`}>Source</label>
          <input id={`${id}-source`} value={values.source} placeholder="Who says so" onChange={(e) => set("source", e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-cue`}>Cue words</label>
          <input id={`${id}-cue`} value={values.cue} placeholder="said, perhaps, according to…" onChange={(e) => set("cue", e.target.value)} />
        </div>
      </div>
      <div className="field">
        <label htmlFor={`${id}-status`}>Status</label>
        <select id={`${id}-status`} value={values.status} onChange={(e) => set("status", e.target.value as ReviewStatus)}>
          {reviewStatuses.map((s) => (
            <option key={s} value={s} disabled={s === "approved" && !canApprove}>
              {statusLabel[s]}
              {s === "approved" && !canApprove ? " (editors only)" : ""}
            </option>
          ))}
        </select>
      </div>
      <div className="form-actions">
        <button type="submit" className="button" disabled={saving}>
          {saving ? "Saving…" : "Save"} <kbd>Ctrl+Enter</kbd>
        </button>
        <button type="button" className="button button-secondary" onClick={onCancel}>
          Cancel <kbd>Esc</kbd>
        </button>
      </div>
    </form>
  );
}
