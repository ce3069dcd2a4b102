"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { createPropositionAction } from "./actions";

/** Adds a proposition on its own (claims are linked to it from the side-by-side reader). */
export function NewPropositionForm({ storyId }: { storyId: string }) {
  const router = useRouter();
  const [statement, setStatement] = useState("");
  const [error, setError] = useState<string | null>(null);
  return (
    <form
      className="inline-form"
      aria-label="New proposition"
      onSubmit={async (e) => {
        e.preventDefault();
        const result = await createPropositionAction(storyId, { statement });
        if (!result.ok) return setError(result.error.message);
        setError(null);
        setStatement("");
        router.refresh();
      }}
    >
      <label htmlFor="new-proposition-statement" className="small">
        New proposition
      </label>
      <input
        id="new-proposition-statement"
        value={statement}
        placeholder="A point the articles speak to, e.g. “Kleban is a Russian military officer”"
        onChange={(e) => setStatement(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? "new-proposition-error" : undefined}
      />
      <button type="submit" className="button button-small">
        Add
      </button>
      {error && (
        <span id="new-proposition-error" className="field-error" role="alert">
          {error}
        </span>
      )}
    </form>
  );
}
