import type { Metadata } from "next";
import Link from "next/link";
import { listActivity } from "@/domain/audit/activity";
import { getStory } from "@/domain/stories/service";
import { ActivityFilters } from "@/features/activity/ActivityFilters";
import { ActivityTable } from "@/features/activity/ActivityTable";
import { StoryHeader } from "@/features/stories/StoryHeader";
import { requirePageActor } from "@/server/auth/page-actor";
import { pageOrNotFound } from "@/server/page-errors";
import { can } from "@/domain/auth/can";

export const metadata: Metadata = { title: "Activity" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | undefined>> };

/** Who changed what in the story, when, with before and after; deleted work can be restored here. */
export default async function ActivityPage({ params, searchParams }: Props) {
  const { id } = await params;
  const query = await searchParams;
  const actor = await requirePageActor(`/stories/${id}/activity`);
  const story = await pageOrNotFound(getStory(actor, id));
  const activity = await pageOrNotFound(listActivity(actor, id, { ...query, limit: query.limit ?? "100" }));
  const nextHref = activity.nextCursor
    ? `?${new URLSearchParams({ ...Object.fromEntries(Object.entries(query).filter(([, v]) => v) as [string, string][]), cursor: activity.nextCursor })}`
    : null;
  return (
    <>
      <StoryHeader story={story} current="activity" role={actor.role} />
      <ActivityFilters storyId={id} filters={query} actors={activity.actors} />
      {activity.items.length === 0 ? (
        <div className="card empty">No changes match these filters.</div>
      ) : (
        <ActivityTable storyId={id} items={activity.items} canRestore={can(actor, "restore")} />
      )}
      {nextHref && (
        <p>
          <Link href={nextHref}>Older changes</Link>
        </p>
      )}
    </>
  );
}
