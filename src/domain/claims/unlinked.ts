/**
 * Claims that speak to no proposition: recorded, anchored, but not yet in the comparison. The
 * dashboard and the claims page list them so that each can be linked in one step. Orphaned claims
 * are not listed here: they wait for repair first (the article's "Needs repair" list).
 */
import { findUnlinkedStoryClaims } from "@/data/claims";
import type { Actor } from "@/domain/auth/actor";
import { requireStory } from "@/domain/stories/service";
import { hiddenWork } from "@/domain/assignments/visibility";
import type { ClaimDto } from "./schemas";
import { toClaimDto } from "./service";

/** The most a page lists at once; the total says how many there are. */
export const MAX_UNLINKED_LISTED = 200;

export async function listUnlinkedClaims(actor: Actor, storyId: string, limit = 20): Promise<{ total: number; items: ClaimDto[] }> {
  await requireStory(actor, storyId);
  const { claimIds } = await hiddenWork(actor, storyId);
  const { rows, total } = await findUnlinkedStoryClaims(storyId, Math.max(1, Math.min(limit, MAX_UNLINKED_LISTED)), claimIds);
  return { total, items: rows.map(toClaimDto) };
}
