import type { Metadata } from "next";
import Link from "next/link";
import { getStory } from "@/domain/stories/service";
import { ImportFromUrlForm } from "@/features/articles/ImportFromUrlForm";
import { NewArticleForm } from "@/features/articles/NewArticleForm";
import { requirePageAccess } from "@/server/auth/page-access";
import { pageOrNotFound } from "@/server/page-errors";

export const metadata: Metadata = { title: "Add an article" };

export default async function NewArticlePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requirePageAccess("content.create", `/stories/${id}/articles/new`);
  const story = await pageOrNotFound(getStory(actor, id));
  return (
    <>
      <nav className="breadcrumbs" aria-label="Breadcrumbs">
        <Link href="/">Stories</Link> / <Link href={`/stories/${id}`}>{story.title}</Link> /
      </nav>
      <div className="page-head">
        <h1>Add an article</h1>
      </div>
      <ImportFromUrlForm storyId={id} />
      <NewArticleForm storyId={id} />
    </>
  );
}
