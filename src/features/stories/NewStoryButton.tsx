"use client";

import { useState } from "react";
import { StoryForm } from "./StoryForm";

export function NewStoryButton() {
  const [open, setOpen] = useState(false);
  return open ? (
    <div style={{ marginBottom: "1rem" }}>
      <StoryForm onDone={() => setOpen(false)} />
    </div>
  ) : (
    <button type="button" className="button" onClick={() => setOpen(true)}>
      New story
    </button>
  );
}
