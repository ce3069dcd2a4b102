"use client";

import { useState } from "react";
import type { DraftItemDto } from "@/domain/assistance/draft-service";
import type { Stance } from "@/domain/vocabulary";

export interface DraftEdits {
  statement: string;
  stances: Stance[];
  keep: boolean[];
}

/** Edits a drafted item before accepting it: the statement, each claim's stance, which claims to keep. */
export function DraftEditor({
  item,
  articleTitles,
  busy,
  onSave,
  onCancel,
}: {
  item: DraftItemDto;
  articleTitles: Record<string, string>;
  busy: boolean;
  onSave: (edits: DraftEdits) => void;
  onCancel: () => void;
}) {
  const [statement, setStatement] = useState(item.statement);
  const [stances, setStances] = useState<Stance[]>(item.claims.map((c) => c.stance));
  const [keep, setKeep] = useState<boolean[]>(item.claims.map(() => true));
  const id = `draft-edit-${item.key}`;
  return (
    <form
      className="draft-editor"
      onSubmit={(e) => {
        e.preventDefault();
        onSave({ statement, stances, keep });
      }}
      onKeyDown={(e) => {
        if (e.key === "Escape") {
          e.stopPropagation();
          onCancel();
        }
      }}
    >
      <label htmlFor={`${id}-statement`}>Proposition</label>
      <textarea id={`${id}-statement`} value={statement} rows={2} maxLength={1000} required onChange={(e) => setStatement(e.target.value)} autoFocus />
      <fieldset>
        <legend>Claims</legend>
        {item.claims.map((c, i) => (
          <div key={`${c.articleId}-${c.selector.start}`} className="draft-editor-claim">
            <label>
              <input type="checkbox" checked={keep[i]} onChange={(e) => setKeep(keep.map((k, j) => (j === i ? e.target.checked : k)))} />{" "}
              {articleTitles[c.articleId] ?? "Article"}: {c.selector.exact.length > 90 ? `${c.selector.exact.slice(0, 90)}…` : c.selector.exact}
            </label>
            <label>
              <span className="visually-hidden">Stance of this claim</span>
              <select value={stances[i]} onChange={(e) => setStances(stances.map((s, j) => (j === i ? (e.target.value as Stance) : s)))}>
                <option value="supports">Supports</option>
                <option value="contradicts">Contradicts</option>
              </select>
            </label>
          </div>
        ))}
      </fieldset>
      <div className="claim-actions">
        <button type="submit" className="button button-small" disabled={busy || !keep.some(Boolean) || !statement.trim()}>
          Accept as edited
        </button>
        <button type="button" className="button button-secondary button-small" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
