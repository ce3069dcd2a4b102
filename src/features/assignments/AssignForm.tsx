"use client";

import { useState, useTransition } from "react";
import { type AssignmentMode, modeLabel } from "@/domain/assignments/words";
import { assignPeopleAction } from "./actions";

interface Props {
  target: { articleId: string } | { storyId: string };
  /** "this article" or "every article of this story". */
  what: string;
  people: { id: string; name: string; role: string }[];
}

/** The editor's form to give an article or a story to analysts: who, how (shared or independent), by when, with a note. */
export function AssignForm({ target, what, people }: Props) {
  const [chosen, setChosen] = useState<string[]>([]);
  const [mode, setMode] = useState<AssignmentMode>("independent");
  const [due, setDue] = useState("");
  const [note, setNote] = useState("");
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [pending, start] = useTransition();
  const toggle = (id: string) => setChosen((c) => (c.includes(id) ? c.filter((x) => x !== id) : [...c, id]));
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    start(async () => {
      const r = await assignPeopleAction({ ...target, userIds: chosen, mode, due: due || undefined, note: note || undefined });
      if (r.ok) {
        setMessage({ ok: true, text: `Assigned ${what} to ${r.data.map((a) => a.userName).join(", ")}.` });
        setChosen([]);
      } else setMessage({ ok: false, text: r.error.message });
    });
  };
  return (
    <form className="assign-form" onSubmit={submit} aria-label={`Assign ${what}`}>
      <fieldset className="field">
        <legend>People</legend>
        <div className="assign-people">
          {people.map((p) => (
            <label key={p.id} className="check">
              <input type="checkbox" checked={chosen.includes(p.id)} onChange={() => toggle(p.id)} /> {p.name} <span className="muted">({p.role})</span>
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset className="field">
        <legend>Mode</legend>
        {(["independent", "shared"] as const).map((m) => (
          <label key={m} className="check">
            <input type="radio" name="mode" value={m} checked={mode === m} onChange={() => setMode(m)} /> {modeLabel[m]}
            <span className="muted">
              {m === "independent" ? " (each sees only their own claims until an editor closes the round)" : " (everyone sees everyone's claims)"}
            </span>
          </label>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor="assign-due">Due (optional)</label>
        <input id="assign-due" type="date" value={due} onChange={(e) => setDue(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor="assign-note">Note (optional)</label>
        <textarea id="assign-note" rows={2} maxLength={2000} value={note} onChange={(e) => setNote(e.target.value)} />
      </div>
      <div className="form-actions">
        <button type="submit" className="button" disabled={pending || chosen.length === 0}>
          {pending ? "Assigning…" : "Assign"}
        </button>
      </div>
      <p role="status" className={message && !message.ok ? "field-error" : "muted"}>
        {message?.text}
      </p>
    </form>
  );
}
