"use client";

import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { type ApiProblem, MAX_UPLOAD_BYTES, problemOf } from "./api-errors";

/** "Import story": uploads a Claimboard JSON export and opens the new story. */
export function ImportStoryButton() {
  const router = useRouter();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<ApiProblem | null>(null);

  async function upload(file: File) {
    setProblem(null);
    if (file.size > MAX_UPLOAD_BYTES) {
      setProblem({ message: `${file.name} is larger than 2 MiB.`, details: [] });
      return;
    }
    setBusy(true);
    try {
      const text = await file.text();
      const response = await fetch("/api/v1/stories/import", { method: "POST", headers: { "content-type": "application/json" }, body: text });
      if (!response.ok) {
        setProblem(await problemOf(response));
        return;
      }
      const story = (await response.json()) as { id: string };
      router.push(`/stories/${story.id}`);
      router.refresh();
    } catch {
      setProblem({ message: "The upload failed. Check your connection and try again.", details: [] });
    } finally {
      setBusy(false);
      if (input.current) input.current.value = "";
    }
  }

  return (
    <div className="import-story">
      <label className="button button-secondary" aria-disabled={busy}>
        {busy ? "Importing…" : "Import story"}
        <input
          ref={input}
          type="file"
          accept=".json,application/json"
          className="visually-hidden"
          disabled={busy}
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) void upload(file);
          }}
        />
      </label>
      {problem && (
        <div className="alert alert-error import-problem" role="alert">
          <button type="button" className="button button-secondary button-small" onClick={() => setProblem(null)} aria-label="Dismiss">
            Close
          </button>
          <p>{problem.message}</p>
          {problem.details.length > 1 && (
            <ul>
              {problem.details.slice(0, 20).map((d) => (
                <li key={`${d.path}:${d.message}`}>
                  <code>{d.path}</code> {d.message}
                </li>
              ))}
              {problem.details.length > 20 && <li>…and {problem.details.length - 20} more</li>}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
