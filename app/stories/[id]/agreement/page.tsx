import type { Metadata } from "next";
import { getStoryAgreement } from "@/domain/agreement/service";
import { fileStem } from "@/domain/exchange/export-story";
import { StoryAgreementView } from "@/features/agreement/StoryAgreementView";
import { StoryHeader } from "@/features/stories/StoryHeader";
import { requirePageAccess } from "@/server/auth/page-access";
import { pageOrNotFound } from "@/server/page-errors";
import { storyForPage } from "@/server/page-data";

export const metadata: Metadata = { title: "Agreement" };

type Props = { params: Promise<{ id: string }> };

/** How far independent annotators agree in the story (editors). */
export default async function StoryAgreementPage({ params }: Props) {
  const { id } = await params;
  const actor = await requirePageAccess("rounds.manage", `/stories/${id}/agreement`);
  const [story, figures] = await Promise.all([storyForPage(actor, id), pageOrNotFound(getStoryAgreement(actor, id))]);
  return (
    <>
      <StoryHeader story={story} current="agreement" role={actor.role} />
      <StoryAgreementView figures={figures} fileName={`${fileStem(story.title)}.agreement.csv`} />
    </>
  );
}
