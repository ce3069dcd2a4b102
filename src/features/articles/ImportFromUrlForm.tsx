"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import type { ActionError } from "@/server/actions/run-action";
import { importArticleFromUrlAction } from "./actions";

/**
 * Pasting a link is the fastest way in: the server fetches the page, extracts the article and its
 * details (title, byline, dates, outlet, language), and the new article opens.
 */
export function ImportFromUrlForm({ storyId }: { storyId: string }) {
  const router = useRouter();
  const [url, setUrl] = useState("");
  const [error, setError] = useState<ActionError | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit() {
    setBusy(true);
    setError(null);
    const result = await importArticleFromUrlAction(storyId, url.trim());
    setBusy(false);
    if (!result.ok) return setError(result.error);
    router.push(`/stories/${storyId}/articles/${result.data.id}`);
  }

  return (
    <form
      className="card import-url"
      aria-labelledby="import-url-heading"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <h2 id="import-url-heading">From a link</h2>
      {error && (
        <div className="alert alert-error" role="alert" id="import-url-error">
          {error.message}
        </div>
      )}
      <div className="field">
        <label htmlFor="article-url">The article’s address</label>
        <input
          id="article-url"
          type="url"
          inputMode="url"
          placeholder="https://"
          required
          value={url}
          onChange={(e) => setUrl(e.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? "import-url-error" : undefined}
        />
      </div>
      <button type="submit" className="button" disabled={busy || !url.trim()}>
        {busy ? "Fetching the page…" : "Import from link"}
      </button>
    </form>
  );
}
