import Link from "next/link";
import type { ClaimDto } from "@/domain/claims/schemas";
import type { ArticleSummaryDto } from "@/domain/stories/schemas";
import { sourcings, sourcingLabel } from "@/domain/vocabulary-words";
import { SourcingBadge, StatusBadge } from "@/features/claims/SourcingBadge";
import { articleByline } from "./byline";

/** One article of a story: its metadata, sourcing mix and claims in reading order. */
export function ArticleClaimsCard({ storyId, article, claims }: { storyId: string; article: ArticleSummaryDto; claims: ClaimDto[] }) {
  const readerHref = `/stories/${storyId}/articles/${article.id}`;
  const mix = sourcings.map((s) => ({ s, n: claims.filter((c) => c.sourcing === s).length }));
  return (
    <section className="card" aria-labelledby={`article-${article.id}`}>
      <h2 id={`article-${article.id}`}>
        <Link href={readerHref}>{article.title}</Link>
      </h2>
      <div className="article-meta">{articleByline(article)}</div>
      <ul className="stats" aria-label="Sourcing mix">
        <li>
          <strong>{claims.length}</strong> claims
        </li>
        {mix.map(({ s, n }) => (
          <li key={s}>
            <strong>{n}</strong> {sourcingLabel[s].toLowerCase()}
          </li>
        ))}
      </ul>
      <h3 className="muted" style={{ marginTop: "1rem" }}>
        Claims
      </h3>
      {claims.length === 0 ? (
        <p className="muted">No claims recorded yet.</p>
      ) : (
        <ol className="claim-list">
          {claims.map((claim) => (
            <li key={claim.id} className="claim-item" data-sourcing={claim.sourcing}>
              <Link href={`${readerHref}#claim-${claim.id}`}>
                <div className="claim-statement">{claim.statement}</div>
                <blockquote className="claim-quote">{claim.selector.exact}</blockquote>
                <div className="claim-meta">
                  <SourcingBadge sourcing={claim.sourcing} />
                  {claim.source && <span>Source: {claim.source}</span>}
                  <StatusBadge status={claim.status} />
                  {claim.orphaned && <span className="badge badge-orphaned">Orphaned</span>}
                </div>
              </Link>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
