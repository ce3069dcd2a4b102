/**
 * "My own claims start approved": a per-account preference of editors and admins (issue 15). An
 * editor's claim recorded without a status then starts approved, audited as an approval; an
 * analyst can neither set it nor benefit from it (a demoted editor's stored preference is ignored,
 * since the role is checked whenever a claim is recorded).
 */
import { z } from "zod";
import { findReviewPreference, setOwnClaimsStartApproved } from "@/data/users";
import { inTransaction, type Tx } from "@/data/db";
import { recordAudit } from "@/domain/audit/record";
import type { Actor } from "@/domain/auth/actor";
import { can } from "@/domain/auth/permissions";
import { forbidden, notFound, parseInput } from "@/domain/errors";

export const ReviewPreferenceInput = z.strictObject({
  ownClaimsStartApproved: z.boolean({ message: "must be true or false" }),
});

export interface ReviewPreferenceDto {
  ownClaimsStartApproved: boolean;
}

/** The actor's preference as it takes effect: always off for those who cannot approve. */
export async function getReviewPreference(actor: Actor, options: { tx?: Tx } = {}): Promise<ReviewPreferenceDto> {
  if (!can(actor, "review")) return { ownClaimsStartApproved: false };
  const row = await findReviewPreference(actor.userId, options);
  return { ownClaimsStartApproved: row?.ownClaimsStartApproved ?? false };
}

export async function setReviewPreference(actor: Actor, input: unknown): Promise<ReviewPreferenceDto> {
  const body = parseInput(ReviewPreferenceInput, input);
  if (!can(actor, "review")) throw forbidden("Only editors approve work, so only editors can have their own claims start approved.");
  return inTransaction(async (tx) => {
    const before = await findReviewPreference(actor.userId, { tx });
    if (!before) throw notFound(`Account ${actor.userId}`);
    await setOwnClaimsStartApproved(tx, actor.userId, body.ownClaimsStartApproved);
    await recordAudit(tx, actor, {
      action: "user.preference",
      entity: "user",
      entityId: actor.userId,
      storyId: null,
      before: { ownClaimsStartApproved: before.ownClaimsStartApproved },
      after: { ownClaimsStartApproved: body.ownClaimsStartApproved },
    });
    return { ownClaimsStartApproved: body.ownClaimsStartApproved };
  });
}
