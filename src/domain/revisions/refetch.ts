/**
 * Re-fetching an article from its page (on demand, or by the schedule): a changed extracted text
 * becomes a new revision through the same path as an edit (claims re-anchored, audited), and the
 * answer says what that did to each claim. An unchanged page only records when it was fetched.
 */
import { findArticle, markArticleFetched } from "@/data/articles";
import { inTransaction } from "@/data/db";
import type { Actor } from "@/domain/auth/actor";
import { can } from "@/domain/auth/can";
import { DomainError, forbidden, notFound } from "@/domain/errors";
import { appendTextRevision, requireArticle } from "@/domain/articles/service";
import { fetchArticle } from "@/domain/articles/import-url";
import { getArticleChanges } from "./changes";
import type { RefetchReport } from "./schemas";

export async function refetchArticle(actor: Actor, articleId: string): Promise<RefetchReport> {
  // Checked before anything is fetched. The new text is the outlet's, not the asker's, so anyone who
  // may add articles may bring one up to date (docs/decisions/0023-revision-watch.md).
  if (!can(actor, "create")) throw forbidden("Viewers can read but not re-fetch articles: ask an analyst or an editor.");
  const article = await requireArticle(actor, articleId);
  const url = article.fetchUrl ?? article.url;
  if (!url) {
    throw new DomainError("unprocessable", `Article "${article.title}" has no URL to fetch it from: add its URL first.`, [
      { path: "url", message: "is missing" },
    ]);
  }
  const page = await fetchArticle(url);
  if (!page.text.trim()) {
    throw new DomainError("unprocessable", "The page has no article text now (it may have been taken down). Nothing was changed.", [
      { path: "url", message: "has no article text" },
    ]);
  }
  const fetched = { fetchedAt: page.fetchedAt, modifiedAt: page.modifiedAt ?? article.modifiedAt, fetchUrl: page.fetchedUrl };
  const report = await inTransaction(async (tx) => {
    const current = await findArticle(articleId, { tx });
    if (!current?.currentRevision) throw notFound(`Article ${articleId}`);
    if (current.currentRevision.text === page.text) {
      await markArticleFetched(tx, articleId, fetched);
      return null;
    }
    const previous = current.currentRevision.id;
    // At the version read before fetching: an edit made meanwhile is not overwritten (409).
    await appendTextRevision(tx, actor, current, article.version, page.text, { action: "article.refetch", after: { fetchedFrom: page.fetchedUrl } });
    await markArticleFetched(tx, articleId, fetched);
    return { previous };
  });
  if (!report) return { changed: false, revisionId: article.currentRevisionId!, changes: [] };
  const changes = await getArticleChanges(actor, articleId, { since: report.previous });
  return { changed: true, revisionId: changes.current.revisionId, changes: changes.claims };
}
