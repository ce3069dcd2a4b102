import Link from "next/link";
import type { ClaimSearchResult } from "@/domain/claims/schemas";
import { SourcingBadge, StatusBadge } from "./SourcingBadge";

/** A story's claims, one row each, with their quote, sourcing, status, article and author. */
export function ClaimsTable({ storyId, result }: { storyId: string; result: ClaimSearchResult }) {
  return (
    <>
      <p className="muted" role="status">
        {result.total === result.items.length ? `${result.total} claims` : `Showing ${result.items.length} of ${result.total} claims`}
      </p>
      {result.items.length === 0 ? (
        <div className="card empty">No claims match these filters.</div>
      ) : (
        <div className="card table-wrap">
          <table className="claims-table">
            <thead>
              <tr>
                <th scope="col">Statement and quote</th>
                <th scope="col">Sourcing</th>
                <th scope="col">Source</th>
                <th scope="col">Status</th>
                <th scope="col">Article</th>
                <th scope="col">By</th>
              </tr>
            </thead>
            <tbody>
              {result.items.map((c) => (
                <tr key={c.id}>
                  <td>
                    <Link href={`/stories/${storyId}/articles/${c.articleId}#claim-${c.id}`} className="claim-statement">
                      {c.statement}
                    </Link>
                    <div className="claim-quote">{c.selector.exact}</div>
                    {c.orphaned && <span className="badge badge-orphaned">Orphaned</span>}
                  </td>
                  <td>
                    <SourcingBadge sourcing={c.sourcing} />
                  </td>
                  <td>{c.source}</td>
                  <td>
                    <StatusBadge status={c.status} />
                  </td>
                  <td>{c.articleTitle}</td>
                  <td>
                    {c.importedAuthor ? (
                      <>
                        {c.importedAuthor}
                        <span className="muted imported-by"> imported by {c.createdByName ?? "a former member"}</span>
                      </>
                    ) : (
                      c.createdByName
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
