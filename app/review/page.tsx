import type { Metadata } from "next";
import Link from "next/link";
import { can } from "@/domain/auth/can";
import { DomainError } from "@/domain/errors";
import { listReviewQueue } from "@/domain/review/service";
import { sourcings, sourcingLabel } from "@/domain/vocabulary";
import { SourcingBadge } from "@/features/claims/SourcingBadge";
import { QueueAnnouncer } from "@/features/review/QueueAnnouncer";
import { EmptyQueueNotice } from "@/features/review/EmptyQueueNotice";
import { QueueItemActions } from "@/features/review/QueueItemActions";
import { BulkReviewBar } from "@/features/review/BulkReviewBar";
import { BulkSelection, SelectItem } from "@/features/review/BulkSelection";
import { WordsChangedBadge } from "@/features/articles/WordsChangedBadge";
import { requirePageActor } from "@/server/auth/page-actor";

export const metadata: Metadata = { title: "Review queue" };

type Props = { searchParams: Promise<Record<string, string | undefined>> };

function waited(iso: string): string {
  const minutes = Math.max(0, Math.round((Date.now() - new Date(iso).getTime()) / 60_000));
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.round(minutes / 60);
  return hours < 48 ? `${hours} h` : `${Math.round(hours / 24)} days`;
}

/** What waits for an editor's decision, oldest request first, across stories. */
export default async function ReviewQueuePage({ searchParams }: Props) {
  const query = await searchParams;
  const actor = await requirePageActor("/review");
  const isEditor = can(actor, "review");
  let queue: Awaited<ReturnType<typeof listReviewQueue>> | null = null;
  let problem: string | null = null;
  try {
    queue = await listReviewQueue(actor, query, { facets: true });
  } catch (error) {
    if (!(error instanceof DomainError) || error.code !== "invalid_input") throw error;
    problem = error.message;
  }
  const kept = Object.entries(query).filter(([k, v]) => v && k !== "cursor") as [string, string][];
  const stories = queue?.facets?.stories ?? [];
  const authors = queue?.facets?.authors ?? [];
  const filteredStory = query.story ? (stories.find((s) => s.id === query.story) ?? null) : null;
  const waitingElsewhere = stories.filter((s) => s.id !== query.story).reduce((sum, s) => sum + s.waiting, 0);
  // Keyed by the choices: after a decision refreshes the page the selects are rebuilt with the
  // address's filter selected (a kept select would show whatever its options became).
  const storyKey = [query.story, ...stories.map((s) => s.id)].join();
  const authorKey = [query.author, ...authors.map((a) => a.id)].join();
  const nextHref = queue?.nextCursor ? `?${new URLSearchParams([...kept, ["cursor", queue.nextCursor]])}` : null;
  return (
    <>
      <div className="page-head">
        <div>
          <h1>Review queue</h1>
          <p>
            Claims and links their authors submitted for review, oldest first.{" "}
            {isEditor ? "Approve them, or send them back with a note on what to change." : "Editors approve them or send them back with a note."}
          </p>
        </div>
      </div>
      <form className="card filters" method="get" aria-label="Filter the queue">
        <div className="field">
          <label htmlFor="q-story">Story</label>
          <select key={storyKey} id="q-story" name="story" defaultValue={query.story ?? ""}>
            <option value="">All stories</option>
            {stories.map((s) => (
              <option key={s.id} value={s.id}>
                {s.title}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="q-author">Author</label>
          <select key={authorKey} id="q-author" name="author" defaultValue={query.author ?? ""}>
            <option value="">Anyone</option>
            {authors.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="q-kind">Kind</label>
          <select id="q-kind" name="kind" defaultValue={query.kind ?? ""}>
            <option value="">Claims and links</option>
            <option value="claim">Claims</option>
            <option value="link">Links</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor="q-sourcing">Sourcing</label>
          <select id="q-sourcing" name="sourcing" defaultValue={query.sourcing ?? ""}>
            <option value="">Any sourcing</option>
            {sourcings.map((s) => (
              <option key={s} value={s}>
                {sourcingLabel[s]}
              </option>
            ))}
          </select>
        </div>
        <div className="form-actions">
          <button type="submit" className="button">
            Apply
          </button>
          <Link className="button button-secondary" href="/review">
            Clear
          </Link>
        </div>
      </form>
      <QueueAnnouncer />
      {problem && (
        <div className="alert alert-error" role="alert">
          {problem}
        </div>
      )}
      {queue && queue.items.length === 0 && (
        <EmptyQueueNotice story={filteredStory} otherFilters={kept.some(([k]) => k !== "story")} waitingElsewhere={waitingElsewhere} />
      )}
      {queue && queue.items.length > 0 && (
        <BulkSelection items={queue.items.map((i) => ({ kind: i.kind, id: i.id, version: i.version, statement: i.statement }))}>
          {isEditor && <BulkReviewBar />}
          <ol className="queue-list" aria-label="Waiting for review">
            {queue.items.map((item) => (
              <li key={item.id} className="card" data-kind={item.kind}>
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
                    by {item.importedAuthor ? `${item.importedAuthor} (imported by ${item.author?.name ?? "a former member"})` : (item.author?.name ?? "a former member")}, waiting <time dateTime={item.requestedAt}>{waited(item.requestedAt)}</time>
                  </span>
                </div>
                <p className="claim-statement">
                  <strong>{item.statement}</strong>
                </p>
                <blockquote className="claim-quote">{item.exact}</blockquote>
                <div className="claim-meta">
                  <SourcingBadge sourcing={item.sourcing as (typeof sourcings)[number]} />
                  {item.kind === "link" && (
                    <span>
                      {item.stance === "supports" ? "supports" : "contradicts"} “{item.proposition}”
                    </span>
                  )}
                </div>
                {isEditor && <QueueItemActions item={item} viewer={actor} />}
              </li>
            ))}
          </ol>
        </BulkSelection>
      )}
      {nextHref && (
        <p>
          <Link href={nextHref}>More</Link>
        </p>
      )}
    </>
  );
}
