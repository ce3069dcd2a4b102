import type { ApiTokenDto } from "@/domain/tokens/schemas";
import { RevokeTokenButton } from "./RevokeTokenButton";

const day = (iso: string | null) => (iso ? new Date(iso).toLocaleDateString("en-GB", { dateStyle: "medium" }) : "—");

/** The person's API tokens: the live ones with their use and Revoke, then the revoked and expired ones. */
export function ApiTokenList({ tokens }: { tokens: ApiTokenDto[] }) {
  const live = tokens.filter((t) => !t.revokedAt && !(t.expiresAt && new Date(t.expiresAt) < new Date()));
  const past = tokens.filter((t) => !live.includes(t));
  return (
    <div className="card table-wrap" style={{ marginTop: "1rem" }}>
      <h2>API tokens</h2>
      {live.length === 0 ? (
        <p className="muted">You have no active tokens.</p>
      ) : (
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Ends in</th>
              <th scope="col">Created</th>
              <th scope="col">Last used</th>
              <th scope="col">Expires</th>
              <th scope="col">
                <span className="visually-hidden">Revoke</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {live.map((t) => (
              <tr key={t.id}>
                <th scope="row">{t.name}</th>
                <td>
                  <code>…{t.lastFour}</code>
                </td>
                <td>{day(t.createdAt)}</td>
                <td>{day(t.lastUsedAt)}</td>
                <td>{t.expiresAt ? day(t.expiresAt) : "never"}</td>
                <td>
                  <RevokeTokenButton id={t.id} name={t.name} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {past.length > 0 && (
        <details>
          <summary>Revoked and expired tokens ({past.length})</summary>
          <ul>
            {past.map((t) => (
              <li key={t.id}>
                {t.name} (…{t.lastFour}): {t.revokedAt ? `revoked ${day(t.revokedAt)}` : `expired ${day(t.expiresAt)}`}
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
