/** One row of the pairs table: the two articles as they are named there, and their counts. */
export interface PairTableRow {
  key: string;
  a: string;
  b: string;
  agreements: number;
  divergences: number;
  sourcingGaps: number;
  onlyInA: number;
  onlyInB: number;
}

/** Agreements, divergences, sourcing gaps and what only one of them reports, for each pair of articles (dashboard and report). */
export function PairTable({ rows }: { rows: PairTableRow[] }) {
  return (
    <table className="pair-table">
      <thead>
        <tr>
          <th scope="col">Article A</th>
          <th scope="col">Article B</th>
          <th scope="col">Agree</th>
          <th scope="col">Diverge</th>
          <th scope="col">Sourcing gaps</th>
          <th scope="col">Only A</th>
          <th scope="col">Only B</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((p) => (
          <tr key={p.key}>
            <td>{p.a}</td>
            <td>{p.b}</td>
            <td className="num">{p.agreements}</td>
            <td className="num">{p.divergences}</td>
            <td className="num">{p.sourcingGaps}</td>
            <td className="num">{p.onlyInA}</td>
            <td className="num">{p.onlyInB}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
