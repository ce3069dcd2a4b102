import type { Timeline } from "@/domain/timeline/schemas";
import { formatPartialDate } from "@/features/stories/byline";
import { formatWhen } from "@/features/shell/when";

/** The story's articles as they arrived: published, added here, and each later revision. */
export function ArticleArrivals({ articles }: { articles: Timeline["articles"] }) {
  return (
    <section className="card timeline-card" aria-labelledby="arrivals-heading">
      <h2 id="arrivals-heading">Articles and revisions</h2>
      <ol className="timeline-list">
        {articles.map((a) => (
          <li key={a.id}>
            <strong>{a.title}</strong>
            {a.outlet && ` (${a.outlet})`}: {a.publishedAt ? `published ${formatPartialDate(a.publishedAt)}, ` : ""}added {formatWhen(a.addedAt)}
            {a.revisions.length > 1 &&
              `; revised ${a.revisions
                .slice(1)
                .map((r) => `${formatWhen(r.createdAt)} (revision ${r.number})`)
                .join(", ")}`}
            .
          </li>
        ))}
      </ol>
    </section>
  );
}
