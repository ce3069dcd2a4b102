"use client";

import { usePathname, useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { columnsQuery } from "./columns";

interface Props {
  articles: { id: string; title: string }[];
  chosen: string[];
}

/**
 * Which articles side by side shows: one checkbox per article of the story. Ticking one updates the
 * URL (`?articles=…`) at once; without JavaScript the form's Compare button does the same by GET.
 * The last ticked article cannot be unticked: at least one column stays.
 */
export function ColumnChooser({ articles, chosen: initial }: Props) {
  const router = useRouter();
  const pathname = usePathname();
  const [chosen, setChosen] = useState(initial);
  const [pending, startTransition] = useTransition();

  function toggle(id: string, on: boolean) {
    const next = articles.map((a) => a.id).filter((x) => (x === id ? on : chosen.includes(x)));
    if (next.length === 0) return;
    setChosen(next);
    startTransition(() => router.push(`${pathname}${columnsQuery(next)}`, { scroll: false }));
  }

  return (
    <form className="compare-pickers column-chooser" method="get" aria-label="Choose articles" aria-busy={pending || undefined}>
      <fieldset>
        <legend>
          Articles side by side{" "}
          <span className="muted small">
            ({chosen.length} of {articles.length})
          </span>
        </legend>
        <div className="column-choices">
          {articles.map((a) => {
            const on = chosen.includes(a.id);
            return (
              <label key={a.id} className="check column-choice">
                <input
                  type="checkbox"
                  name="articles"
                  value={a.id}
                  checked={on}
                  disabled={on && chosen.length === 1}
                  onChange={(e) => toggle(a.id, e.target.checked)}
                />{" "}
                {a.title}
              </label>
            );
          })}
        </div>
      </fieldset>
      <noscript>
        <button type="submit" className="button button-secondary button-small">
          Compare
        </button>
      </noscript>
    </form>
  );
}
