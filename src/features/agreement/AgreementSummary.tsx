import type { ArticleAgreementDto } from "@/domain/agreement/schemas";
import { figure, percent } from "./format";

/** The headline figures of one article's round, and each annotator pair's span agreement. */
export function AgreementSummary({ figures }: { figures: Omit<ArticleAgreementDto, "claims"> }) {
  const name = new Map(figures.annotators.map((a) => [a.id, a.name]));
  return (
    <>
      <ul className="stats agreement-stats">
        <li>
          <strong>{figure(figures.spans.f1)}</strong> span F1 (mean of pairs)
        </li>
        <li>
          <strong>{figure(figures.sourcing.alpha, 3)}</strong> sourcing α ({figures.sourcing.pairable} pairable values)
        </li>
        <li>
          <strong>{percent(figures.source.rate)}</strong> same source ({figures.source.same} of {figures.source.pairs} agreeing pairs)
        </li>
        <li>
          <strong>{figures.units.filter((u) => u.differs).length}</strong> of {figures.units.length} units differ
        </li>
      </ul>
      {figures.spans.pairs.length > 0 && (
        <div className="card table-wrap" tabIndex={0} role="region" aria-label="Span agreement per annotator pair">
          <table className="claims-table">
            <caption>Span agreement per annotator pair</caption>
            <thead>
              <tr>
                <th scope="col">Annotators</th>
                <th scope="col">Claims</th>
                <th scope="col">Matched</th>
                <th scope="col">F1</th>
              </tr>
            </thead>
            <tbody>
              {figures.spans.pairs.map((p) => (
                <tr key={`${p.a}-${p.b}`}>
                  <td>
                    {name.get(p.a)} – {name.get(p.b)}
                  </td>
                  <td>
                    {p.claimsA} / {p.claimsB}
                  </td>
                  <td>{p.matched}</td>
                  <td>{figure(p.f1)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
