import type { Metadata } from "next";
import { listStoryClaimsByArticle } from "@/domain/claims/service";
import { getStory } from "@/domain/stories/service";
import { ArticleClaimsCard } from "@/features/stories/ArticleClaimsCard";
import { SourcingLegend } from "@/features/claims/SourcingBadge";
import { StoryHeader } from "@/features/stories/StoryHeader";
import { requirePageActor } from "@/server/auth/page-actor";
import { pageOrNotFound } from "@/server/page-errors";
import { AssignPanel } from "@/features/assignments/AssignPanel";

type Props = { params: Promise<{ id: string }> };

export const metadata: Metadata = { title: "Articles" };

export default async function StoryArticlesPage({ params }: Props) {
  const { id } = await params;
  const actor = await requirePageActor(`/stories/${id}/articles`);
  const [story, claims] = await Promise.all([pageOrNotFound(getStory(actor, id)), pageOrNotFound(listStoryClaimsByArticle(actor, id))]);
  return (
    <>
      <StoryHeader story={story} current="articles" role={actor.role} />
      <ul className="stats" style={{ marginBottom: "1rem" }}>
        <li>
          <strong>{story.articleCount}</strong> articles
        </li>
        <li>
          <strong>{story.claimCount}</strong> claims
        </li>
      </ul>
      <AssignPanel actor={actor} target={{ storyId: id }} what="every article of this story" />
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
