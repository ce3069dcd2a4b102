/** Reading stories. (Creating and editing them comes with the annotation features.) */
import { findStoriesPage, findStoryWithArticles } from "@/data/stories";
import type { Actor } from "@/domain/auth/actor";
import { notFound } from "@/domain/errors";
import { decodeCursor, type Page, type PageQuery, toPage } from "@/domain/pagination";
import { type ArticleSummaryDto, StoryCursor, type StoryDto, type StorySummaryDto } from "./schemas";

interface StoryRowBase {
  id: string;
  title: string;
  description: string;
  version: number;
  createdAt: Date;
  updatedAt: Date;
  _count: { articles: number; claims: number };
}

function toSummary(row: StoryRowBase): StorySummaryDto {
  return {
    id: row.id,
    title: row.title,
    description: row.description,
    articleCount: row._count.articles,
    claimCount: row._count.claims,
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

export async function getStory(_actor: Actor, id: string): Promise<StoryDto> {
  const row = await findStoryWithArticles(id);
  if (!row) throw notFound(`Story ${id}`);
  return { ...toSummary(row), articles: row.articles.map(toArticleSummary) };
}
