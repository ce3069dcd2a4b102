/** Articles: read, add (from text or HTML), edit metadata, and revise the text. */
import { appendRevisionAtVersion, type ArticleFields, type ArticleRow, findArticle, insertArticleWithText } from "@/data/articles";
import { inTransaction, type Tx } from "@/data/db";
import { findStory, touchStory } from "@/data/stories";
import { normalizeText } from "@/domain/anchoring/text";
import { recordAudit } from "@/domain/audit/record";
import type { Actor } from "@/domain/auth/actor";
import { assertCanChangeContent } from "@/domain/auth/permissions";
import { invalidInput, notFound, parseInput, staleVersion } from "@/domain/errors";
import { reanchorArticleClaims } from "@/domain/claims/reanchor-claims";
import { extractArticleInWorker } from "@/domain/parsing/pool";
import { updateAtVersion } from "@/domain/versioned/write";
import { articleKind, pickArticle, toArticleDto } from "./kind";
import { fetchArticle } from "./import-url";
import {
  type ArticleDto,
  CreateArticleFromHtml,
  CreateArticleFromText,
  CreateArticleFromUrl,
  ReviseTextInput,
  type RevisionReport,
  UpdateArticleInput,
} from "./schemas";

export async function requireArticle(_actor: Actor, id: string): Promise<ArticleRow> {
  const row = await findArticle(id);
  if (!row) throw notFound(`Article ${id}`);
  return row;
}

export { toArticleDto };

export async function getArticle(actor: Actor, id: string): Promise<ArticleDto> {
  return toArticleDto(await requireArticle(actor, id));
}

type NewArticle = ArticleFields & { text: string; modifiedAt?: string | null; fetchedAt?: Date | null; fetchUrl?: string | null };

/** An article fetched from `url`: the page's metadata where the request gives none. */
async function articleFromUrl(storyId: string, input: unknown): Promise<NewArticle> {
  const body = parseInput(CreateArticleFromUrl, input);
  // No fetch on behalf of a story that does not exist.
  if (!(await findStory(storyId))) throw notFound(`Story ${storyId}`);
  const page = await fetchArticle(body.url);
  const title = body.title ?? page.title;
  if (!title) throw invalidInput("The page has no title: give one.", [{ path: "title", message: "is required (the page has none)" }]);
  const fields = {
    title,
    outlet: body.outlet ?? page.outlet ?? "",
    author: body.author ?? page.byline ?? "",
    publishedAt: body.publishedAt !== undefined ? body.publishedAt : page.publishedAt,
    url: page.url ?? body.url,
    language: body.language ?? page.language ?? "en",
    text: page.text,
  };
  parseInput(CreateArticleFromText, fields, "The fetched page");
  return { ...fields, modifiedAt: page.modifiedAt, fetchedAt: page.fetchedAt, fetchUrl: page.fetchedUrl };
}

/** Fields and text of a new article, from pasted text, an HTML page or a URL (metadata prefilled). */
async function articleFromInput(storyId: string, input: unknown): Promise<NewArticle> {
  const isObject = typeof input === "object" && input !== null;
  if (isObject && "url" in input && !("text" in input) && !("html" in input)) return articleFromUrl(storyId, input);
  if (isObject && "html" in input && "text" in input) {
    throw invalidInput("Send either text or html, not both.", [{ path: "html", message: "cannot be combined with text" }]);
  }
  if (isObject && "html" in input) {
    const body = parseInput(CreateArticleFromHtml, input);
    // In a worker thread with its own heap and time limit: a hostile page cannot take the server down.
    const page = await extractArticleInWorker(body.html, { url: body.url ?? undefined });
    const title = body.title ?? page.title;
    if (!title) throw invalidInput("The page has no title: give one.", [{ path: "title", message: "is required (the page has none)" }]);
    const fields = {
      title,
      outlet: body.outlet ?? page.outlet ?? "",
      author: body.author ?? page.byline ?? "",
      publishedAt: body.publishedAt !== undefined ? body.publishedAt : page.publishedAt,
      url: body.url !== undefined ? body.url : page.url,
      language: body.language ?? page.language ?? "en",
      text: page.text,
    };
    // What the page gave is held to the same limits as pasted text (length of title and text...).
    parseInput(CreateArticleFromText, fields, "The imported page");
    return fields;
  }
  const body = parseInput(CreateArticleFromText, input);
  return {
    title: body.title,
    outlet: body.outlet ?? "",
    author: body.author ?? "",
    publishedAt: body.publishedAt ?? null,
    url: body.url ?? null,
    language: body.language ?? "en",
    text: normalizeText(body.text),
  };
}

export async function createArticle(actor: Actor, storyId: string, input: unknown): Promise<ArticleDto> {
  // The role is checked before any parsing: a viewer cannot make the server read a page.
  assertCanChangeContent(actor, "create", "article");
  const fields = await articleFromInput(storyId, input);
  if (fields.text.trim() === "") {
    throw invalidInput("The article has no text.", [{ path: "text", message: "must contain the article's text" }]);
  }
  return inTransaction(async (tx) => {
    const story = await findStory(storyId, { tx });
    if (!story) throw notFound(`Story ${storyId}`);
    const row = await insertArticleWithText(tx, { ...fields, storyId, createdById: actor.userId });
    await recordAudit(tx, actor, {
      action: "article.create",
      entity: "article",
      entityId: row.id,
      storyId,
      before: null,
      after: {
        ...pickArticle(row),
        revisionId: row.currentRevisionId,
        textLength: fields.text.length,
        ...(fields.fetchUrl && { fetchedFrom: fields.fetchUrl }),
      },
    });
    await touchStory(tx, storyId);
    return toArticleDto(row);
  });
}

export async function updateArticle(actor: Actor, id: string, input: unknown): Promise<ArticleDto> {
  const { version, ...changes } = parseInput(UpdateArticleInput, input);
  return updateAtVersion(articleKind, actor, id, version, {
    authorize: (current) => assertCanChangeContent(actor, "update", "article", current),
    // A corrected URL is where the next re-fetch goes, not the address the page was first fetched from.
    data: () => ({ ...changes, ...(changes.url !== undefined && { fetchUrl: null }) }),
  });
}

/**
 * Saves a new revision of the article's text and re-anchors every claim to it; claims whose words
 * are gone are kept and flagged orphaned. All in one transaction.
 */
export async function reviseArticleText(actor: Actor, id: string, input: unknown): Promise<RevisionReport> {
  const body = parseInput(ReviseTextInput, input);
  const text = normalizeText(body.text);
  if (text.trim() === "") throw invalidInput("The new text is empty.", [{ path: "text", message: "must contain the article's text" }]);
  return inTransaction(async (tx) => {
    const current = await findArticle(id, { tx });
    if (!current?.currentRevision) throw notFound(`Article ${id}`);
    assertCanChangeContent(actor, "update", "article", current);
    return appendTextRevision(tx, actor, current, body.version, text, { action: "article.revise_text" });
  });
}

/**
 * The one path of a new text revision (an edit, or a re-fetch of the published page): appends it
 * if the article is still at `version`, re-anchors every claim, audits and touches the story.
 */
export async function appendTextRevision(
  tx: Tx,
  actor: Actor,
  current: ArticleRow,
  version: number,
  text: string,
  audit: { action: "article.revise_text" | "article.refetch"; after?: Record<string, unknown> },
): Promise<RevisionReport> {
  const id = current.id;
  const oldRevision = current.currentRevision;
  if (!oldRevision) throw notFound(`Article ${id}`);
  if (current.version !== version) throw staleVersion("article", articleKind.describe(current), current);
  const revision = await appendRevisionAtVersion(tx, id, version, text, actor.userId);
  if (!revision) throw staleVersion("article", articleKind.describe(current), current);
  const claims = await reanchorArticleClaims(tx, actor, { articleId: id, storyId: current.storyId, oldText: oldRevision.text, revision });
  await recordAudit(tx, actor, {
    action: audit.action,
    entity: "article_text",
    entityId: id,
    storyId: current.storyId,
    before: { revisionId: oldRevision.id, number: oldRevision.number, textLength: oldRevision.text.length },
    after: { revisionId: revision.id, number: revision.number, textLength: text.length, ...claims, ...audit.after },
  });
  await touchStory(tx, current.storyId);
  return { article: toArticleDto((await findArticle(id, { tx }))!), claims };
}
