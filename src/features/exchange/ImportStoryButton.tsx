"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { type ApiProblem, MAX_UPLOAD_BYTES, problemOf } from "./api-errors";
import { type ImportPreviewView, ImportStoryPreview } from "./ImportStoryPreview";

type Step =
  { kind: "idle" } | { kind: "checking" } | { kind: "preview"; file: string; text: string; preview: ImportPreviewView } | { kind: "importing"; file: string };

const importUrl = (query: Record<string, string>) => `/api/v1/stories/import?${new URLSearchParams(query)}`;

/**
 * "Import story": a Claimboard JSON export is checked first (a dry run) and previewed (title,
 * counts, authors without an account here); only "Import" then creates the story and opens it.
 */
export function ImportStoryButton() {
  const router = useRouter();
  const input = useRef<HTMLInputElement>(null);
  const [step, setStep] = useState<Step>({ kind: "idle" });
  const [problem, setProblem] = useState<(ApiProblem & { file?: string }) | null>(null);
  const problemRef = useRef<HTMLDivElement>(null);
  const busy = step.kind === "checking" || step.kind === "importing";

  useEffect(() => {
    if (problem) problemRef.current?.focus();
  }, [problem]);

  function reset() {
    setStep({ kind: "idle" });
    if (input.current) input.current.value = "";
  }

  async function check(file: File) {
    setProblem(null);
    if (file.size > MAX_UPLOAD_BYTES) {
      setProblem({ file: file.name, message: `${file.name} is larger than 2 MiB.`, details: [] });
      reset();
      return;
    }
    setStep({ kind: "checking" });
    try {
      const text = await file.text();
      const response = await fetch(importUrl({ dryRun: "true", file: file.name }), {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: text,
      });
      if (!response.ok) {
        setProblem({ file: file.name, ...(await problemOf(response)) });
        reset();
        return;
      }
      setStep({ kind: "preview", file: file.name, text, preview: (await response.json()) as ImportPreviewView });
    } catch {
      setProblem({ file: file.name, message: "The file could not be checked. Check your connection and try again.", details: [] });
      reset();
    }
  }

  async function confirm(file: string, text: string) {
    setStep({ kind: "importing", file });
    try {
      const response = await fetch(importUrl({ file }), { method: "POST", headers: { "content-type": "application/json" }, body: text });
      if (!response.ok) {
        setProblem({ file, ...(await problemOf(response)) });
        reset();
        return;
      }
      const story = (await response.json()) as { id: string };
      router.push(`/stories/${story.id}`);
      router.refresh();
    } catch {
      setProblem({ file, message: "The upload failed. Check your connection and try again.", details: [] });
      reset();
    }
  }

  return (
    <div className="import-story">
      <label className="button button-secondary" aria-disabled={busy || step.kind === "preview"}>
        {step.kind === "checking" ? "Checking…" : step.kind === "importing" ? "Importing…" : "Import story"}
        <input
          ref={input}
          type="file"
          accept=".json,application/json"
          className="visually-hidden"
          disabled={busy}
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) void check(file);
          }}
        />
      </label>
      {step.kind === "preview" && (
        <ImportStoryPreview file={step.file} preview={step.preview} onImport={() => void confirm(step.file, step.text)} onCancel={reset} />
      )}
      {problem && (
        <div className="alert alert-error import-problem" role="alert" tabIndex={-1} ref={problemRef}>
          <button type="button" className="button button-secondary button-small" onClick={() => setProblem(null)} aria-label="Dismiss">
            Close
          </button>
          {problem.file && (
            <p>
              <strong>Nothing was imported from {problem.file}.</strong>
            </p>
          )}
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
