/**
 * Editorial review of claims and links: draft -> needs_review -> approved. Only editors approve, or
 * take something out of approved (to any status: approved -> needs_review -> draft in two steps
 * was a way round this, issue 14), delete approved work, or restore it as approved. An analyst who
 * changes the substance of approved work puts it back in the queue, so an approval always covers
 * what is shown.
 */
import type { Actor } from "@/domain/auth/actor";
import { assertCanReview, atLeast } from "@/domain/auth/permissions";
import { forbidden } from "@/domain/errors";
import type { ReviewStatus } from "@/domain/vocabulary";

export interface Reviewable {
  status: ReviewStatus;
}

export interface ReviewPatch {
  status?: ReviewStatus;
  reviewRequestedAt?: Date;
}

/** The status fields to write for a create with an optional requested status. */
export function initialReview(actor: Actor, requested: ReviewStatus | undefined, now = new Date()): Required<Pick<ReviewPatch, "status">> & ReviewPatch {
  const status = requested ?? "draft";
  if (status === "approved") assertCanReview(actor);
  return status === "needs_review" ? { status, reviewRequestedAt: now } : { status };
}

/**
 * The status fields to write for an update: the requested status (checked), or, when an analyst
 * changes approved content, back to needs_review.
 */
export function reviewAfterUpdate(
  actor: Actor,
  current: Reviewable,
  requested: ReviewStatus | undefined,
  contentChanged: boolean,
  now = new Date(),
): ReviewPatch {
  if (requested !== undefined && requested !== current.status) {
    // An approved status is the editors': leaving it, to whichever status, is a review decision.
    if (requested === "approved" || current.status === "approved") assertCanReview(actor);
    return requested === "needs_review" ? { status: requested, reviewRequestedAt: now } : { status: requested };
  }
  if (contentChanged && current.status === "approved" && !atLeast(actor, "editor")) {
    return { status: "needs_review", reviewRequestedAt: now };
  }
  return {};
}

/** Deleting approved work would take it out of approval (and a restore would bring the approval back). */
export function assertCanDeleteReviewed(actor: Actor, current: Reviewable, what: string): void {
  if (current.status === "approved" && !atLeast(actor, "editor")) {
    throw forbidden(`This ${what} is approved: only editors can delete approved work. Ask an editor.`);
  }
}

/**
 * The status fields to write when restoring deleted work: an approval comes back only for an
 * editor; for anyone else the restored work waits for review again, since they could not have
 * kept (or given) that approval themselves.
 */
export function reviewAfterRestore(actor: Actor, current: Reviewable, now = new Date()): ReviewPatch {
  if (current.status === "approved" && !atLeast(actor, "editor")) return { status: "needs_review", reviewRequestedAt: now };
  return {};
}
