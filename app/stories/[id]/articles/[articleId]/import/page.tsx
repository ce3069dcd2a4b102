import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ClaimsCsvImport } from "@/features/exchange/ClaimsCsvImport";
import { requirePageAccess } from "@/server/auth/page-access";
import { articleForPage } from "@/server/page-data";

type Props = { params: Promise<{ id: string; articleId: string }> };

export const metadata: Metadata = { title: "Import claims from CSV" };

export default async function ImportClaimsPage({ params }: Props) {
  const { id, articleId } = await params;
  const actor = await requirePageAccess("content.create", `/stories/${id}/articles/${articleId}/import`);
  const article = await articleForPage(actor, articleId);
  if (article.storyId !== id) notFound();
  const articleHref = `/stories/${id}/articles/${articleId}`;
  return (
    <>
      <nav className="breadcrumbs" aria-label="Breadcrumbs">
        <Link href="/">Stories</Link> / <Link href={`/stories/${id}`}>{article.storyTitle}</Link> / <Link href={articleHref}>{article.title}</Link> /
      </nav>
      <div className="page-head">
        <div>
          <h1>Import claims from CSV</h1>
          <p>Into &ldquo;{article.title}&rdquo;. You see a report for every row before anything is saved.</p>
        </div>
      </div>
      <ClaimsCsvImport articleId={articleId} articleHref={articleHref} />
    </>
  );
}
