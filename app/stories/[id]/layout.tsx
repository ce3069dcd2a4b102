import type { ReactNode } from "react";
import { LiveStoryProvider } from "@/features/live/LiveStoryProvider";
import { getPageActor } from "@/server/auth/page-actor";
import { storyForPage } from "@/server/page-data";

type Props = { children: ReactNode; params: Promise<{ id: string }> };

/** Every view of a story follows its changes live and shows who else is here (issue 16). */
export default async function StoryLayout({ children, params }: Props) {
  const { id } = await params;
  const actor = await getPageActor();
  // The pages themselves send a visitor who is not signed in to the sign-in page.
  if (!actor) return children;
  const story = await storyForPage(actor, id);
  return (
    <LiveStoryProvider storyId={id} me={actor.userId} articleTitles={Object.fromEntries(story.articles.map((a) => [a.id, a.title]))}>
      {children}
    </LiveStoryProvider>
  );
}
