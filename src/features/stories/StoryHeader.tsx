import Link from "next/link";
import type { Role } from "@/domain/vocabulary-words";
import { StoryHeaderActions } from "./StoryHeaderActions";
import { ExportMenu } from "@/features/exchange/ExportMenu";
import { type StoryTab, StoryTabs } from "./StoryTabs";
import { can } from "@/domain/auth/can";
import { PresenceBar } from "@/features/live/PresenceBar";

interface Props {
  story: { id: string; title: string; description: string; version: number; importedFrom?: { fileName: string | null; at: string } | null };
  current: StoryTab;
  role: Role;
  /** The dashboard shows the description; the other views keep the header short. */
  showDescription?: boolean;
}

const day = (iso: string) => new Date(iso).toLocaleDateString("en-GB", { dateStyle: "medium", timeZone: "UTC" });

/** Where an imported story came from: "Imported from file X on <day>". */
function ImportedFrom({ fileName, at }: { fileName: string | null; at: string }) {
  return (
    <p className="muted story-provenance">
      Imported{" "}
      {fileName ? (
        <>
          from file <strong>{fileName}</strong>{" "}
        </>
      ) : (
        "from a file "
      )}
      on <time dateTime={at}>{day(at)}</time>
    </p>
  );
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
          {story.importedFrom && <ImportedFrom {...story.importedFrom} />}
          {showDescription && story.description && <p>{story.description}</p>}
        </div>
        <div className="page-head-actions">
          <Link href={`/stories/${story.id}/report`} className="button button-secondary">
            Report
          </Link>
          <ExportMenu storyId={story.id} />
        </div>
      </div>
      <PresenceBar />
      <StoryTabs storyId={story.id} current={current} editor={can({ role }, "assign")} />
      {can({ role }, "create") && <StoryHeaderActions story={story} />}
    </>
  );
}
