"use client";

import { useEffect, useId, useState } from "react";
import type { CommentDto, CommentTargetType } from "@/domain/comments/schemas";
import type { Role } from "@/domain/vocabulary-words";
import { formatWhen } from "@/features/shell/when";
import { addCommentAction, deleteCommentAction, editCommentAction, listCommentsAction } from "./actions";
import { can } from "@/domain/auth/can";
import { MentionTextarea } from "./MentionTextarea";

interface Props {
  type: CommentTargetType;
  targetId: string;
  viewer: { userId: string; role: Role };
  /** Comments already loaded by the page; fetched on mount otherwise. */
  initial?: CommentDto[];
  /** Comments written elsewhere (e.g. a send-back note) to show at once. */
  extra?: CommentDto[];
}

/** The discussion beside a claim, proposition or link: read by everyone, written by analysts and editors. */
export function CommentThread({ type, targetId, viewer, initial, extra = [] }: Props) {
  const [comments, setComments] = useState<CommentDto[] | null>(initial ?? null);
  const [draft, setDraft] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [editing, setEditing] = useState<{ id: string; body: string } | null>(null);
  const id = useId();
  const canWrite = can(viewer, "create");

  useEffect(() => {
    if (initial) return;
    let live = true;
    void listCommentsAction(type, targetId).then((r) => {
      if (!live) return;
      if (r.ok) setComments(r.data);
      else setError(r.error.message);
    });
    return () => {
      live = false;
    };
  }, [type, targetId, initial]);

  const shown = [...(comments ?? []), ...extra.filter((e) => !comments?.some((c) => c.id === e.id))];
  const replace = (c: CommentDto) => setComments((list) => (list ?? []).map((x) => (x.id === c.id ? c : x)));

  async function post() {
    const r = await addCommentAction(type, targetId, { body: draft });
    if (!r.ok) return setError(r.error.message);
    setComments((list) => [...(list ?? []), r.data]);
    setDraft("");
    setError(null);
  }

  async function saveEdit(c: CommentDto) {
    if (!editing) return;
    const r = await editCommentAction(c.id, { version: c.version, body: editing.body });
    if (!r.ok) return setError(r.error.message);
    replace(r.data);
    setEditing(null);
    setError(null);
  }

  async function remove(c: CommentDto) {
    const r = await deleteCommentAction(c.id, c.version);
    if (!r.ok) return setError(r.error.message);
    setComments((list) => (list ?? []).filter((x) => x.id !== c.id));
  }

  return (
    <section className="comments" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`} className="comments-title">
        Comments {comments ? `(${shown.length})` : ""}
      </h3>
      {comments === null && !error && <p className="muted">Loading comments…</p>}
      {shown.length > 0 && (
        <ol className="comment-list">
          {shown.map((c) => {
            const mine = c.author?.id === viewer.userId;
            return (
              <li key={c.id} className="comment" data-kind={c.kind}>
                <div className="comment-meta">
                  <strong>{c.importedAuthor ?? c.author?.name ?? "Former member"}</strong>
                  {c.importedAuthor && <span className="muted">(imported by {c.author?.name ?? "a former member"})</span>}
                  {c.kind === "sent_back" && <span className="badge badge-sent-back">Sent back</span>}
                  <time dateTime={c.createdAt}>{formatWhen(c.createdAt)}</time>
                  {c.version > 1 && <span className="muted">(edited)</span>}
                </div>
                {editing?.id === c.id ? (
                  <div className="field">
                    <label htmlFor={`${id}-edit-${c.id}`} className="visually-hidden">
                      Edit comment
                    </label>
                    <textarea id={`${id}-edit-${c.id}`} rows={2} value={editing.body} onChange={(e) => setEditing({ id: c.id, body: e.target.value })} />
                    <div className="form-actions">
                      <button type="button" className="button button-small" onClick={() => void saveEdit(c)}>
                        Save
                      </button>
                      <button type="button" className="button button-secondary button-small" onClick={() => setEditing(null)}>
                        Cancel
                      </button>
                    </div>
                  </div>
                ) : (
                  <p className="comment-body">{c.body}</p>
                )}
                {can(viewer, "update", { createdById: c.author?.id ?? null }) && editing?.id !== c.id && (
                  <div className="comment-actions">
                    {mine && (
                      <button type="button" className="link-button" onClick={() => setEditing({ id: c.id, body: c.body })}>
                        Edit
                      </button>
                    )}
                    <button type="button" className="link-button" onClick={() => void remove(c)}>
                      Delete
                    </button>
                  </div>
                )}
              </li>
            );
          })}
        </ol>
      )}
      {comments !== null && shown.length === 0 && <p className="muted">No comments yet.</p>}
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      {canWrite ? (
        <form
          className="comment-form"
          onSubmit={(e) => {
            e.preventDefault();
            void post();
          }}
        >
          <label htmlFor={`${id}-new`} className="visually-hidden">
            Add a comment
          </label>
          <MentionTextarea
            id={`${id}-new`}
            placeholder="Add a comment… (@ to mention someone)"
            value={draft}
            onChange={setDraft}
            onKeyDown={(e) => {
              e.stopPropagation();
              if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
                e.preventDefault();
                void post();
              }
            }}
          />
          <button type="submit" className="button button-secondary button-small" disabled={draft.trim() === ""}>
            Comment
          </button>
        </form>
      ) : (
        <p className="hint">Viewers read comments; analysts and editors write them.</p>
      )}
    </section>
  );
}
