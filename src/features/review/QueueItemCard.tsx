import Link from "next/link";
import type { Actor } from "@/domain/auth/actor";
import type { QueueItemDto } from "@/domain/review/schemas";
import type { Sourcing } from "@/domain/vocabulary-words";
import { WordsChangedBadge } from "@/features/articles/WordsChangedBadge";
import { SourcingBadge } from "@/features/claims/SourcingBadge";
import { SelectItem } from "./BulkSelection";
import { QueueItemActions } from "./QueueItemActions";

function waited(iso: string): string {
  const minutes = Math.max(0, Math.round((Date.now() - new Date(iso).getTime()) / 60_000));
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.round(minutes / 60);
  return hours < 48 ? `${hours} h` : `${Math.round(hours / 24)} days`;
}

/** One claim or link waiting for a decision: where it is, who asked and how long ago, and (for editors) the decision. */
export function QueueItemCard({ item, actor, isEditor }: { item: QueueItemDto; actor: Actor; isEditor: boolean }) {
  const author = item.author?.name ?? "a former member";
  return (
    <li className="card" data-kind={item.kind}>
      <div className="queue-item-head">
        {isEditor && <SelectItem id={item.id} statement={item.statement} />}
        <span className="badge badge-status">{item.kind === "claim" ? "Claim" : "Link"}</span>
        {item.wordsChanged && <WordsChangedBadge what={item.kind} />}
        <span>
          <Link href={`/stories/${item.storyId}`}>{item.storyTitle}</Link> ·{" "}
          <Link href={`/stories/${item.storyId}/articles/${item.articleId}${item.kind === "claim" ? `#claim-${item.id}` : ""}`}>{item.articleTitle}</Link>
          {item.outlet && ` (${item.outlet})`}
        </span>
        <span>
          by {item.importedAuthor ? `${item.importedAuthor} (imported by ${author})` : author}, waiting{" "}
          <time dateTime={item.requestedAt}>{waited(item.requestedAt)}</time>
        </span>
      </div>
      <p className="claim-statement">
        <strong>{item.statement}</strong>
      </p>
      <blockquote className="claim-quote">{item.exact}</blockquote>
      <div className="claim-meta">
        <SourcingBadge sourcing={item.sourcing as Sourcing} />
        {item.kind === "link" && (
          <span>
            {item.stance === "supports" ? "supports" : "contradicts"} “{item.proposition}”
          </span>
        )}
      </div>
      {isEditor && <QueueItemActions item={item} viewer={actor} />}
    </li>
  );
}
