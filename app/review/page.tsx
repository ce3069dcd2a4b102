import type { Metadata } from "next";
import Link from "next/link";
import { can } from "@/domain/auth/can";
import { DomainError } from "@/domain/errors";
import { listReviewQueue } from "@/domain/review/service";

import { QueueAnnouncer } from "@/features/review/QueueAnnouncer";
import { EmptyQueueNotice } from "@/features/review/EmptyQueueNotice";

import { BulkReviewBar } from "@/features/review/BulkReviewBar";
import { QueueFilters } from "@/features/review/QueueFilters";
import { QueueItemCard } from "@/features/review/QueueItemCard";
import { BulkSelection } from "@/features/review/BulkSelection";

import { requirePageActor } from "@/server/auth/page-actor";

export const metadata: Metadata = { title: "Review queue" };

type Props = { searchParams: Promise<Record<string, string | undefined>> };

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
      <QueueFilters filters={query} stories={stories} authors={authors} />
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
              <QueueItemCard key={item.id} item={item} actor={actor} isEditor={isEditor} />
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
