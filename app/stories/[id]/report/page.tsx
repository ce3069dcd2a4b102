import type { Metadata } from "next";
import { loadStoryReport } from "@/domain/report/story-report";
import { StoryReportView } from "@/features/report/StoryReportView";
import { requirePageActor } from "@/server/auth/page-actor";
import { storyForPage } from "@/server/page-data";
import { pageOrNotFound } from "@/server/page-errors";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const actor = await requirePageActor(`/stories/${id}/report`);
  const story = await storyForPage(actor, id);
  return { title: `Report: ${story.title}` };
}

/** The printable story report (issue 15): every role that reads the story may read it. */
export default async function StoryReportPage({ params }: Props) {
  const { id } = await params;
  const actor = await requirePageActor(`/stories/${id}/report`);
  const report = await pageOrNotFound(loadStoryReport(actor, id));
  return <StoryReportView report={report} />;
}
