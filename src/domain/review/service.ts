/** Editors' decisions on claims and links, and the queue of what waits for one. */
import { type ClaimRow, findClaim, updateClaimAtVersion } from "@/data/claims";
import { inTransaction, type Tx } from "@/data/db";
import { findLink, type LinkRow, updateLinkAtVersion } from "@/data/propositions";
import { countWaitingForReview, findQueueFacets, findQueuedClaims, findQueuedLinks } from "@/data/review";
import { touchStory } from "@/data/stories";
import { recordAudit } from "@/domain/audit/record";
import type { Actor } from "@/domain/auth/actor";
import { assertCanReview, can } from "@/domain/auth/permissions";
import { auditedClaim, toClaimDto } from "@/domain/claims/service";
import type { ClaimDto } from "@/domain/claims/schemas";
import { insertAuditedComment } from "@/domain/comments/service";
import { DomainError, type ErrorDetail, notFound, parseInput, staleVersion } from "@/domain/errors";
import { decodeCursor, type Page, toPage } from "@/domain/pagination";
import { auditedLink, toLinkDto } from "@/domain/propositions/service";
import type { LinkDto } from "@/domain/propositions/schemas";
import type { ReviewStatus } from "@/domain/vocabulary";
import { BulkReviewInput, type BulkReviewDto, QueueCursor, type QueueItemDto, ReviewDecisionInput, ReviewQueueQuery } from "./schemas";

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
  update: (tx: Tx, id: string, version: number, data: { status: ReviewStatus; wordsChangedAt?: null }) => Promise<Row | null>;
  /** What a decision clears besides the status (a claim's "words changed: check" mark: someone looked). */
  looked?: { wordsChangedAt: null };
  audited: (row: Row) => Record<string, unknown>;
  toDto: (row: Row) => Dto;
}

type ReviewableRow = { id: string; storyId: string; status: ReviewStatus; version: number; updatedAt: Date };

const capitalised = (entity: string) => entity.charAt(0).toUpperCase() + entity.slice(1);

/** An item the decision applies to, and the status it gets. */
type Checked<Row> = { current: Row; status: ReviewStatus };

/** The item as it is, if the decision applies to it at this version; throws why not (404, 409). */
async function checkDecision<Row extends ReviewableRow, Dto>(
  kind: Reviewed<Row, Dto>,
  tx: Tx,
  id: string,
  version: number,
  decision: ReviewDecisionInput["decision"],
): Promise<Checked<Row>> {
  const current = await kind.find(id, tx);
  if (!current) throw notFound(`${capitalised(kind.entity)} ${id}`);
  if (current.version !== version) throw staleVersion(kind.entity, kind.name(current), current);
  return { current, status: decide(current.status, decision, kind.entity) };
}

/** Writes one checked decision: the status, its audit entry, the note as a comment. */
async function applyDecision<Row extends ReviewableRow, Dto>(
  kind: Reviewed<Row, Dto>,
  tx: Tx,
  actor: Actor,
  checked: Checked<Row>,
  decision: { version: number; decision: ReviewDecisionInput["decision"]; comment?: string },
): Promise<Row> {
  const { current, status } = checked;
  const row = await kind.update(tx, current.id, decision.version, { status, ...kind.looked });
  if (!row) throw staleVersion(kind.entity, kind.name(current), current);
  await recordAudit(tx, actor, {
    action: `${kind.entity}.${decision.decision}`,
    entity: kind.entity,
    entityId: current.id,
    storyId: row.storyId,
    before: kind.audited(current),
    after: kind.audited(row),
  });
  if (decision.comment) {
    await insertAuditedComment(tx, actor, { type: kind.entity, id: current.id, storyId: row.storyId }, decision.comment, decision.decision === "send_back" ? "sent_back" : "comment");
  }
  return row;
}

/** An editor's decision, its note as a comment, its audit entry: one transaction. */
async function review<Row extends ReviewableRow, Dto>(kind: Reviewed<Row, Dto>, actor: Actor, id: string, input: unknown): Promise<Dto> {
  const body = parseInput(ReviewDecisionInput, input);
  assertCanReview(actor);
  return inTransaction(async (tx) => {
    const row = await applyDecision(kind, tx, actor, await checkDecision(kind, tx, id, body.version, body.decision), body);
    await touchStory(tx, row.storyId);
    return kind.toDto(row);
  });
}

const claims: Reviewed<ClaimRow, ClaimDto> = {
  entity: "claim",
  name: (c) => `Claim "${c.statement}"`,
  find: (id, tx) => findClaim(id, { tx }),
  update: updateClaimAtVersion,
  looked: { wordsChangedAt: null },
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

/** A refusal of one item of a bulk decision, its details under the item's index path. */
function itemProblems(index: number, error: DomainError): ErrorDetail[] {
  const at = `items.${index}`;
  if (error.code === "not_found") return [{ path: `${at}.id`, message: error.message }];
  if (error.details?.length) return error.details.map((d) => ({ path: `${at}.${d.path}`, message: `${d.message}: ${error.message}` }));
  return [{ path: at, message: error.message }];
}

/**
 * One decision on a selection of claims and links, in one transaction: every item is checked
 * first (found, at its version, and in a status the decision applies to), and if any is not,
 * nothing is written and the answer names each failing item by its index (items.3.version). Each
 * item then gets its own audit entry (and the note as its own comment), exactly as a single
 * review; each story's stamp moves once.
 */
export async function reviewInBulk(actor: Actor, input: unknown): Promise<BulkReviewDto> {
  const body = parseInput(BulkReviewInput, input);
  assertCanReview(actor);
  return inTransaction(async (tx) => {
    const checked: ({ kind: "claim"; c: Checked<ClaimRow> } | { kind: "link"; c: Checked<LinkRow> })[] = [];
    const problems: { index: number; error: DomainError }[] = [];
    for (const [index, item] of body.items.entries()) {
      try {
        if (item.kind === "claim") checked.push({ kind: "claim", c: await checkDecision(claims, tx, item.id, item.version, body.decision) });
        else checked.push({ kind: "link", c: await checkDecision(links, tx, item.id, item.version, body.decision) });
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        problems.push({ index, error });
      }
    }
    if (problems.length) throw bulkRefusal(body, problems);
    const stories = new Set<string>();
    const items: BulkReviewDto["items"] = [];
    for (const [index, item] of checked.entries()) {
      const decision = { version: body.items[index]!.version, decision: body.decision, comment: body.comment };
      try {
        const row = item.kind === "claim" ? await applyDecision(claims, tx, actor, item.c, decision) : await applyDecision(links, tx, actor, item.c, decision);
        stories.add(row.storyId);
        items.push({ kind: item.kind, id: row.id, version: row.version, status: row.status });
      } catch (error) {
        // Changed between the check and the write: still all or nothing.
        if (error instanceof DomainError) throw bulkRefusal(body, [{ index, error }]);
        throw error;
      }
    }
    for (const storyId of stories) await touchStory(tx, storyId);
    return { decision: body.decision, items };
  });
}

function bulkRefusal(body: BulkReviewInput, problems: { index: number; error: DomainError }[]): DomainError {
  const verb = body.decision === "approve" ? "approved" : "sent back";
  const code = problems.some((p) => p.error.code !== "not_found") ? "conflict" : "not_found";
  const first = problems[0]!;
  const count = `${problems.length} of the ${body.items.length} item${body.items.length === 1 ? "" : "s"}`;
  return new DomainError(
    code,
    `Nothing was ${verb}: ${count} cannot be (items.${first.index}: ${first.error.message}${problems.length > 1 ? " See the details for the others." : ""}) Reload the queue and try again.`,
    problems.flatMap((p) => itemProblems(p.index, p.error)),
  );
}

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
  wordsChanged: r.wordsChangedAt !== null,
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
  wordsChanged: r.claim.wordsChangedAt !== null,
  stance: r.stance,
  propositionId: r.proposition.id,
  proposition: r.proposition.statement,
  author: r.createdBy,
  importedAuthor: r.importedAuthor,
  requestedAt: r.reviewRequestedAt!.toISOString(),
});

/** How many claims and links wait for a decision: only reviewers are told (null for others). */
export async function countPendingReview(actor: Actor): Promise<number | null> {
  if (!can(actor, "review")) return null;
  return countWaitingForReview();
}

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
