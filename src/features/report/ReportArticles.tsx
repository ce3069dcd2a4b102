import type { ReportArticle } from "@/domain/report/story-report";
import styles from "./report.module.css";

/** The story's articles, numbered as in the matrix and the charts; a URL is written out, so that it survives printing. */
export function ReportArticles({ articles }: { articles: ReportArticle[] }) {
  return (
    <section className={styles.section} aria-labelledby="report-articles">
      <h2 id="report-articles">Articles</h2>
      {articles.length === 0 ? (
        <p className="muted">No articles yet.</p>
      ) : (
        <ol className={styles.articles}>
          {articles.map((a) => (
            <li key={a.id}>
              <strong>{a.title}</strong>
              {(a.outlet || a.author || a.publishedAt) && <span className="muted"> · {[a.outlet, a.author, a.publishedAt].filter(Boolean).join(", ")}</span>}
              {a.url && (
                <>
                  <br />
                  <a href={a.url} className={styles.url}>
                    {a.url}
                  </a>
                </>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
