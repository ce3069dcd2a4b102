"use client";

import { useState, useTransition } from "react";
import { closeRoundAction } from "./actions";

/** Closing asks once more in place (never a browser dialog), then closes the round. */
export function CloseRoundButton({ articleId, undecided }: { articleId: string; undecided: number }) {
  const [asking, setAsking] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [pending, start] = useTransition();
  if (message?.ok) return <p role="status">{message.text}</p>;
  return (
    <div className="close-round">
      {!asking ? (
        <button type="button" className="button button-secondary" onClick={() => setAsking(true)}>
          Close the round…
        </button>
      ) : (
        <div role="group" aria-label="Close the round">
          <p>
            The figures are kept as they are now; in each unit with a claim of record the other versions are deleted (kept in the activity), and everyone sees
            the rest.{undecided > 0 && ` ${undecided} differing unit${undecided === 1 ? " has" : "s have"} no claim of record yet: all their versions stay.`}
          </p>
          <div className="form-actions">
            <button
              type="button"
              className="button"
              disabled={pending}
              onClick={() =>
                start(async () => {
                  const r = await closeRoundAction(articleId);
                  setMessage(r.ok ? { ok: true, text: "The round is closed. Its figures are kept below." } : { ok: false, text: r.error.message });
                  setAsking(false);
                })
              }
            >
              Close the round now
            </button>
            <button type="button" className="button button-quiet" onClick={() => setAsking(false)}>
              Keep it open
            </button>
          </div>
        </div>
      )}
      {message && !message.ok && (
        <p role="alert" className="field-error">
          {message.text}
        </p>
      )}
    </div>
  );
}
