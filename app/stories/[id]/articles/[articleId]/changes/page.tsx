import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getArticleChanges } from "@/domain/revisions/changes";
import { ArticleChangesView } from "@/features/revisions/ArticleChangesView";
import { requirePageActor } from "@/server/auth/page-actor";
import { articleForPage } from "@/server/page-data";
import { pageOrNotFound } from "@/server/page-errors";

type Props = { params: Promise<{ id: string; articleId: string }>; searchParams: Promise<{ since?: string | string[] }> };

export const metadata: Metadata = { title: "What changed" };

export default async function ArticleChangesPage({ params, searchParams }: Props) {
  const { id, articleId } = await params;
  const { since } = await searchParams;
  const actor = await requirePageActor(`/stories/${id}/articles/${articleId}/changes`);
  const article = await articleForPage(actor, articleId);
  if (article.storyId !== id) notFound();
  const changes = await pageOrNotFound(getArticleChanges(actor, articleId, typeof since === "string" && since ? { since } : {}));
  return (
    <>
      <nav className="breadcrumbs" aria-label="Breadcrumbs">
        <Link href="/">Stories</Link> / <Link href={`/stories/${id}`}>{article.storyTitle}</Link> /{" "}
        <Link href={`/stories/${id}/articles/${articleId}`}>{article.title}</Link> /
      </nav>
      <div className="page-head">
        <h1>What changed</h1>
      </div>
      <ArticleChangesView changes={changes} />
    </>
  );
}
