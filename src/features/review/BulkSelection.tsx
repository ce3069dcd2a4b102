"use client";

import { createContext, useContext, useMemo, useState, type ReactNode } from "react";

export interface Selectable {
  kind: "claim" | "link";
  id: string;
  version: number;
  statement: string;
}

interface Selection {
  items: Selectable[];
  /** The selected ids among the items on this page (ids that left the page drop out). */
  selected: Set<string>;
  toggle: (id: string, on: boolean) => void;
  setAll: (on: boolean) => void;
  clear: () => void;
}

const SelectionContext = createContext<Selection | null>(null);

export function useSelection(): Selection {
  const s = useContext(SelectionContext);
  if (!s) throw new Error("useSelection outside BulkSelection");
  return s;
}

/** Which queue items on this page are selected for a bulk decision. */
export function BulkSelection({ items, children }: { items: Selectable[]; children: ReactNode }) {
  const [chosen, setChosen] = useState<Set<string>>(() => new Set());
  const value = useMemo<Selection>(() => {
    const onPage = new Set(items.map((i) => i.id));
    const selected = new Set([...chosen].filter((id) => onPage.has(id)));
    return {
      items,
      selected,
      toggle: (id, on) =>
        setChosen((prev) => {
          const next = new Set(prev);
          if (on) next.add(id);
          else next.delete(id);
          return next;
        }),
      setAll: (on) => setChosen(on ? onPage : new Set()),
      clear: () => setChosen(new Set()),
    };
  }, [items, chosen]);
  return <SelectionContext.Provider value={value}>{children}</SelectionContext.Provider>;
}

/** The checkbox that selects one queue item. */
export function SelectItem({ id, statement }: { id: string; statement: string }) {
  const { selected, toggle } = useSelection();
  return (
    <label className="queue-select">
      <input type="checkbox" checked={selected.has(id)} onChange={(e) => toggle(id, e.target.checked)} />
      <span className="visually-hidden">Select “{statement}”</span>
    </label>
  );
}
