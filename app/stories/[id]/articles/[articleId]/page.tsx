import type { Metadata } from "next";
import Link from "next/link";
import { getArticle } from "@/domain/articles/service";
import { listAllArticleClaims } from "@/domain/claims/service";
import { ArticleReader } from "@/features/reader/ArticleReader";
import { SourcingLegend } from "@/features/reader/SourcingBadge";
import { segmentText } from "@/features/reader/segments";
import { articleByline } from "@/features/stories/byline";
import { requirePageActor } from "@/server/auth/page-actor";
import { pageOrNotFound } from "@/server/page-errors";
import { notFound } from "next/navigation";

type Props = { params: Promise<{ id: string; articleId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id, articleId } = await params;
  const actor = await requirePageActor(`/stories/${id}/articles/${articleId}`);
  const article = await pageOrNotFound(getArticle(actor, articleId));
  return { title: article.title };
}

export default async function ArticlePage({ params }: Props) {
  const { id, articleId } = await params;
  const actor = await requirePageActor(`/stories/${id}/articles/${articleId}`);
  const [article, claims] = await Promise.all([
    pageOrNotFound(getArticle(actor, articleId)),
    pageOrNotFound(listAllArticleClaims(actor, articleId)),
  ]);
  if (article.storyId !== id) notFound();
  const anchored = claims.filter((c) => !c.orphaned && c.revisionId === article.revisionId);
  const paragraphs = segmentText(
    article.text,
    anchored.map((c) => ({ id: c.id, start: c.selector.start, end: c.selector.end })),
  );
  return (
    <>
      <nav className="breadcrumbs" aria-label="Breadcrumbs">
        <Link href="/">Stories</Link> / <Link href={`/stories/${id}`}>{article.storyTitle}</Link> /
      </nav>
      <div className="page-head">
        <div>
          <h1>{article.title}</h1>
          <p>{articleByline(article)}</p>
        </div>
      </div>
      <SourcingLegend />
      <ArticleReader paragraphs={paragraphs} claims={claims} />
    </>
  );
}
