import Link from "next/link";
import type { ReactNode } from "react";

/**
 * The one filter form of the list pages (claims, review queue, activity): a GET form, so filters
 * live in the URL and can be shared; Apply submits, Clear goes back to the unfiltered list.
 */
export function FilterBar({ label, clearHref, children }: { label: string; clearHref: string; children: ReactNode }) {
  return (
    <form className="card filters" method="get" aria-label={label}>
      {children}
      <div className="form-actions">
        <button type="submit" className="button">
          Apply
        </button>
        <Link className="button button-secondary" href={clearHref}>
          Clear
        </Link>
      </div>
    </form>
  );
}

/**
 * A filter by one of a list of records (story, article, person): "any" first, then each by name.
 * `rebuildKey` rebuilds the select when its choices change (a kept select would show stale ones).
 */
export function SelectFilter(props: {
  id: string;
  name: string;
  label: string;
  anyLabel: string;
  value?: string;
  options: { id: string; label: string }[];
  rebuildKey?: string;
}) {
  return (
    <div className="field">
      <label htmlFor={props.id}>{props.label}</label>
      <select key={props.rebuildKey} id={props.id} name={props.name} defaultValue={props.value ?? ""}>
        <option value="">{props.anyLabel}</option>
        {props.options.map((o) => (
          <option key={o.id} value={o.id}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
