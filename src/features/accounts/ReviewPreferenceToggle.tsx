"use client";

import { useState } from "react";
import { setReviewPreferenceAction } from "./actions";

/** An editor's "my own claims start approved" switch, saved as soon as it changes. */
export function ReviewPreferenceToggle({ initial }: { initial: boolean }) {
  const [on, setOn] = useState(initial);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  return (
    <section className="card" aria-labelledby="review-preference-title" style={{ marginTop: "1rem" }}>
      <h2 id="review-preference-title">Review</h2>
      <label className="check">
        <input
          type="checkbox"
          checked={on}
          disabled={busy}
          onChange={async (e) => {
            const next = e.target.checked;
            // Shown at once; put back if the change is refused.
            setOn(next);
            setBusy(true);
            const r = await setReviewPreferenceAction({ ownClaimsStartApproved: next });
            setBusy(false);
            if (!r.ok) {
              setOn(!next);
              return setMessage({ ok: false, text: r.error.message });
            }
            setOn(r.data.ownClaimsStartApproved);
            setMessage({
              ok: true,
              text: r.data.ownClaimsStartApproved ? "Saved: claims you record now start approved." : "Saved: claims you record now start as drafts.",
            });
          }}
        />{" "}
        My own claims start approved
      </label>
      <p className="hint">
        Claims you record without choosing a status are approved at once, and the activity shows your approval. You can still choose another status for any
        claim.
      </p>
      <p role="status" className={message ? (message.ok ? "hint" : "field-error") : "visually-hidden"}>
        {message?.text}
      </p>
    </section>
  );
}
