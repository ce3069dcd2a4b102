/**
 * Editorial review of claims and links: draft -> needs_review -> approved. Only editors approve, or
 * take something out of approved. An analyst who changes the substance of approved work puts it
 * back in the queue, so an approval always covers what is shown.
 */
import type { Actor } from "@/domain/auth/actor";
import { assertCanReview, atLeast } from "@/domain/auth/permissions";
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
    const unapproving = current.status === "approved" && requested === "draft";
    if (requested === "approved" || unapproving) assertCanReview(actor);
    return requested === "needs_review" ? { status: requested, reviewRequestedAt: now } : { status: requested };
  }
  if (contentChanged && current.status === "approved" && !atLeast(actor, "editor")) {
    return { status: "needs_review", reviewRequestedAt: now };
  }
  return {};
}
