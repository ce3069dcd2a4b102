import type { Metadata } from "next";
import Link from "next/link";
import { getArticle } from "@/domain/articles/service";
import { listAllArticleClaims } from "@/domain/claims/service";
import { listPropositions } from "@/domain/propositions/service";
import { getStory } from "@/domain/stories/service";
import { SideBySide, type SideArticle } from "@/features/compare/SideBySide";
import type { Actor } from "@/domain/auth/actor";
import { articleByline } from "@/features/stories/byline";
import { StoryHeader } from "@/features/stories/StoryHeader";
import { requirePageActor } from "@/server/auth/page-actor";
import { pageOrNotFound } from "@/server/page-errors";

export const metadata: Metadata = { title: "Side by side" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ a?: string; b?: string }> };

async function loadSide(actor: Actor, articleId: string): Promise<SideArticle> {
  const [article, claims] = await Promise.all([getArticle(actor, articleId), listAllArticleClaims(actor, articleId)]);
  return { id: article.id, title: article.title, byline: articleByline(article), text: article.text, revisionId: article.revisionId ?? "", claims };
}

/** Two articles of the story next to each other; the pickers are a plain GET form. */
export default async function ComparePage({ params, searchParams }: Props) {
  const { id } = await params;
  const query = await searchParams;
  const actor = await requirePageActor(`/stories/${id}/compare`);
  const story = await pageOrNotFound(getStory(actor, id));
  const ids = story.articles.map((a) => a.id);
  const aId = query.a && ids.includes(query.a) ? query.a : ids[0];
  const bId = query.b && ids.includes(query.b) && query.b !== aId ? query.b : ids.find((x) => x !== aId);
  const [a, b, propositions] = aId && bId ? await Promise.all([loadSide(actor, aId), loadSide(actor, bId), listPropositions(actor, id)]) : [null, null, []];
  return (
    <>
      <StoryHeader story={story} current="compare" role={actor.role} />
      {!a || !b ? (
        <div className="card empty">
          Side by side needs two articles. <Link href={`/stories/${id}/articles/new`}>Add an article</Link>.
        </div>
      ) : (
        <>
          <form className="compare-pickers" method="get" aria-label="Choose two articles">
            {(["a", "b"] as const).map((side) => (
              <div className="field" key={side}>
                <label htmlFor={`pick-${side}`}>{side === "a" ? "Left" : "Right"}</label>
                <select id={`pick-${side}`} name={side} defaultValue={side === "a" ? a.id : b.id}>
                  {story.articles.map((art) => (
                    <option key={art.id} value={art.id}>
                      {art.title}
                    </option>
                  ))}
                </select>
              </div>
            ))}
            <button type="submit" className="button button-secondary">
              Compare
            </button>
          </form>
          <SideBySide key={`${a.id}-${b.id}`} storyId={id} a={a} b={b} initialPropositions={propositions} viewer={{ userId: actor.userId, role: actor.role }} />
        </>
      )}
    </>
  );
}
