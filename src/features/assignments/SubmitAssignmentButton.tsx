"use client";

import { useState, useTransition } from "react";
import { submitAssignmentAction } from "./actions";

/** The assignee's "Mark as submitted". */
export function SubmitAssignmentButton({ id, version }: { id: string; version: number }) {
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  return (
    <span>
      <button
        type="button"
        className="button button-small"
        disabled={pending}
        onClick={() =>
          start(async () => {
            const r = await submitAssignmentAction(id, version);
            setError(r.ok ? null : r.error.message);
          })
        }
      >
        {pending ? "Submitting…" : "Mark as submitted"}
      </button>
      {error && (
        <span role="alert" className="field-error">
          {" "}
          {error}
        </span>
      )}
    </span>
  );
}
