import type { Metadata } from "next";
import { can } from "@/domain/auth/can";
import { listApiTokens } from "@/domain/tokens/service";
import { getReviewPreference } from "@/domain/users/review-preference";
import { roleLabel } from "@/domain/vocabulary";
import { NewTokenForm } from "@/features/accounts/NewTokenForm";
import { ReviewPreferenceToggle } from "@/features/accounts/ReviewPreferenceToggle";
import { ApiTokenList } from "@/features/accounts/ApiTokenList";
import { requirePageActor } from "@/server/auth/page-actor";

export const metadata: Metadata = { title: "Your account" };

/** The signed-in person's account and API tokens: create (shown once), see use, revoke. */
export default async function AccountPage() {
  const actor = await requirePageActor("/account");
  const [tokens, preference] = await Promise.all([listApiTokens(actor), getReviewPreference(actor)]);
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
      <ApiTokenList tokens={tokens} />
    </>
  );
}
