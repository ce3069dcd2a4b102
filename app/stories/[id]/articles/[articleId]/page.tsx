import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { listAllArticleClaims } from "@/domain/claims/service";
import { listPropositions } from "@/domain/propositions/service";
import { getReviewPreference } from "@/domain/users/review-preference";
import { AnnotationWorkspace } from "@/features/claims/AnnotationWorkspace";
import { SourcingLegend } from "@/features/claims/SourcingBadge";
import { PresenceBar } from "@/features/live/PresenceBar";
import { articleByline } from "@/features/stories/byline";
import { requirePageActor } from "@/server/auth/page-actor";
import { pageOrNotFound } from "@/server/page-errors";
import { articleForPage } from "@/server/page-data";
import { can } from "@/domain/auth/can";
import { RefetchButton } from "@/features/revisions/RefetchButton";
import { AssignPanel } from "@/features/assignments/AssignPanel";

type Props = { params: Promise<{ id: string; articleId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id, articleId } = await params;
  const actor = await requirePageActor(`/stories/${id}/articles/${articleId}`);
  const article = await articleForPage(actor, articleId);
  return { title: article.title };
}

export default async function ArticlePage({ params }: Props) {
  const { id, articleId } = await params;
  const actor = await requirePageActor(`/stories/${id}/articles/${articleId}`);
  const [article, claims, propositions, preference] = await Promise.all([
    articleForPage(actor, articleId),
    pageOrNotFound(listAllArticleClaims(actor, articleId)),
    pageOrNotFound(listPropositions(actor, id)),
    getReviewPreference(actor),
  ]);
  if (article.storyId !== id || !article.revisionId) notFound();
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
        {can(actor, "create") && (
          <div className="form-actions">
            {article.url && <RefetchButton storyId={id} articleId={articleId} />}
            {(article.revisionNumber ?? 1) > 1 && (
              <Link className="button button-secondary" href={`/stories/${id}/articles/${articleId}/changes`}>
                What changed
              </Link>
            )}
            <Link className="button button-secondary" href={`/stories/${id}/articles/${articleId}/import`}>
              Import claims from CSV
            </Link>
            <Link className="button button-secondary" href={`/stories/${id}/articles/${articleId}/edit`}>
              Edit article
            </Link>
            {can(actor, "assign") && (
              <Link className="button button-secondary" href={`/stories/${id}/articles/${articleId}/agreement`}>
                Agreement
              </Link>
            )}
          </div>
        )}
      </div>
      <PresenceBar />
      <AssignPanel actor={actor} target={{ articleId }} what="this article" />
      <SourcingLegend />
      <AnnotationWorkspace
        key={article.revisionId}
        storyId={id}
        articleId={article.id}
        articleTitle={article.title}
        text={article.text}
        revisionId={article.revisionId}
        initialClaims={claims}
        initialPropositions={propositions}
        viewer={{ userId: actor.userId, role: actor.role }}
        newClaimStatus={preference.ownClaimsStartApproved ? "approved" : "draft"}
      />
    </>
  );
}
