"use client";
/**
 * A comment box that completes `@names` (issue 16): typing `@` and a few letters lists matching
 * people; arrows choose, Enter or Tab inserts `@Full Name`, Escape closes. The person named is
 * notified when the comment is posted.
 */
import { type KeyboardEvent, useEffect, useId, useRef, useState } from "react";
import type { PersonDto } from "@/domain/notifications/people";
import { roleLabel } from "@/domain/vocabulary-words";

interface Props {
  id: string;
  value: string;
  onChange: (value: string) => void;
  onKeyDown?: (e: KeyboardEvent<HTMLTextAreaElement>) => void;
  placeholder?: string;
  rows?: number;
}

/** The `@word` being typed just before the caret, if any. */
export function mentionAt(text: string, caret: number): { start: number; query: string } | null {
  const before = text.slice(0, caret);
  const m = /(^|[\s(])@([\p{L}\p{M}.'-]{0,30}(?: [\p{L}\p{M}.'-]{0,30})?)$/u.exec(before);
  if (!m) return null;
  return { start: caret - m[2]!.length - 1, query: m[2]! };
}

export function MentionTextarea({ id, value, onChange, onKeyDown, placeholder, rows = 2 }: Props) {
  const ref = useRef<HTMLTextAreaElement>(null);
  const listId = useId();
  const [typing, setTyping] = useState<{ start: number; query: string } | null>(null);
  const [people, setPeople] = useState<PersonDto[]>([]);
  const [chosen, setChosen] = useState(0);

  useEffect(() => {
    if (!typing) return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      fetch(`/api/v1/people?limit=6&q=${encodeURIComponent(typing.query)}`, { signal: controller.signal })
        .then((r) => (r.ok ? (r.json() as Promise<{ items: PersonDto[] }>) : { items: [] }))
        .then((r) => {
          setPeople(r.items);
          setChosen(0);
        })
        .catch(() => undefined);
    }, 120);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [typing]);

  const open = typing !== null && people.length > 0;

  function look(text: string) {
    const caret = ref.current?.selectionStart ?? text.length;
    setTyping(mentionAt(text, caret));
  }

  function insert(person: PersonDto) {
    if (!typing) return;
    const caret = ref.current?.selectionStart ?? value.length;
    const next = `${value.slice(0, typing.start)}@${person.name} ${value.slice(caret)}`;
    onChange(next);
    setTyping(null);
    const at = typing.start + person.name.length + 2;
    requestAnimationFrame(() => ref.current?.setSelectionRange(at, at));
  }

  return (
    <div className="mention-box">
      <textarea
        ref={ref}
        id={id}
        rows={rows}
        placeholder={placeholder}
        value={value}
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={listId}
        aria-activedescendant={open ? `${listId}-${chosen}` : undefined}
        onChange={(e) => {
          onChange(e.target.value);
          look(e.target.value);
        }}
        onBlur={() => setTimeout(() => setTyping(null), 150)}
        onKeyDown={(e) => {
          if (open) {
            if (e.key === "ArrowDown" || e.key === "ArrowUp") {
              e.preventDefault();
              e.stopPropagation();
              setChosen((c) => (c + (e.key === "ArrowDown" ? 1 : people.length - 1)) % people.length);
              return;
            }
            if ((e.key === "Enter" && !e.ctrlKey && !e.metaKey) || e.key === "Tab") {
              e.preventDefault();
              e.stopPropagation();
              insert(people[chosen]!);
              return;
            }
            if (e.key === "Escape") {
              e.preventDefault();
              e.stopPropagation();
              setTyping(null);
              return;
            }
          }
          onKeyDown?.(e);
        }}
      />
      <ul id={listId} role="listbox" aria-label="People to mention" className="mention-list" hidden={!open}>
        {people.map((p, i) => (
          <li
            key={p.id}
            id={`${listId}-${i}`}
            role="option"
            aria-selected={i === chosen}
            className={i === chosen ? "is-chosen" : undefined}
            onMouseDown={(e) => {
              e.preventDefault();
              insert(p);
            }}
          >
            {p.name} <span className="muted">{roleLabel[p.role]}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
