import type { DraftItemDto } from "@/domain/assistance/draft-service";
import { SourcingBadge } from "@/features/claims/SourcingBadge";
import { stanceView } from "@/features/comparison/CellView";

/** One drafted proposition: its statement, each article's claim with its stance, and what differs. */
export function DraftItemView({
  item,
  articleTitles,
  active,
  onChoose,
}: {
  item: DraftItemDto;
  articleTitles: Record<string, string>;
  active: boolean;
  onChoose: () => void;
}) {
  return (
    <>
      <button type="button" className="claim-choose draft-statement" aria-pressed={active} onClick={onChoose}>
        {item.statement}
      </button>
      <ul className="draft-claims">
        {item.claims.map((c) => (
          <li key={`${c.articleId}-${c.selector.start}`} className="draft-claim" data-stance={c.stance}>
            <span className={`draft-stance draft-stance-${c.stance}`}>
              <span aria-hidden="true">{stanceView[c.stance].icon}</span> {stanceView[c.stance].label}
            </span>{" "}
            <span className="draft-article">{articleTitles[c.articleId] ?? "Article"}</span>
            <blockquote className="claim-quote suggestion-quote">{c.selector.exact}</blockquote>
            <span className="claim-meta">
              <SourcingBadge sourcing={c.sourcing} />
              <span>{c.source}</span>
              <span className="muted">{c.claimId ? "recorded claim" : "suggested words"}</span>
            </span>
          </li>
        ))}
      </ul>
      {item.reasons.length > 0 && (
        <ul className="suggestion-reasons" aria-label="What differs">
          {item.reasons.map((r) => (
            <li key={r.text}>{r.text}</li>
          ))}
        </ul>
      )}
    </>
  );
}
