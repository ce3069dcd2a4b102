/** Reading claims. (Recording and editing them comes with the annotation features.) */
import { findAllArticleClaims, findArticleClaimsPage, findStoryClaims, type ClaimRow } from "@/data/claims";
import type { Actor } from "@/domain/auth/actor";
import { decodeCursor, type Page, type PageQuery, toPage } from "@/domain/pagination";
import { requireArticle } from "@/domain/articles/service";
import { ClaimCursor, type ClaimDto } from "./schemas";

export function toClaimDto(row: ClaimRow): ClaimDto {
  return {
    id: row.id,
    storyId: row.storyId,
    articleId: row.articleId,
    revisionId: row.revisionId,
    version: row.version,
    statement: row.statement,
    sourcing: row.sourcing,
    source: row.source,
    cue: row.cue,
    status: row.status,
    orphaned: row.orphaned,
    selector: { exact: row.exact, prefix: row.prefix, suffix: row.suffix, start: row.start, end: row.end },
    createdBy: row.createdBy?.id ?? null,
    createdByName: row.createdBy?.name ?? null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export async function listArticleClaims(actor: Actor, articleId: string, page: PageQuery): Promise<Page<ClaimDto>> {
  await requireArticle(actor, articleId);
  const after = page.cursor ? decodeCursor(page.cursor, ClaimCursor) : undefined;
  const rows = await findArticleClaimsPage(articleId, page.limit, after && { start: after.s, id: after.id });
  return toPage(rows, page.limit, (r) => ({ s: r.start, id: r.id }), toClaimDto);
}

/** All claims of an article, for the reader (an article holds hundreds at most). */
export async function listAllArticleClaims(actor: Actor, articleId: string): Promise<ClaimDto[]> {
  await requireArticle(actor, articleId);
  return (await findAllArticleClaims(articleId)).map(toClaimDto);
}

/** All claims of a story, grouped by article id. */
export async function listStoryClaimsByArticle(_actor: Actor, storyId: string): Promise<Map<string, ClaimDto[]>> {
  const byArticle = new Map<string, ClaimDto[]>();
  for (const row of await findStoryClaims(storyId)) {
    const list = byArticle.get(row.articleId) ?? [];
    list.push(toClaimDto(row));
    byArticle.set(row.articleId, list);
  }
  return byArticle;
}
