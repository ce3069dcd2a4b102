import Link from "next/link";
import { listStories } from "@/domain/stories/service";
import { NewStoryButton } from "@/features/stories/NewStoryButton";
import { ImportStoryButton } from "@/features/exchange/ImportStoryButton";
import { requirePageActor } from "@/server/auth/page-actor";
import { can } from "@/domain/auth/can";

export default async function StoriesPage() {
  const actor = await requirePageActor("/");
  const { items } = await listStories(actor, { limit: 200 });
  return (
    <>
      <div className="page-head">
        <div>
          <h1>Stories</h1>
          <p>Each story gathers the articles that cover one event, the claims they make, and where they agree or diverge.</p>
        </div>
        {can(actor, "create") && (
          <div className="form-actions">
            <ImportStoryButton />
            <NewStoryButton />
          </div>
        )}
      </div>
      {items.length === 0 ? (
        <div className="card empty">No stories yet.</div>
      ) : (
        <ul className="story-list">
          {items.map((story) => (
            <li key={story.id} className="card story-card">
              <h2>
                <Link href={`/stories/${story.id}`}>{story.title}</Link>
              </h2>
              {story.description && <p className="muted">{story.description}</p>}
              <ul className="stats">
                <li>
                  <strong>{story.articleCount}</strong> {story.articleCount === 1 ? "article" : "articles"}
                </li>
                <li>
                  <strong>{story.claimCount}</strong> {story.claimCount === 1 ? "claim" : "claims"}
                </li>
                <li>
                  Updated <time dateTime={story.updatedAt}>{new Date(story.updatedAt).toLocaleDateString("en-GB", { dateStyle: "medium" })}</time>
                </li>
              </ul>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
