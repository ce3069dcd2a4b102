/**
 * After a text revision: moves every claim of the article onto the new text, or flags it orphaned
 * when its words are gone (kept, listed for repair, never moved to other words).
 *
 * A claim that followed reworded text (found fuzzily: its exact words are not the ones it had) is
 * marked "words changed: check" (wordsChangedAt) until someone looks (a review decision or a
 * re-selection clears it); an approved one goes back to needs_review, since its approval covered
 * other words (issue 15). Its status is otherwise kept.
 */
import { findAllArticleClaims, updateClaimAtVersion } from "@/data/claims";
import type { Tx } from "@/data/db";
import { reanchorAll } from "@/domain/anchoring/reanchor";
import { recordAudit } from "@/domain/audit/record";
import type { Actor } from "@/domain/auth/actor";

export interface ReanchorCounts {
  unchanged: number;
  moved: number;
  /** Of the moved: those whose exact words changed (marked for a look). */
  reworded: number;
  rewordedIds: string[];
  orphaned: number;
  orphanedIds: string[];
}

export async function reanchorArticleClaims(
  tx: Tx,
  actor: Actor,
  args: { articleId: string; storyId: string; oldText: string; revision: { id: string; text: string } },
): Promise<ReanchorCounts> {
  const counts: ReanchorCounts = { unchanged: 0, moved: 0, reworded: 0, rewordedIds: [], orphaned: 0, orphanedIds: [] };
  const now = new Date();
  const claims = await findAllArticleClaims(args.articleId, { tx });
  // Already orphaned claims keep pointing at the revision whose words they quote, until repaired.
  for (const claim of claims.filter((c) => c.orphaned)) {
    counts.orphaned++;
    counts.orphanedIds.push(claim.id);
  }
  const anchored = claims.filter((c) => !c.orphaned);
  // One diff of the two texts serves every claim.
  const results = reanchorAll(args.oldText, args.revision.text, anchored);
  for (const [i, claim] of anchored.entries()) {
    const before = { revisionId: claim.revisionId, start: claim.start, end: claim.end, exact: claim.exact };
    const result = results[i]!;
    if (result.status === "orphaned") {
      await updateClaimAtVersion(tx, claim.id, claim.version, { orphaned: true });
      await recordAudit(tx, actor, {
        action: "claim.orphan",
        entity: "claim",
        entityId: claim.id,
        storyId: args.storyId,
        before: { ...before, orphaned: false },
        after: { orphaned: true, reason: result.reason },
      });
      counts.orphaned++;
      counts.orphanedIds.push(claim.id);
      continue;
    }
    const s = result.selector;
    const reworded = s.exact !== claim.exact;
    const backToReview = reworded && claim.status === "approved";
    await updateClaimAtVersion(tx, claim.id, claim.version, {
      ...s,
      revisionId: args.revision.id,
      ...(reworded && { wordsChangedAt: now }),
      ...(backToReview && { status: "needs_review", reviewRequestedAt: now }),
    });
    if (s.start === claim.start && s.end === claim.end && !reworded) {
      counts.unchanged++;
    } else {
      counts.moved++;
      if (reworded) {
        counts.reworded++;
        counts.rewordedIds.push(claim.id);
      }
      await recordAudit(tx, actor, {
        action: "claim.reanchor",
        entity: "claim",
        entityId: claim.id,
        storyId: args.storyId,
        before: { ...before, ...(reworded && { wordsChanged: false }), ...(backToReview && { status: claim.status }) },
        after: {
          revisionId: args.revision.id,
          start: s.start,
          end: s.end,
          exact: s.exact,
          method: result.method,
          ...(reworded && { wordsChanged: true }),
          ...(backToReview && { status: "needs_review" }),
        },
      });
    }
  }
  return counts;
}
