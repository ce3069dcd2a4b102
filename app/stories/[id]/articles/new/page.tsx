import type { Metadata } from "next";
import Link from "next/link";
import { getStory } from "@/domain/stories/service";
import { NewArticleForm } from "@/features/annotation/NewArticleForm";
import { requirePageActor } from "@/server/auth/page-actor";
import { pageOrNotFound } from "@/server/page-errors";

export const metadata: Metadata = { title: "Add an article" };

export default async function NewArticlePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requirePageActor(`/stories/${id}/articles/new`);
  const story = await pageOrNotFound(getStory(actor, id));
  return (
    <>
      <nav className="breadcrumbs" aria-label="Breadcrumbs">
        <Link href="/">Stories</Link> / <Link href={`/stories/${id}`}>{story.title}</Link> /
      </nav>
      <div className="page-head">
        <h1>Add an article</h1>
      </div>
      {actor.role === "viewer" ? <p className="card">Viewers can read stories but not add articles.</p> : <NewArticleForm storyId={id} />}
    </>
  );
}
