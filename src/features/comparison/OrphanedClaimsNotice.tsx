import Link from "next/link";
import type { Comparison } from "@/domain/comparison/compute";

/**
 * Says how many linked claims the comparison leaves out because an article edit deleted their
 * words, with a link to each article's "Needs repair" list, where they can be re-selected.
 */
export function OrphanedClaimsNotice({
  storyId,
  orphaned,
  articles,
}: {
  storyId: string;
  orphaned: Comparison["orphanedClaims"];
  articles: Comparison["articles"];
}) {
  if (orphaned.length === 0) return null;
  const perArticle = new Map<string, number>();
  for (const c of orphaned) perArticle.set(c.articleId, (perArticle.get(c.articleId) ?? 0) + 1);
  const n = orphaned.length;
  return (
    <section className="alert alert-warning orphaned-notice" aria-labelledby="orphaned-notice-title">
      <h2 id="orphaned-notice-title" className="orphaned-notice-title">
        {n === 1 ? "1 orphaned claim is" : `${n} orphaned claims are`} not counted until repaired
      </h2>
      <p className="small">
        An edit of the article’s text removed the words {n === 1 ? "it quotes" : "they quote"}, so the matrix, the figures and the charts leave{" "}
        {n === 1 ? "it" : "them"} out. Re-select the words, or delete the claim:
      </p>
      <ul className="small">
        {articles
          .filter((a) => perArticle.has(a.id))
          .map((a) => (
            <li key={a.id}>
              <Link href={`/stories/${storyId}/articles/${a.id}#orphaned-title`}>
                Repair {perArticle.get(a.id) === 1 ? "1 claim" : `${perArticle.get(a.id)} claims`} in “{a.title}”
              </Link>
            </li>
          ))}
      </ul>
    </section>
  );
}
