import type { Metadata } from "next";
import Link from "next/link";
import { listStoryClaimsByArticle } from "@/domain/claims/service";
import { getStory } from "@/domain/stories/service";
import { ArticleClaimsCard } from "@/features/stories/ArticleClaimsCard";
import { SourcingLegend } from "@/features/reader/SourcingBadge";
import { StoryHeaderActions } from "@/features/annotation/StoryHeaderActions";
import { StoryTabs } from "@/features/stories/StoryTabs";
import { requirePageActor } from "@/server/auth/page-actor";
import { pageOrNotFound } from "@/server/page-errors";

type Props = { params: Promise<{ id: string }> };

export const metadata: Metadata = { title: "Articles" };

export default async function StoryArticlesPage({ params }: Props) {
  const { id } = await params;
  const actor = await requirePageActor(`/stories/${id}/articles`);
  const [story, claims] = await Promise.all([pageOrNotFound(getStory(actor, id)), listStoryClaimsByArticle(actor, id)]);
  return (
    <>
      <nav className="breadcrumbs" aria-label="Breadcrumbs">
        <Link href="/">Stories</Link> /
      </nav>
      <div className="page-head">
        <div>
          <h1>{story.title}</h1>
          {story.description && <p>{story.description}</p>}
        </div>
      </div>
      <StoryTabs storyId={story.id} current="articles" />
      {actor.role !== "viewer" && <StoryHeaderActions story={story} />}
      <ul className="stats" style={{ marginBottom: "1rem" }}>
        <li>
          <strong>{story.articleCount}</strong> articles
        </li>
        <li>
          <strong>{story.claimCount}</strong> claims
        </li>
      </ul>
      <SourcingLegend />
      {story.articles.length === 0 ? (
        <div className="card empty">This story has no articles yet.</div>
      ) : (
        <div className="article-grid">
          {story.articles.map((article) => (
            <ArticleClaimsCard key={article.id} storyId={story.id} article={article} claims={claims.get(article.id) ?? []} />
          ))}
        </div>
      )}
    </>
  );
}
