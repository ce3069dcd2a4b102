"use client";

import Link from "next/link";
import { useState } from "react";
import { StoryForm } from "./StoryForm";

/** The story page's "Edit story" and "Add article" actions. */
export function StoryHeaderActions({ story }: { story: { id: string; title: string; description: string; version: number } }) {
  const [editing, setEditing] = useState(false);
  if (editing) return <StoryForm story={story} onDone={() => setEditing(false)} />;
  return (
    <div className="form-actions">
      <button type="button" className="button button-secondary" onClick={() => setEditing(true)}>
        Edit story
      </button>
      <Link className="button" href={`/stories/${story.id}/articles/new`}>
        Add article
      </Link>
    </div>
  );
}
