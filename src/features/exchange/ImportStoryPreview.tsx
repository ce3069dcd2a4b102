"use client";

import { useEffect, useRef } from "react";

/** The import's dry run as the API answers it (POST /api/v1/stories/import?dryRun=true). */
export interface ImportPreviewView {
  title: string;
  originalTitle: string;
  counts: { articles: number; revisions: number; claims: number; propositions: number; links: number; comments: number };
  authorsWithoutAccount: string[];
}

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** What a picked file would import, with "Import" to go ahead and "Cancel" to drop it. */
export function ImportStoryPreview({
  file,
  preview,
  onImport,
  onCancel,
}: {
  file: string;
  preview: ImportPreviewView;
  onImport: () => void;
  onCancel: () => void;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const { counts } = preview;
  const renamed = preview.title !== preview.originalTitle;
  return (
    <section className="card import-preview" aria-labelledby="import-preview-title">
      <h2 id="import-preview-title" tabIndex={-1} ref={heading}>
        Import “{preview.originalTitle}”?
      </h2>
      <p className="muted">From {file}. Nothing is imported until you confirm.</p>
      <ul className="stats" aria-label="What the file holds">
        <li>
          <strong>{counts.articles}</strong> {counts.articles === 1 ? "article" : "articles"}
        </li>
        <li>
          <strong>{counts.claims}</strong> {counts.claims === 1 ? "claim" : "claims"}
        </li>
        <li>
          <strong>{counts.propositions}</strong> {counts.propositions === 1 ? "proposition" : "propositions"}
        </li>
        <li>
          <strong>{counts.comments}</strong> {counts.comments === 1 ? "comment" : "comments"}
        </li>
      </ul>
      <p className="muted">
        Also {count(counts.links, "link", "links")} and {count(counts.revisions, "text revision", "text revisions")}.
      </p>
      {(renamed || preview.authorsWithoutAccount.length > 0) && (
        <ul className="import-notes" aria-label="Worth knowing">
          {renamed && <li>A story with this title exists: the copy will be called “{preview.title}”.</li>}
          {preview.authorsWithoutAccount.length > 0 && (
            <li>
              {count(preview.authorsWithoutAccount.length, "author has", "authors have")} no account here; their work will be credited to them as imported,
              under your name: {preview.authorsWithoutAccount.join(", ")}.
            </li>
          )}
        </ul>
      )}
      <div className="form-actions">
        <button type="button" className="button" onClick={onImport}>
          Import
        </button>
        <button type="button" className="button button-secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </section>
  );
}
