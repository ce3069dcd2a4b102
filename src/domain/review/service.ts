/** Editors' decisions on claims and links, and the queue of what waits for one. */
import { findQueueFacets, findQueuedClaims, findQueuedLinks } from "@/data/review";
import type { Actor } from "@/domain/auth/actor";
import { assertCanReview } from "@/domain/auth/permissions";
import { claimKind } from "@/domain/claims/kind";
import type { ClaimDto } from "@/domain/claims/schemas";
import { insertAuditedComment } from "@/domain/comments/service";
import { DomainError, parseInput } from "@/domain/errors";
import { linkKind } from "@/domain/links/kind";
import { decodeCursor, type Page, toPage } from "@/domain/pagination";
import type { LinkDto } from "@/domain/propositions/schemas";
import type { Kind, VersionedRow } from "@/domain/versioned/kind";
import { updateAtVersion } from "@/domain/versioned/write";
import type { ReviewStatus } from "@/domain/vocabulary";
import { QueueCursor, type QueueItemDto, ReviewDecisionInput, ReviewQueueQuery } from "./schemas";

function decide(status: ReviewStatus, decision: ReviewDecisionInput["decision"], what: string): ReviewStatus {
  if (decision === "approve") {
    if (status === "approved") throw new DomainError("conflict", `This ${what} is already approved.`);
    return "approved";
  }
  if (status === "draft") throw new DomainError("conflict", `This ${what} is a draft already: there is nothing to send back.`);
  return "draft";
}

type ReviewableRow = VersionedRow & { storyId: string; status: ReviewStatus };

/** An editor's decision, its note as a comment, its audit entry: one transaction (the versioned ritual). */
async function review<Row extends ReviewableRow, Dto>(kind: Kind<Row, Dto>, actor: Actor, id: string, input: unknown): Promise<Dto> {
  const body = parseInput(ReviewDecisionInput, input);
  assertCanReview(actor);
  const type = kind.entity === "claim" ? "claim" : "link";
  return updateAtVersion(kind, actor, id, body.version, {
    verb: body.decision,
    authorize: () => undefined,
    data: (current) => ({ status: decide(current.status, body.decision, kind.noun) }),
    alongside: async (row, tx) => {
      if (!body.comment) return;
      await insertAuditedComment(tx, actor, { type, id, storyId: row.storyId }, body.comment, body.decision === "send_back" ? "sent_back" : "comment");
    },
  });
}

export const reviewClaim = (actor: Actor, id: string, input: unknown): Promise<ClaimDto> => review(claimKind, actor, id, input);
export const reviewLink = (actor: Actor, id: string, input: unknown): Promise<LinkDto> => review(linkKind, actor, id, input);

type ClaimQueueRow = Awaited<ReturnType<typeof findQueuedClaims>>[number];
type LinkQueueRow = Awaited<ReturnType<typeof findQueuedLinks>>[number];

const fromClaim = (r: ClaimQueueRow): QueueItemDto => ({
  kind: "claim",
  id: r.id,
  version: r.version,
  storyId: r.story.id,
  storyTitle: r.story.title,
  articleId: r.article.id,
  articleTitle: r.article.title,
  outlet: r.article.outlet,
  statement: r.statement,
  exact: r.exact,
  sourcing: r.sourcing,
  author: r.createdBy,
  importedAuthor: r.importedAuthor,
  requestedAt: r.reviewRequestedAt!.toISOString(),
});

const fromLink = (r: LinkQueueRow): QueueItemDto => ({
  kind: "link",
  id: r.id,
  version: r.version,
  storyId: r.story.id,
  storyTitle: r.story.title,
  articleId: r.claim.article.id,
  articleTitle: r.claim.article.title,
  outlet: r.claim.article.outlet,
  statement: r.claim.statement,
  exact: r.claim.exact,
  sourcing: r.claim.sourcing,
  stance: r.stance,
  propositionId: r.proposition.id,
  proposition: r.proposition.statement,
  author: r.createdBy,
  importedAuthor: r.importedAuthor,
  requestedAt: r.reviewRequestedAt!.toISOString(),
});

/** Claims and links waiting for review across the stories, oldest request first, filtered. */
export async function listReviewQueue(
  _actor: Actor,
  query: unknown,
  options: { facets?: boolean } = {},
): Promise<Page<QueueItemDto> & { facets?: Awaited<ReturnType<typeof findQueueFacets>> }> {
  const q = parseInput(ReviewQueueQuery, query, "The query");
  const after = q.cursor ? decodeCursor(q.cursor, QueueCursor) : undefined;
  const key = after && { at: new Date(after.at), id: after.id };
  const filter = { storyId: q.story, articleId: q.article, authorId: q.author, sourcing: q.sourcing };
  const [claims, links, facets] = await Promise.all([
    q.kind === "link" ? [] : findQueuedClaims(filter, q.limit, key),
    q.kind === "claim" ? [] : findQueuedLinks(filter, q.limit, key),
    options.facets ? findQueueFacets({ storyId: q.story, authorId: q.author }) : undefined,
  ]);
  const merged = [...claims.map(fromClaim), ...links.map(fromLink)].sort(
    (a, b) => a.requestedAt.localeCompare(b.requestedAt) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  return { ...toPage(merged, q.limit, (i) => ({ at: i.requestedAt, id: i.id }), (i) => i), facets };
}
