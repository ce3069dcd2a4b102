/**
 * Links: a claim's stance towards a proposition of its own story (also enforced by the database),
 * with a note and a review status. The write ritual is the versioned kinds' (src/domain/versioned).
 */
import { findClaim } from "@/data/claims";
import { inTransaction, type Tx } from "@/data/db";
import { findLinkByPair, findProposition, insertLink, updateLinkAtVersion } from "@/data/propositions";
import type { Actor } from "@/domain/auth/actor";
import { assertCanChangeContent, assertCanReview } from "@/domain/auth/permissions";

import { DomainError, invalidInput, notFound, parseInput } from "@/domain/errors";
import { CreateLinkInput, type LinkDto, UpdateLinkInput } from "@/domain/propositions/schemas";
import { initialReview, reviewAfterUpdate } from "@/domain/review/rules";
import type { ReviewStatus, Stance } from "@/domain/vocabulary";
import { created, updateAtVersion } from "@/domain/versioned/write";
import { linkKind } from "./kind";
import { deleteReviewed, restoreReviewed } from "@/domain/review/reviewed-writes";

/** Links a claim of the same story to the proposition (reviving a deleted link of the same pair). */
export async function linkClaim(actor: Actor, propositionId: string, input: unknown): Promise<LinkDto> {
  const body = parseInput(CreateLinkInput, input);
  assertCanChangeContent(actor, "create", "link");
  // Refused before anything is looked up: who may approve does not depend on the claim.
  if (body.status === "approved") assertCanReview(actor);
  return inTransaction(async (tx) => {
    const proposition = await findProposition(propositionId, { tx });
    if (!proposition) throw notFound(`Proposition ${propositionId}`);
    return addLink(tx, actor, proposition, body);
  });
}

/**
 * Inside a transaction: links a live claim of the proposition's story (input already checked,
 * the actor's right to link already asserted), reviving a deleted link of the same pair.
 */
export async function addLink(
  tx: Tx,
  actor: Actor,
  proposition: { id: string; storyId: string },
  body: { claimId: string; stance: Stance; note?: string; status?: ReviewStatus },
  claimPath = "claimId",
): Promise<LinkDto> {
  const propositionId = proposition.id;
  const claim = await findClaim(body.claimId, { tx });
  if (!claim) throw invalidInput("The claim does not exist or was deleted.", [{ path: claimPath, message: "is not a live claim" }]);
  if (claim.storyId !== proposition.storyId) {
    throw invalidInput("A claim can only be linked to a proposition of its own story.", [{ path: claimPath, message: "belongs to another story" }]);
  }
  const existing = await findLinkByPair(tx, claim.id, propositionId);
  if (existing && !existing.deletedAt) {
    throw new DomainError("conflict", "This claim is already linked to this proposition. Change that link's stance instead.", [
      { path: claimPath, message: `already linked (link ${existing.id})` },
    ]);
  }
  const data = { stance: body.stance, note: body.note ?? "", ...initialReview(actor, body.status) };
  const row = existing
    ? await updateLinkAtVersion(tx, existing.id, existing.version, { ...data, deletedAt: null, createdById: actor.userId }, { deleted: true })
    : await insertLink(tx, { storyId: claim.storyId, claimId: claim.id, propositionId, ...data, createdById: actor.userId });
  if (!row) throw new DomainError("conflict", "The link changed meanwhile. Try again.");
  return created(linkKind, tx, actor, row);
}

export async function updateLink(actor: Actor, id: string, input: unknown): Promise<LinkDto> {
  const { version, status, ...changes } = parseInput(UpdateLinkInput, input);
  return updateAtVersion(linkKind, actor, id, version, {
    authorize: (current) => {
      assertCanChangeContent(actor, "update", "link", current);
      const contentChanged =
        (changes.stance !== undefined && changes.stance !== current.stance) || (changes.note !== undefined && changes.note !== current.note);
      return reviewAfterUpdate(actor, current, status, contentChanged);
    },
    data: (_current, review) => ({ ...changes, ...review }),
  });
}

export const unlink = (actor: Actor, id: string, input: unknown): Promise<void> => deleteReviewed(linkKind, actor, id, input);

/** Undoes an unlink. */
export const restoreLink = (actor: Actor, id: string, input: unknown): Promise<LinkDto> => restoreReviewed(linkKind, actor, id, input);
