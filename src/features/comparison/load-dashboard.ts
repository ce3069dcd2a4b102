import "server-only";
import type { Actor } from "@/domain/auth/actor";
import { countClaimsBySourcing } from "@/domain/claims/service";
import { listUnlinkedClaims } from "@/domain/claims/unlinked";
import { propositionCommentCounts } from "@/domain/comments/service";
import { getComparison } from "@/domain/comparison/service";
import { stampForPage, storyForPage } from "@/server/page-data";
import { pageOrNotFound } from "@/server/page-errors";
import { matrixRows } from "./ComparisonMatrix";
import type { dashboardParams } from "./dashboard-params";

/** Unlinked claims listed on the dashboard; the claims page lists more. */
const UNLINKED_LISTED = 10;

/**
 * Everything the story dashboard shows, read at one story stamp: the story, its comparison, the
 * sourcing counts, the first unlinked claims, and the matrix's first rows with their comment counts
 * (a row's claims load when it opens). A missing story is the not-found page, whichever read fails first.
 */
export async function loadDashboard(actor: Actor, storyId: string, view: ReturnType<typeof dashboardParams>) {
  const stamp = await stampForPage(actor, storyId);
  const [story, comparison, counts, unlinked] = await Promise.all([
    storyForPage(actor, storyId),
    pageOrNotFound(getComparison(actor, storyId, stamp, { approvedOnly: view.approvedOnly })),
    pageOrNotFound(countClaimsBySourcing(actor, storyId, stamp)),
    pageOrNotFound(listUnlinkedClaims(actor, storyId, UNLINKED_LISTED)),
  ]);
  const allRows = matrixRows(comparison, view.filter, view.order);
  const rows = allRows.slice(0, view.rowCount);
  const commentCounts = await propositionCommentCounts(
    actor,
    rows.map((r) => r.p.id),
  );
  return { story, comparison, counts, unlinked, rows, rowTotal: allRows.length, commentCounts };
}
