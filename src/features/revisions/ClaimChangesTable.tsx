import type { ClaimChange } from "@/domain/revisions/schemas";
import { ChangeKindBadge } from "./ChangeKindBadge";

function Cues({ label, change }: { label: string; change: ClaimChange["hedges"] }) {
  if (!change.gained.length && !change.lost.length) return null;
  return (
    <p className="change-cues">
      {label}: {change.lost.length > 0 && <>lost “{change.lost.join("”, “")}”</>}
      {change.lost.length > 0 && change.gained.length > 0 && "; "}
      {change.gained.length > 0 && <>gained “{change.gained.join("”, “")}”</>}
    </p>
  );
}

/** Each claim with what the revision did to it: its words before and after side by side, and the cues gained or lost. */
export function ClaimChangesTable({ claims }: { claims: ClaimChange[] }) {
  if (!claims.length) return <p className="hint">The article had no claims at that revision.</p>;
  return (
    <div className="table-wrap" tabIndex={0} aria-label="Claims and what changed">
      <table className="change-table">
        <thead>
          <tr>
            <th scope="col">Claim</th>
            <th scope="col">Change</th>
            <th scope="col">Words before</th>
            <th scope="col">Words now</th>
          </tr>
        </thead>
        <tbody>
          {claims.map((c) => (
            <tr key={c.claimId}>
              <th scope="row">{c.statement}</th>
              <td>
                <ChangeKindBadge kind={c.kind} />
                <Cues label="Hedges" change={c.hedges} />
                <Cues label="Attribution" change={c.attribution} />
              </td>
              <td>
                <q>{c.before.exact}</q>
              </td>
              <td>{c.after ? <q>{c.after.exact}</q> : <em>Gone from the text</em>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
