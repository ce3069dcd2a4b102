import Link from "next/link";
import type { Role } from "@/domain/vocabulary-words";
import { StoryHeaderActions } from "@/features/annotation/StoryHeaderActions";
import { ExportMenu } from "@/features/exchange/ExportMenu";
import { type StoryTab, StoryTabs } from "./StoryTabs";

interface Props {
  story: { id: string; title: string; description: string; version: number };
  current: StoryTab;
  role: Role;
  /** The dashboard shows the description; the other views keep the header short. */
  showDescription?: boolean;
}

/** Breadcrumbs, title, the story's tabs and its actions: the same on every story view. */
export function StoryHeader({ story, current, role, showDescription = false }: Props) {
  return (
    <>
      <nav className="breadcrumbs" aria-label="Breadcrumbs">
        <Link href="/">Stories</Link> /
      </nav>
      <div className="page-head">
        <div>
          <h1>{story.title}</h1>
          {showDescription && story.description && <p>{story.description}</p>}
        </div>
        <ExportMenu storyId={story.id} />
      </div>
      <StoryTabs storyId={story.id} current={current} />
      {role !== "viewer" && <StoryHeaderActions story={story} />}
    </>
  );
}
