"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import type { ActionError } from "@/server/actions/run-action";
import { createStoryAction, updateStoryAction } from "./actions";

interface Props {
  /** Editing an existing story; creating a new one when absent. */
  story?: { id: string; title: string; description: string; version: number };
  onDone?: () => void;
}

/** Creates a story, or renames and describes one (with its version, so a stale edit is refused). */
export function StoryForm({ story, onDone }: Props) {
  const router = useRouter();
  const [error, setError] = useState<ActionError | null>(null);
  const [saving, setSaving] = useState(false);
  const fieldError = (path: string) => error?.details?.find((d) => d.path === path)?.message;

  async function submit(form: HTMLFormElement) {
    const data = new FormData(form);
    const values = { title: String(data.get("title") ?? ""), description: String(data.get("description") ?? "") };
    setSaving(true);
    const result = story ? await updateStoryAction(story.id, { version: story.version, ...values }) : await createStoryAction(values);
    setSaving(false);
    if (!result.ok) return setError(result.error);
    if (story) {
      onDone?.();
      router.refresh();
    } else router.push(`/stories/${result.data.id}`);
  }

  const prefix = story ? "edit-story" : "new-story";
  return (
    <form
      className="card story-form"
      aria-label={story ? "Edit story" : "New story"}
      onSubmit={(e) => {
        e.preventDefault();
        void submit(e.currentTarget);
      }}
    >
      {error && (
        <div className="alert alert-error" role="alert">
          {error.message}
          {error.code === "conflict" && " Reload the page to see the current version."}
        </div>
      )}
      <div className="field">
        <label htmlFor={`${prefix}-title`}>Title</label>
        <input id={`${prefix}-title`} name="title" defaultValue={story?.title} required aria-invalid={fieldError("title") ? true : undefined} />
        {fieldError("title") && <span className="field-error">{fieldError("title")}</span>}
      </div>
      <div className="field">
        <label htmlFor={`${prefix}-description`}>Description</label>
        <textarea id={`${prefix}-description`} name="description" rows={3} defaultValue={story?.description} />
      </div>
      <div className="form-actions">
        <button type="submit" className="button" disabled={saving}>
          {story ? "Save story" : "Create story"}
        </button>
        {onDone && (
          <button type="button" className="button button-secondary" onClick={onDone}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}
