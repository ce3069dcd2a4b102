/** Stories: list, read, create, rename and describe. */
import { inTransaction } from "@/data/db";
import { findLiveStory, findStoriesPage, findStoryStamp, storyExists, findStoryWithArticles, insertStory, updateStoryAtVersion } from "@/data/stories";
import { recordAudit } from "@/domain/audit/record";
import type { Actor } from "@/domain/auth/actor";
import { assertCanChangeContent } from "@/domain/auth/permissions";
import { notFound, parseInput, staleVersion } from "@/domain/errors";
import { decodeCursor, type Page, type PageQuery, toPage } from "@/domain/pagination";
import { processCache, readAtStamp, StampedCache } from "@/domain/stamped-cache";
import {
  type ArticleSummaryDto,
  CreateStoryInput,
  StoryCursor,
  type StoryDto,
  type StorySummaryDto,
  UpdateStoryInput,
} from "./schemas";

interface StoryRowBase {
  id: string;
  title: string;
  description: string;
  version: number;
  createdAt: Date;
  updatedAt: Date;
  importedFrom: string | null;
  importedAt: Date | null;
  _count: { articles: number; claims: number };
}

function toSummary(row: StoryRowBase): StorySummaryDto {
  return {
    id: row.id,
    title: row.title,
    description: row.description,
    articleCount: row._count.articles,
    claimCount: row._count.claims,
    importedFrom: row.importedAt ? { fileName: row.importedFrom, at: row.importedAt.toISOString() } : null,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function toArticleSummary(a: {
  id: string;
  title: string;
  outlet: string;
  author: string;
  publishedAt: string | null;
  url: string | null;
  language: string;
  version: number;
}): ArticleSummaryDto {
  return {
    id: a.id,
    title: a.title,
    outlet: a.outlet,
    author: a.author,
    publishedAt: a.publishedAt,
    url: a.url,
    language: a.language,
    version: a.version,
  };
}

export async function listStories(_actor: Actor, page: PageQuery): Promise<Page<StorySummaryDto>> {
  const after = page.cursor ? decodeCursor(page.cursor, StoryCursor) : undefined;
  const rows = await findStoriesPage(page.limit, after && { updatedAt: new Date(after.u), id: after.id });
  return toPage(rows, page.limit, (r) => ({ u: r.updatedAt.toISOString(), id: r.id }), toSummary);
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
export async function getStory(_actor: Actor, id: string, stamp?: number): Promise<StoryDto> {
  const story = await readAtStamp(stories, id, findStoryStamp, async () => {
    const row = await findStoryWithArticles(id);
    return row && { ...toSummary(row), articles: row.articles.map(toArticleSummary) };
  }, stamp);
  if (!story) throw notFound(`Story ${id}`);
  return story;
}

export async function createStory(actor: Actor, input: unknown): Promise<StorySummaryDto> {
  const body = parseInput(CreateStoryInput, input);
  assertCanChangeContent(actor, "create", "story");
  return inTransaction(async (tx) => {
    const row = await insertStory(tx, { title: body.title, description: body.description ?? "", createdById: actor.userId });
    await recordAudit(tx, actor, { action: "story.create", entity: "story", entityId: row.id, storyId: row.id, before: null, after: pickStory(row) });
    return toSummary(row);
  });
}

export async function updateStory(actor: Actor, id: string, input: unknown): Promise<StorySummaryDto> {
  const body = parseInput(UpdateStoryInput, input);
  return inTransaction(async (tx) => {
    const current = await findLiveStory(tx, id);
    if (!current) throw notFound(`Story ${id}`);
    assertCanChangeContent(actor, "update", "story", current);
    if (current.version !== body.version) throw staleVersion("story", `Story "${current.title}"`, current);
    const { version: _v, ...changes } = body;
    const row = await updateStoryAtVersion(tx, id, body.version, changes);
    if (!row) throw staleVersion("story", `Story "${current.title}"`, (await findLiveStory(tx, id)) ?? current);
    await recordAudit(tx, actor, { action: "story.update", entity: "story", entityId: id, storyId: id, before: pickStory(current), after: pickStory(row) });
    return toSummary(row);
  });
}

const pickStory = (s: { title: string; description: string }) => ({ title: s.title, description: s.description });
