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
