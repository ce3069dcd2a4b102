/** Editors' decisions on claims and links, and the queue of what waits for one. */
import { type ClaimRow, findClaim, updateClaimAtVersion } from "@/data/claims";
import { inTransaction, type Tx } from "@/data/db";
import { findLink, type LinkRow, updateLinkAtVersion } from "@/data/propositions";
import { findQueueFacets, findQueuedClaims, findQueuedLinks } from "@/data/review";
import { touchStory } from "@/data/stories";
import { recordAudit } from "@/domain/audit/record";
import type { Actor } from "@/domain/auth/actor";
import { assertCanReview } from "@/domain/auth/permissions";
import { auditedClaim, toClaimDto } from "@/domain/claims/service";
import type { ClaimDto } from "@/domain/claims/schemas";
import { insertAuditedComment } from "@/domain/comments/service";
import { DomainError, notFound, parseInput, staleVersion } from "@/domain/errors";
import { decodeCursor, type Page, toPage } from "@/domain/pagination";
import { auditedLink, toLinkDto } from "@/domain/propositions/service";
import type { LinkDto } from "@/domain/propositions/schemas";
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

/** How one kind of reviewable row is read, written, audited and answered. */
interface Reviewed<Row, Dto> {
  entity: "claim" | "link";
  name: (row: Row) => string;
  find: (id: string, tx: Tx) => Promise<Row | null>;
  update: (tx: Tx, id: string, version: number, data: { status: ReviewStatus }) => Promise<Row | null>;
  audited: (row: Row) => Record<string, unknown>;
  toDto: (row: Row) => Dto;
}

type ReviewableRow = { id: string; storyId: string; status: ReviewStatus; version: number; updatedAt: Date };

/** An editor's decision, its note as a comment, its audit entry: one transaction. */
async function review<Row extends ReviewableRow, Dto>(kind: Reviewed<Row, Dto>, actor: Actor, id: string, input: unknown): Promise<Dto> {
  const body = parseInput(ReviewDecisionInput, input);
  assertCanReview(actor);
  return inTransaction(async (tx) => {
    const current = await kind.find(id, tx);
    if (!current) throw notFound(`${kind.entity === "claim" ? "Claim" : "Link"} ${id}`);
    if (current.version !== body.version) throw staleVersion(kind.entity, kind.name(current), current);
    const status = decide(current.status, body.decision, kind.entity);
    const row = await kind.update(tx, id, body.version, { status });
    if (!row) throw staleVersion(kind.entity, kind.name(current), current);
    await recordAudit(tx, actor, {
      action: `${kind.entity}.${body.decision}`,
      entity: kind.entity,
      entityId: id,
      storyId: row.storyId,
      before: kind.audited(current),
      after: kind.audited(row),
    });
    if (body.comment) {
      await insertAuditedComment(tx, actor, { type: kind.entity, id, storyId: row.storyId }, body.comment, body.decision === "send_back" ? "sent_back" : "comment");
    }
    await touchStory(tx, row.storyId);
    return kind.toDto(row);
  });
}

const claims: Reviewed<ClaimRow, ClaimDto> = {
  entity: "claim",
  name: (c) => `Claim "${c.statement}"`,
  find: (id, tx) => findClaim(id, { tx }),
  update: updateClaimAtVersion,
  audited: auditedClaim,
  toDto: toClaimDto,
};

const links: Reviewed<LinkRow, LinkDto> = {
  entity: "link",
  name: () => "The link",
  find: (id, tx) => findLink(id, { tx }),
  update: updateLinkAtVersion,
  audited: auditedLink,
  toDto: toLinkDto,
};

export const reviewClaim = (actor: Actor, id: string, input: unknown): Promise<ClaimDto> => review(claims, actor, id, input);
export const reviewLink = (actor: Actor, id: string, input: unknown): Promise<LinkDto> => review(links, actor, id, input);

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
