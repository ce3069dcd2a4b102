/** Claims: read, record (anchored to exact words), edit, re-select, delete and restore. */
import { findArticle, findArticleText } from "@/data/articles";
import {
  countStoryClaimsBySourcing,
  findAllArticleClaims,
  findArticleClaimsPage,
  findClaim,
  findStoryClaimAuthors,
  findStoryClaims,
  insertClaim,
  searchStoryClaims,
} from "@/data/claims";
import { inTransaction, type Tx } from "@/data/db";
import { recordAudit } from "@/domain/audit/record";
import { getReviewPreference } from "@/domain/users/review-preference";
import { findStoryStamp } from "@/data/stories";
import { requireArticle } from "@/domain/articles/service";
import { requireStory } from "@/domain/stories/service";
import type { Actor } from "@/domain/auth/actor";
import { assertCanChangeContent } from "@/domain/auth/permissions";
import { initialReview, reviewAfterUpdate } from "@/domain/review/rules";
import { DomainError, notFound, parseInput, underPath } from "@/domain/errors";
import { created, updateAtVersion } from "@/domain/versioned/write";
import { decodeCursor, type Page, type PageQuery, toPage } from "@/domain/pagination";
import { processCache, readAtStamp, StampedCache } from "@/domain/stamped-cache";
import { ClaimCursor, type ClaimDto, ClaimFilterQuery, type ClaimSearchResult, CreateClaimInput, UpdateClaimInput } from "./schemas";
import { auditedClaim, claimKind, toClaimDto } from "./kind";
import { resolveSpan } from "./span";
import type { Sourcing } from "@/domain/vocabulary";
import { deleteReviewed, restoreReviewed } from "@/domain/review/reviewed-writes";
import { hiddenWork } from "@/domain/assignments/visibility";

export { auditedClaim, toClaimDto };

export async function listArticleClaims(actor: Actor, articleId: string, page: PageQuery): Promise<Page<ClaimDto>> {
  const article = await requireArticle(actor, articleId);
  const after = page.cursor ? decodeCursor(page.cursor, ClaimCursor) : undefined;
  const { claimIds } = await hiddenWork(actor, article.storyId);
  const rows = await findArticleClaimsPage(articleId, page.limit, after && { start: after.s, id: after.id }, claimIds);
  return toPage(rows, page.limit, (r) => ({ s: r.start, id: r.id }), toClaimDto);
}

/** All claims of an article, for the reader (an article holds hundreds at most). */
export async function listAllArticleClaims(actor: Actor, articleId: string): Promise<ClaimDto[]> {
  const article = await requireArticle(actor, articleId);
  const { claimIds } = await hiddenWork(actor, article.storyId);
  return (await findAllArticleClaims(articleId)).filter((c) => !claimIds.has(c.id)).map(toClaimDto);
}

/** All claims of a story, grouped by article id. */
export async function listStoryClaimsByArticle(actor: Actor, storyId: string): Promise<Map<string, ClaimDto[]>> {
  const byArticle = new Map<string, ClaimDto[]>();
  const { claimIds } = await hiddenWork(actor, storyId);
  for (const row of await findStoryClaims(storyId)) {
    if (claimIds.has(row.id)) continue;
    const list = byArticle.get(row.articleId) ?? [];
    list.push(toClaimDto(row));
    byArticle.set(row.articleId, list);
  }
  return byArticle;
}

/** Each article's live claims counted by sourcing, without loading the claims. */
/** Live claims per article and sourcing, reused while the story's stamp stays (src/domain/stamped-cache.ts). */
const sourcingCounts = processCache("sourcing-counts", () => new StampedCache<ReadonlyMap<string, Readonly<Record<Sourcing, number>>>>(2_000));

/** `stamp`: the story's stamp if the caller read it already in this request (readStoryStamp). */
export async function countClaimsBySourcing(actor: Actor, storyId: string, stamp?: number): Promise<ReadonlyMap<string, Readonly<Record<Sourcing, number>>>> {
  const count = async (hidden?: ReadonlySet<string>) => {
    const out = new Map<string, Record<Sourcing, number>>();
    for (const g of await countStoryClaimsBySourcing(storyId, hidden)) {
      const counts = out.get(g.articleId) ?? { confirmed: 0, attributed: 0, speculative: 0 };
      counts[g.sourcing] += g.count;
      out.set(g.articleId, counts);
    }
    return out;
  };
  // During an independent round an assignee's counts are their own: computed for them, not shared.
  const hidden = await hiddenWork(actor, storyId);
  if (hidden.any) {
    await requireStory(actor, storyId);
    return count(hidden.claimIds);
  }
  const counts = await readAtStamp(sourcingCounts, storyId, findStoryStamp, () => count(), stamp);
  if (!counts) throw notFound(`Story ${storyId}`);
  return counts;
}

export async function getClaim(actor: Actor, id: string): Promise<ClaimDto> {
  const row = await findClaim(id);
  if (!row || (await hiddenWork(actor, row.storyId)).claimIds.has(row.id)) throw notFound(`Claim ${id}`);
  return toClaimDto(row);
}

export async function createClaim(actor: Actor, articleId: string, input: unknown): Promise<ClaimDto> {
  const body = parseInput(CreateClaimInput, input);
  assertCanChangeContent(actor, "create", "claim");
  return inTransaction(async (tx) => {
    // No status asked for: an editor who chose "my own claims start approved" records it approved.
    const startsApproved = body.status === undefined && (await getReviewPreference(actor, { tx })).ownClaimsStartApproved;
    const dto = await addClaim(tx, actor, articleId, startsApproved ? { ...body, status: "approved" } : body);
    if (startsApproved) await recordStartedApproved(tx, actor, { id: dto.id, storyId: dto.storyId });
    return dto;
  });
}

/**
 * Inside a transaction: a claim of a live article anchored to its current text, audited (input
 * already checked, the actor's right to record claims already asserted). `path` prefixes the paths
 * of its errors (a claim inside a larger request).
 */
export async function addClaim(tx: Tx, actor: Actor, articleId: string, body: CreateClaimInput, path = ""): Promise<ClaimDto> {
  const review = initialReview(actor, body.status);
  const article = await findArticleText(articleId, { tx });
  if (!article) throw notFound(`Article ${articleId}`);
  const revision = { id: article.revisionId, text: article.text };
  if (body.revisionId && body.revisionId !== revision.id) {
    throw new DomainError("conflict", "The article's text changed since you selected these words. Reload it and select them again.", [
      { path: `${path}revisionId`, message: `the current revision is ${revision.id}` },
    ]);
  }
  let selector;
  try {
    selector = resolveSpan(revision.text, body);
  } catch (e) {
    throw underPath(e, path);
  }
  const row = await insertClaim(
    tx,
    {
      storyId: article.storyId,
      articleId,
      revisionId: revision.id,
      ...selector,
      statement: body.statement,
      sourcing: body.sourcing,
      source: body.source ?? "",
      cue: body.cue ?? "",
      ...review,
      createdById: actor.userId,
    },
    { id: actor.userId, name: actor.name },
  );
  return created(claimKind, tx, actor, row);
}

/** The approval an editor's preference gave a new claim, as its own entry in the activity. */
function recordStartedApproved(tx: Tx, actor: Actor, row: { id: string; storyId: string }): Promise<void> {
  return recordAudit(tx, actor, {
    action: "claim.approve",
    entity: "claim",
    entityId: row.id,
    storyId: row.storyId,
    before: null,
    after: { status: "approved", reason: "the editor's own claims start approved (account setting)" },
  });
}

export async function updateClaim(actor: Actor, id: string, input: unknown): Promise<ClaimDto> {
  const body = parseInput(UpdateClaimInput, input);
  const { version, start, end, exact, prefix, suffix, status, ...fields } = body;
  const reselecting = start !== undefined || end !== undefined || exact !== undefined;
  return updateAtVersion(claimKind, actor, id, version, {
    authorize: (current) => {
      assertCanChangeContent(actor, "update", "claim", current);
      const contentChanged = reselecting || (Object.keys(fields) as (keyof typeof fields)[]).some((k) => fields[k] !== undefined && fields[k] !== current[k]);
      return reviewAfterUpdate(actor, current, status, contentChanged);
    },
    data: async (current, review, tx) => {
      if (!reselecting) return { ...fields, ...review };
      const article = await findArticle(current.articleId, { tx });
      if (!article?.currentRevision) throw notFound(`Article ${current.articleId}`);
      const selector = resolveSpan(article.currentRevision.text, { start, end, exact, prefix, suffix });
      // Re-selected: someone looked at the words, so "words changed: check" is done.
      return { ...fields, ...selector, revisionId: article.currentRevision.id, orphaned: false, wordsChangedAt: null, ...review };
    },
  });
}

/** Soft delete: the claim disappears from lists and comparisons but can be restored. */
export const deleteClaim = (actor: Actor, id: string, input: unknown): Promise<void> => deleteReviewed(claimKind, actor, id, input);

/** Undoes a delete, with the version the deleted claim has. */
export const restoreClaim = (actor: Actor, id: string, input: unknown): Promise<ClaimDto> => restoreReviewed(claimKind, actor, id, input);

const SEARCH_LIMIT = 500;

/** A story's claims, searched and filtered (sourcing, source, status, author, article). */
export async function searchClaims(actor: Actor, storyId: string, query: unknown): Promise<ClaimSearchResult> {
  const f = parseInput(ClaimFilterQuery, query, "The filters");
  await requireStory(actor, storyId);
  const { claimIds: hidden } = await hiddenWork(actor, storyId);
  const [{ rows, total }, authors] = await Promise.all([
    searchStoryClaims(
      storyId,
      { q: f.q, sourcing: f.sourcing, status: f.status, source: f.source, authorId: f.author, articleId: f.article, hidden },
      SEARCH_LIMIT,
    ),
    findStoryClaimAuthors(storyId, hidden),
  ]);
  return { items: rows.map((r) => ({ ...toClaimDto(r), articleTitle: r.article.title })), total, authors };
}
