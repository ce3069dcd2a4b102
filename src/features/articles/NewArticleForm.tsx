"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import type { ExtractedArticle } from "@/domain/articles/import-html";
import type { ActionError, ActionResult } from "@/server/actions/run-action";
import { createArticleAction, previewHtmlAction, previewMarkdownAction } from "./actions";
import { ArticleMetadataFields, metadataFromForm, type MetadataValues } from "./ArticleMetadataFields";

const ACCEPT = ".txt,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html";

/**
 * Adds an article by pasting its text or uploading a .txt, .md or .html file. HTML and Markdown go
 * through the article extractor first; its title, byline, date and outlet prefill the form, and the
 * extracted text can be checked before saving.
 */
export function NewArticleForm({ storyId }: { storyId: string }) {
  const router = useRouter();
  const [meta, setMeta] = useState<MetadataValues>({ language: "en" });
  const [text, setText] = useState("");
  const [error, setError] = useState<ActionError | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  async function onFile(file: File) {
    setError(null);
    const content = await file.text();
    const name = file.name.toLowerCase();
    let result: ActionResult<ExtractedArticle> | null = null;
    try {
      if (name.endsWith(".html") || name.endsWith(".htm") || file.type === "text/html") result = await previewHtmlAction(content);
      else if (name.endsWith(".md") || name.endsWith(".markdown")) result = await previewMarkdownAction(content);
    } catch {
      // The request itself failed (too large for the server, or the connection dropped).
      return setError({
        code: "request_failed",
        message: `${file.name} could not be read by the server: it may be too large (${content.length.toLocaleString("en")} characters; the limit is 2,000,000).`,
      });
    }
    if (!result) {
      setText(content);
      setMeta((m) => ({ ...m, title: m.title || file.name.replace(/\.[^.]+$/, "") }));
      setNote(`Loaded ${file.name}.`);
      return;
    }
    if (!result.ok) return setError(result.error);
    const page = result.data;
    setText(page.text);
    setMeta({ title: page.title, outlet: page.outlet, author: page.byline, publishedAt: page.publishedAt, url: page.url, language: page.language ?? "en" });
    setNote(`Extracted the article from ${file.name}: navigation, comments and scripts were dropped. Check the text and details below.`);
  }

  async function save(form: HTMLFormElement) {
    setSaving(true);
    const result = await createArticleAction(storyId, { ...metadataFromForm(new FormData(form)), text });
    setSaving(false);
    if (!result.ok) return setError(result.error);
    router.push(`/stories/${storyId}/articles/${result.data.id}`);
  }

  return (
    <form
      className="edit-grid"
      onSubmit={(e) => {
        e.preventDefault();
        void save(e.currentTarget);
      }}
    >
      {error && (
        <div className="alert alert-error" role="alert">
          {error.message}
        </div>
      )}
      {note && !error && (
        <div className="alert alert-ok" role="status">
          {note}
        </div>
      )}
      <div className="card">
        <h2>Details</h2>
        <ArticleMetadataFields initial={meta} errors={error?.details} />
      </div>
      <div className="card">
        <h2>Text</h2>
        <div className="field">
          <label htmlFor="article-file">Upload a file (.txt, .md or .html)</label>
          <input id="article-file" type="file" accept={ACCEPT} onChange={(e) => e.target.files?.[0] && void onFile(e.target.files[0])} />
        </div>
        <div className="field">
          <label htmlFor="article-text">Or paste the article’s text</label>
          <textarea
            id="article-text"
            className="text-editor"
            rows={20}
            value={text}
            onChange={(e) => setText(e.target.value)}
            aria-invalid={error?.details?.some((d) => d.path === "text") ? true : undefined}
          />
        </div>
        <button type="submit" className="button" disabled={saving}>
          {saving ? "Adding…" : "Add article"}
        </button>
      </div>
    </form>
  );
}
