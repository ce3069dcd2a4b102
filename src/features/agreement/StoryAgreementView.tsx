import Link from "next/link";
import type { StoryAgreementDto } from "@/domain/agreement/schemas";
import { CsvDownloadButton } from "./CsvDownloadButton";
import { figure, percent } from "./format";
import { PairF1Chart } from "./PairF1Chart";

const day = (iso: string | null) => (iso ? new Date(iso).toLocaleDateString("en-GB", { dateStyle: "medium", timeZone: "UTC" }) : "—");
const roundLabel = { open: "Open round", closed: "Closed", none: "No round" } as const;

/** The story's agreement: per article, per annotator pair (with a chart), on stances, and over time. */
export function StoryAgreementView({ figures, fileName }: { figures: StoryAgreementDto; fileName: string }) {
  const title = new Map(figures.articles.map((a) => [a.articleId, a.title]));
  const rows = figures.articles.flatMap((a) => {
    const name = new Map(a.annotators.map((x) => [x.id, x.name]));
    return a.spans.pairs.filter((p) => p.f1 !== null).map((p) => ({ pair: `${a.title}: ${name.get(p.a)} – ${name.get(p.b)}`, f1: p.f1! }));
  });
  return (
    <>
      <div className="form-actions">
        <CsvDownloadButton figures={figures} fileName={fileName} />
      </div>
      <ul className="stats agreement-stats">
        <li>
          <strong>{figure(figures.stance.alpha, 3)}</strong> stance α over proposition × article ({figures.stance.pairable} pairable values)
        </li>
      </ul>
      <div className="card table-wrap" tabIndex={0} role="region" aria-label="Agreement per article">
        <table className="claims-table">
          <caption>Agreement per article</caption>
          <thead>
            <tr>
              <th scope="col">Article</th>
              <th scope="col">Round</th>
              <th scope="col">Annotators</th>
              <th scope="col">Span F1</th>
              <th scope="col">Sourcing α</th>
              <th scope="col">Same source</th>
            </tr>
          </thead>
          <tbody>
            {figures.articles.map((a) => (
              <tr key={a.articleId}>
                <td>
                  <Link href={`/stories/${figures.storyId}/articles/${a.articleId}/agreement`}>{a.title}</Link>
                </td>
                <td>{roundLabel[a.round.status]}</td>
                <td>{a.annotators.map((x) => x.name).join(", ") || "—"}</td>
                <td>{figure(a.spans.f1)}</td>
                <td>{figure(a.sourcing.alpha, 3)}</td>
                <td>{percent(a.source.rate)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <section className="card" aria-labelledby="pairs-title">
        <h2 id="pairs-title">Span agreement per annotator pair</h2>
        {rows.length ? <PairF1Chart rows={rows} /> : <p className="muted">No pair of annotators has recorded claims yet.</p>}
      </section>
      <section className="card" aria-labelledby="rounds-title">
        <h2 id="rounds-title">Over time</h2>
        {figures.rounds.length === 0 ? (
          <p className="muted">No round has been closed yet.</p>
        ) : (
          <div className="card table-wrap" tabIndex={0} role="region" aria-label="Closed rounds">
            <table className="claims-table">
              <thead>
                <tr>
                  <th scope="col">Closed</th>
                  <th scope="col">Article</th>
                  <th scope="col">Span F1</th>
                  <th scope="col">Sourcing α</th>
                </tr>
              </thead>
              <tbody>
                {figures.rounds.map((r) => (
                  <tr key={r.id}>
                    <td>{day(r.closedAt)}</td>
                    <td>{title.get(r.articleId) ?? "—"}</td>
                    <td>{figure(r.spansF1)}</td>
                    <td>{figure(r.sourcingAlpha, 3)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </>
  );
}
