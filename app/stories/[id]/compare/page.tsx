import type { Metadata } from "next";
import Link from "next/link";
import { getArticle } from "@/domain/articles/service";
import { listAllArticleClaims } from "@/domain/claims/service";
import { listPropositions } from "@/domain/propositions/service";
import { getStory } from "@/domain/stories/service";
import { SideBySide, type SideArticle } from "@/features/propositions/SideBySide";
import { ColumnChooser } from "@/features/propositions/ColumnChooser";
import { chooseColumns, type ColumnsQuery } from "@/features/propositions/columns";
import type { Actor } from "@/domain/auth/actor";
import { articleByline } from "@/features/stories/byline";
import { StoryHeader } from "@/features/stories/StoryHeader";
import { requirePageActor } from "@/server/auth/page-actor";
import { pageOrNotFound } from "@/server/page-errors";

export const metadata: Metadata = { title: "Side by side" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<ColumnsQuery> };

async function loadSide(actor: Actor, articleId: string): Promise<SideArticle> {
  const [article, claims] = await Promise.all([getArticle(actor, articleId), listAllArticleClaims(actor, articleId)]);
  return { id: article.id, title: article.title, byline: articleByline(article), text: article.text, revisionId: article.revisionId ?? "", claims };
}

/**
 * The story's chosen articles as columns (`?articles=id1,id2,…`; by default all of up to four, else
 * the first three; the older `?a=&b=` pair still works). The chooser is a plain GET form.
 */
export default async function ComparePage({ params, searchParams }: Props) {
  const { id } = await params;
  const query = await searchParams;
  const actor = await requirePageActor(`/stories/${id}/compare`);
  const story = await pageOrNotFound(getStory(actor, id));
  const choice = chooseColumns(
    story.articles.map((a) => a.id),
    query,
  );
  const [columns, propositions] =
    story.articles.length >= 2 ? await Promise.all([Promise.all(choice.ids.map((x) => loadSide(actor, x))), listPropositions(actor, id)]) : [[], []];
  return (
    <>
      <StoryHeader story={story} current="compare" role={actor.role} />
      {story.articles.length < 2 ? (
        <div className="card empty">
          Side by side needs two articles. <Link href={`/stories/${id}/articles/new`}>Add an article</Link>.
        </div>
      ) : (
        <>
          {choice.unknown.length > 0 && (
            <div className="alert alert-warning" role="alert">
              Not an article of this story: {choice.unknown.map((x) => `“${x}”`).join(", ")}. Left out.
            </div>
          )}
          <ColumnChooser key={`chooser-${choice.ids.join(",")}`} articles={story.articles.map((a) => ({ id: a.id, title: a.title }))} chosen={choice.ids} />
          <SideBySide
            key={`columns-${choice.ids.join(",")}`}
            storyId={id}
            articles={columns}
            initialPropositions={propositions}
            viewer={{ userId: actor.userId, role: actor.role }}
          />
        </>
      )}
    </>
  );
}
