import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireArticle, toArticleDto } from "@/domain/articles/service";
import { ArticleEditForm } from "@/features/articles/ArticleEditForm";
import { requirePageAccess } from "@/server/auth/page-access";
import { requirePageActor } from "@/server/auth/page-actor";
import { pageOrNotFound } from "@/server/page-errors";

type Props = { params: Promise<{ id: string; articleId: string }> };

export const metadata: Metadata = { title: "Edit article" };

export default async function EditArticlePage({ params }: Props) {
  const { id, articleId } = await params;
  const path = `/stories/${id}/articles/${articleId}/edit`;
  const actor = await requirePageActor(path);
  const row = await pageOrNotFound(requireArticle(actor, articleId));
  if (row.story.id !== id) notFound();
  // Analysts edit only the articles they added; viewers none.
  await requirePageAccess("content.update", path, row);
  const article = toArticleDto(row);
  return (
    <>
      <nav className="breadcrumbs" aria-label="Breadcrumbs">
        <Link href="/">Stories</Link> / <Link href={`/stories/${id}`}>{article.storyTitle}</Link> /{" "}
        <Link href={`/stories/${id}/articles/${articleId}`}>{article.title}</Link> /
      </nav>
      <div className="page-head">
        <h1>Edit “{article.title}”</h1>
      </div>
      <ArticleEditForm article={article} />
    </>
  );
}
