import type { Metadata } from "next";
import { getStory } from "@/domain/stories/service";
import { getStoryTimeline } from "@/domain/timeline/service";
import { StoryHeader } from "@/features/stories/StoryHeader";
import { TimelineView } from "@/features/timeline/TimelineView";
import { requirePageActor } from "@/server/auth/page-actor";
import { pageOrNotFound } from "@/server/page-errors";

export const metadata: Metadata = { title: "Timeline" };

/** Who reported each proposition first, and how the coverage moved over time. */
export default async function TimelinePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requirePageActor(`/stories/${id}/timeline`);
  const [story, timeline] = await Promise.all([pageOrNotFound(getStory(actor, id)), pageOrNotFound(getStoryTimeline(actor, id))]);
  return (
    <>
      <StoryHeader story={story} current="timeline" role={actor.role} />
      <TimelineView timeline={timeline} />
    </>
  );
}
