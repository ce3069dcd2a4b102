/** Editors' decisions on claims and links, and the queue of what waits for one. */
import type { Tx } from "@/data/db";
import { inTransaction } from "@/data/db";
import { countWaitingForReview, findQueueFacets, findQueuedClaims, findQueuedLinks } from "@/data/review";
import { touchStory } from "@/data/stories";
import { recordAudit } from "@/domain/audit/record";
import type { Actor } from "@/domain/auth/actor";
import { hiddenWork } from "@/domain/assignments/visibility";
import { assertCanReview, can } from "@/domain/auth/permissions";
import { claimKind } from "@/domain/claims/kind";
import type { ClaimDto } from "@/domain/claims/schemas";
import { insertAuditedComment } from "@/domain/comments/service";
import { DomainError, type ErrorDetail, notFound, parseInput, staleVersion } from "@/domain/errors";
import { linkKind } from "@/domain/links/kind";
import { decodeCursor, type Page, toPage } from "@/domain/pagination";
import type { LinkDto } from "@/domain/propositions/schemas";
import type { Kind, VersionedRow } from "@/domain/versioned/kind";
import { updateAtVersion } from "@/domain/versioned/write";
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

type ReviewableRow = VersionedRow & { storyId: string; status: ReviewStatus };

/** What a decision clears besides the status: a claim's "words changed: check" mark (someone looked). */
const looked = (kind: { entity: string }) => (kind.entity === "claim" ? { wordsChangedAt: null } : {});
const commentTarget = (kind: { entity: string }) => (kind.entity === "claim" ? "claim" : "link");

/** An editor's decision, its note as a comment, its audit entry: one transaction (the versioned ritual). */
async function review<Row extends ReviewableRow, Dto>(kind: Kind<Row, Dto>, actor: Actor, id: string, input: unknown): Promise<Dto> {
  const body = parseInput(ReviewDecisionInput, input);
  assertCanReview(actor);
  return updateAtVersion(kind, actor, id, body.version, {
    verb: body.decision,
    authorize: () => undefined,
    data: (current) => ({ status: decide(current.status, body.decision, kind.noun), ...looked(kind) }),
    alongside: async (row, tx) => {
      if (!body.comment) return;
      await insertAuditedComment(
        tx,
        actor,
        { type: commentTarget(kind), id, storyId: row.storyId },
        body.comment,
        body.decision === "send_back" ? "sent_back" : "comment",
      );
    },
  });
}

export const reviewClaim = (actor: Actor, id: string, input: unknown): Promise<ClaimDto> => review(claimKind, actor, id, input);
export const reviewLink = (actor: Actor, id: string, input: unknown): Promise<LinkDto> => review(linkKind, actor, id, input);

/** An item of a bulk decision, checked: found, at its version, in a status the decision applies to. */
type Checked = { kind: Kind<ReviewableRow, unknown>; current: ReviewableRow; status: ReviewStatus };

async function checkDecision(
  kind: Kind<ReviewableRow, unknown>,
  tx: Tx,
  id: string,
  version: number,
  decision: ReviewDecisionInput["decision"],
): Promise<Checked> {
  const current = await kind.find(id, { tx });
  if (!current) throw notFound(`${kind.noun.charAt(0).toUpperCase()}${kind.noun.slice(1)} ${id}`);
  if (current.version !== version) throw staleVersion(kind.entity, kind.describe(current), current);
  return { kind, current, status: decide(current.status, decision, kind.noun) };
}

/** Writes one checked decision: the status, its audit entry, the note as a comment (the story's stamp is the caller's). */
async function applyDecision(
  tx: Tx,
  actor: Actor,
  { kind, current, status }: Checked,
  decision: { version: number; decision: ReviewDecisionInput["decision"]; comment?: string },
): Promise<ReviewableRow> {
  const row = await kind.writeAtVersion(tx, current.id, decision.version, { status, ...looked(kind) });
  if (!row) throw staleVersion(kind.entity, kind.describe(current), current);
  await recordAudit(tx, actor, {
    action: `${kind.entity}.${decision.decision}`,
    entity: kind.entity,
    entityId: current.id,
    storyId: row.storyId,
    before: kind.audited(current),
    after: kind.audited(row),
    version: row.version,
  });
  if (decision.comment) {
    await insertAuditedComment(
      tx,
      actor,
      { type: commentTarget(kind), id: current.id, storyId: row.storyId },
      decision.comment,
      decision.decision === "send_back" ? "sent_back" : "comment",
    );
  }
  return row;
}

const reviewedKinds = { claim: claimKind, link: linkKind } as unknown as Record<"claim" | "link", Kind<ReviewableRow, unknown>>;

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
    const checked: Checked[] = [];
    const problems: { index: number; error: DomainError }[] = [];
    for (const [index, item] of body.items.entries()) {
      try {
        checked.push(await checkDecision(reviewedKinds[item.kind], tx, item.id, item.version, body.decision));
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
        const row = await applyDecision(tx, actor, item, decision);
        stories.add(row.storyId);
        items.push({ kind: body.items[index]!.kind, id: row.id, version: row.version, status: row.status });
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
export async function countPendingReview(actor: Actor, filter: { storyId?: string } = {}): Promise<number | null> {
  if (!can(actor, "review")) return null;
  return countWaitingForReview(filter);
}

/** Claims and links waiting for review across the stories, oldest request first, filtered. */
export async function listReviewQueue(
  actor: Actor,
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
  const page = toPage(
    merged,
    q.limit,
    (i) => ({ at: i.requestedAt, id: i.id }),
    (i) => i,
  );
  // Work hidden by an independent round stays out of the queue too (pages keep their cursors).
  const hidden = new Map(await Promise.all([...new Set(page.items.map((i) => i.storyId))].map(async (id) => [id, await hiddenWork(actor, id)] as const)));
  const visible = page.items.filter((i) => !(i.kind === "claim" ? hidden.get(i.storyId)!.claimIds : hidden.get(i.storyId)!.linkIds).has(i.id));
  return { ...page, items: visible, facets };
}
