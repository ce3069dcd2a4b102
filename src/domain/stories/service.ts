/** Stories: list, read, create, rename and describe. */
import { inTransaction } from "@/data/db";
import { findStoriesPage, findStoryStamp, storyExists, findStoryWithArticles, insertStory } from "@/data/stories";
import { recordAudit } from "@/domain/audit/record";
import type { Actor } from "@/domain/auth/actor";
import { assertCanChangeContent } from "@/domain/auth/permissions";
import { notFound, parseInput } from "@/domain/errors";
import { updateAtVersion } from "@/domain/versioned/write";
import { auditedStory, storyKind, toSummary } from "./kind";
import { type ArticleFields, pickArticleFields } from "@/domain/articles/fields";
import { decodeCursor, type Page, type PageQuery, toPage } from "@/domain/pagination";
import { processCache, readAtStamp, StampedCache } from "@/domain/stamped-cache";
import { type ArticleSummaryDto, CreateStoryInput, StoryCursor, type StoryDto, type StorySummaryDto, UpdateStoryInput } from "./schemas";
import { hiddenWork } from "@/domain/assignments/visibility";

export function toArticleSummary(a: ArticleFields & { id: string; version: number }): ArticleSummaryDto {
  return { id: a.id, ...pickArticleFields(a), version: a.version };
}

export async function listStories(actor: Actor, page: PageQuery): Promise<Page<StorySummaryDto>> {
  const after = page.cursor ? decodeCursor(page.cursor, StoryCursor) : undefined;
  const rows = await findStoriesPage(page.limit, after && { updatedAt: new Date(after.u), id: after.id });
  const listed = toPage(rows, page.limit, (r) => ({ u: r.updatedAt.toISOString(), id: r.id }), toSummary);
  return { ...listed, items: await Promise.all(listed.items.map((story) => asSeenBy(actor, story))) };
}

/**
 * The story's counts as the asker may know them: during an independent round, the claims they may
 * not read are not counted either (src/domain/assignments/visibility.ts).
 */
async function asSeenBy<S extends StorySummaryDto>(actor: Actor, story: S): Promise<S> {
  const hidden = await hiddenWork(actor, story.id);
  return hidden.any ? { ...story, claimCount: story.claimCount - hidden.claimIds.size } : story;
}

/** Throws 404 unless the story exists (cheaper than getStory when only existence matters). */
export async function requireStory(_actor: Actor, id: string): Promise<void> {
  if (!(await storyExists(id))) throw notFound(`Story ${id}`);
}

/** Stories with their articles, reused while the story's stamp stays (src/domain/stamped-cache.ts). */
const stories = processCache("stories", () => new StampedCache<StoryDto>(2_000));

/**
 * The story's change stamp, for a caller that reads several things derived from one story in one
 * request (a page): read once, passed to each (getStory, getComparison, countClaimsBySourcing).
 */
export async function readStoryStamp(_actor: Actor, id: string): Promise<number> {
  const stamp = await findStoryStamp(id);
  if (stamp === null) throw notFound(`Story ${id}`);
  return stamp;
}

/** `stamp`: the story's stamp if the caller read it already in this request (readStoryStamp). */
export async function getStory(actor: Actor, id: string, stamp?: number): Promise<StoryDto> {
  const story = await readAtStamp(
    stories,
    id,
    findStoryStamp,
    async () => {
      const row = await findStoryWithArticles(id);
      return row && { ...toSummary(row), articles: row.articles.map(toArticleSummary) };
    },
    stamp,
  );
  if (!story) throw notFound(`Story ${id}`);
  return asSeenBy(actor, story);
}

export async function createStory(actor: Actor, input: unknown): Promise<StorySummaryDto> {
  const body = parseInput(CreateStoryInput, input);
  assertCanChangeContent(actor, "create", "story");
  return inTransaction(async (tx) => {
    const row = await insertStory(tx, { title: body.title, description: body.description ?? "", createdById: actor.userId });
    await recordAudit(tx, actor, { action: "story.create", entity: "story", entityId: row.id, storyId: row.id, before: null, after: auditedStory(row) });
    return toSummary(row);
  });
}

export async function updateStory(actor: Actor, id: string, input: unknown): Promise<StorySummaryDto> {
  const { version, ...changes } = parseInput(UpdateStoryInput, input);
  return updateAtVersion(storyKind, actor, id, version, {
    authorize: (current) => assertCanChangeContent(actor, "update", "story", current),
    data: () => changes,
  });
}
