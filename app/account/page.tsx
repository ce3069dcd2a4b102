import type { Metadata } from "next";
import { can } from "@/domain/auth/can";
import { listApiTokens } from "@/domain/tokens/service";
import { getReviewPreference } from "@/domain/users/review-preference";
import { roleLabel } from "@/domain/vocabulary";
import { NewTokenForm } from "@/features/accounts/NewTokenForm";
import { ReviewPreferenceToggle } from "@/features/accounts/ReviewPreferenceToggle";
import { RevokeTokenButton } from "@/features/accounts/RevokeTokenButton";
import { requirePageActor } from "@/server/auth/page-actor";

export const metadata: Metadata = { title: "Your account" };

const day = (iso: string | null) => (iso ? new Date(iso).toLocaleDateString("en-GB", { dateStyle: "medium" }) : "—");

/** The signed-in person's account and API tokens: create (shown once), see use, revoke. */
export default async function AccountPage() {
  const actor = await requirePageActor("/account");
  const [tokens, preference] = await Promise.all([listApiTokens(actor), getReviewPreference(actor)]);
  const live = tokens.filter((t) => !t.revokedAt && !(t.expiresAt && new Date(t.expiresAt) < new Date()));
  const past = tokens.filter((t) => !live.includes(t));
  return (
    <>
      <div className="page-head">
        <div>
          <h1>Your account</h1>
          <p>
            {actor.name} · {actor.email} · {roleLabel[actor.role]}
          </p>
        </div>
      </div>
      {can(actor, "review") && <ReviewPreferenceToggle initial={preference.ownClaimsStartApproved} />}
      <NewTokenForm />
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
    </>
  );
}
