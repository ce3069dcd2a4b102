"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import type { ArticleDto } from "@/domain/articles/schemas";
import type { ActionError } from "@/server/actions/run-action";
import { reviseTextAction, updateArticleAction } from "./actions";
import { ArticleMetadataFields, metadataFromForm } from "./ArticleMetadataFields";

/**
 * Edits an article's metadata and, separately, its text: saving new text makes a new revision and
 * re-anchors the claims; the person is told how many moved and which need repair.
 */
export function ArticleEditForm({ article }: { article: ArticleDto }) {
  const router = useRouter();
  const [version, setVersion] = useState(article.version);
  const [metaError, setMetaError] = useState<ActionError | null>(null);
  const [textError, setTextError] = useState<ActionError | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [text, setText] = useState(article.text);
  const readerHref = `/stories/${article.storyId}/articles/${article.id}`;

  async function saveMetadata(form: HTMLFormElement) {
    setNotice(null);
    const result = await updateArticleAction(article.id, { version, ...metadataFromForm(new FormData(form)) });
    if (!result.ok) return setMetaError(result.error);
    setMetaError(null);
    setVersion(result.data.version);
    setNotice("Details saved.");
    router.refresh();
  }

  async function saveText() {
    setNotice(null);
    const result = await reviseTextAction(article.id, { version, text });
    if (!result.ok) return setTextError(result.error);
    setTextError(null);
    setVersion(result.data.article.version);
    const { moved, unchanged, reworded, orphaned } = result.data.claims;
    setNotice(
      `Saved revision ${result.data.article.revisionNumber}: ${unchanged + moved} claims follow their words` +
        (reworded > 0 ? ` (${reworded} followed reworded text and are marked “Words changed: check”)` : "") +
        (orphaned > 0 ? `, ${orphaned} need repair (their words are gone).` : "."),
    );
    router.refresh();
  }

  return (
    <div className="edit-grid">
      {notice && (
        <div className="alert alert-ok" role="status">
          {notice} <Link href={readerHref}>Back to the article</Link>
        </div>
      )}
      <form
        className="card"
        aria-labelledby="details-heading"
        onSubmit={(e) => {
          e.preventDefault();
          void saveMetadata(e.currentTarget);
        }}
      >
        <h2 id="details-heading">Details</h2>
        {metaError && (
          <div className="alert alert-error" role="alert">
            {metaError.message}
          </div>
        )}
        <ArticleMetadataFields initial={article} errors={metaError?.details} />
        <button type="submit" className="button">
          Save details
        </button>
      </form>
      <form
        className="card"
        aria-labelledby="text-heading"
        onSubmit={(e) => {
          e.preventDefault();
          void saveText();
        }}
      >
        <h2 id="text-heading">Text</h2>
        <p className="hint">
          Saving makes revision {(article.revisionNumber ?? 0) + 1}. Every claim is moved to follow its words; a claim whose words are gone is kept and listed
          for repair.
        </p>
        {textError && (
          <div className="alert alert-error" role="alert">
            {textError.message}
          </div>
        )}
        <div className="field">
          <label htmlFor="article-text">Article text</label>
          <textarea id="article-text" rows={22} value={text} onChange={(e) => setText(e.target.value)} className="text-editor" />
        </div>
        <button type="submit" className="button" disabled={text === article.text}>
          Save new revision
        </button>
      </form>
    </div>
  );
}
