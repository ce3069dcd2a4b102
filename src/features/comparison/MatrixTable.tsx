"use client";

import Link from "next/link";
import { type RowKind, rowKindLabel } from "@/domain/comparison/rows";
import { type CompactCell, matrixCell } from "./CellView";
import { MatrixProvider, MatrixRowDetails, type MatrixShared } from "./MatrixRowDetails";

/** One matrix row as sent to the browser (compact: the page carries data, not a rendered tree). */
export interface MatrixTableRow {
  id: string;
  statement: string;
  kind: RowKind;
  verdict: string | null;
  comments: number;
  cells: CompactCell[];
}

/** Short column labels keep 30 articles readable; the full title is in the header's tooltip. */
function shortLabel(title: string) {
  return title.length > 28 ? `${title.slice(0, 26)}…` : title;
}

/**
 * The matrix table: propositions down, articles across. Rendered on the server as HTML like any
 * component, but from compact rows, so that the page's React payload stays a fraction of the HTML.
 */
export function MatrixTable({ shared, articles, rows }: { shared: MatrixShared; articles: { id: string; title: string }[]; rows: MatrixTableRow[] }) {
  return (
    <MatrixProvider value={shared}>
      <table className="matrix">
        <thead>
          <tr>
            <th scope="col" className="matrix-prop">
              Proposition
            </th>
            {articles.map((a) => (
              <th key={a.id} scope="col" title={a.title}>
                <Link href={`/stories/${shared.storyId}/articles/${a.id}`}>{shortLabel(a.title)}</Link>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id} data-kind={r.kind}>
              <th scope="row" className="matrix-prop">
                <MatrixRowDetails
                  propositionId={r.id}
                  summary={
                    <>
                      <span className={`row-kind row-kind-${r.kind}`}>{rowKindLabel[r.kind]}</span>
                      <span className="prop-statement">{r.statement}</span>
                      {r.verdict && <span className="badge badge-status">Verdict: {r.verdict.replace("_", " ")}</span>}
                      {r.comments > 0 && (
                        <span className="muted small">
                          {r.comments} {r.comments === 1 ? "comment" : "comments"}
                        </span>
                      )}
                      <span className="row-open small">Show the claims</span>
                    </>
                  }
                />
              </th>
              {r.cells.map((cell, i) => matrixCell(cell, articles[i]!.id))}
            </tr>
          ))}
        </tbody>
      </table>
    </MatrixProvider>
  );
}
