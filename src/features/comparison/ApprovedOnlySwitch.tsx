import Link from "next/link";

/**
 * "All work" or "Approved only": what the dashboard's figures, matrix and pairs count. In the URL
 * (?approved=1) so that a view of signed-off work can be shared.
 */
export function ApprovedOnlySwitch({ storyId, approvedOnly, keep }: { storyId: string; approvedOnly: boolean; keep: Record<string, string | undefined> }) {
  const href = (approved: boolean) => {
    const q = new URLSearchParams(Object.entries(keep).filter((e): e is [string, string] => Boolean(e[1])));
    if (approved) q.set("approved", "1");
    const query = q.toString();
    return `/stories/${storyId}${query ? `?${query}` : ""}`;
  };
  return (
    <div className="approved-switch">
      <nav aria-label="Count">
        <span className="muted small">Count:</span>{" "}
        <Link href={href(false)} className="chip" aria-current={!approvedOnly ? "true" : undefined}>
          All work
        </Link>
        <Link href={href(true)} className="chip" aria-current={approvedOnly ? "true" : undefined}>
          Approved only
        </Link>
      </nav>
      {approvedOnly && <p className="muted small">Counting approved claims and approved links only: work still in draft or waiting for review is left out.</p>}
    </div>
  );
}
