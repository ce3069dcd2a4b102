"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { refetchArticleAction } from "./actions";

/**
 * Fetches the article's published page again: a changed text becomes a new revision and What
 * changed opens; an unchanged page says so in place.
 */
export function RefetchButton({ storyId, articleId }: { storyId: string; articleId: string }) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  async function refetch() {
    setBusy(true);
    setMessage(null);
    const result = await refetchArticleAction(articleId);
    setBusy(false);
    if (!result.ok) return setMessage({ ok: false, text: result.error.message });
    if (!result.data.changed) return setMessage({ ok: true, text: "The published page has not changed." });
    router.push(`/stories/${storyId}/articles/${articleId}/changes`);
  }

  return (
    <>
      <button type="button" className="button button-secondary" disabled={busy} onClick={() => void refetch()}>
        {busy ? "Fetching the page…" : "Re-fetch from the page"}
      </button>
      {message && (
        <p className={`refetch-note ${message.ok ? "" : "refetch-error"}`} role={message.ok ? "status" : "alert"}>
          {message.text}
        </p>
      )}
    </>
  );
}
