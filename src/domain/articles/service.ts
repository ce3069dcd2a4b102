/** Reading articles. (Adding them and revising their text comes with the annotation features.) */
import { findArticle, type ArticleRow } from "@/data/articles";
import type { Actor } from "@/domain/auth/actor";
import { notFound } from "@/domain/errors";
import { toArticleSummary } from "@/domain/stories/service";
import type { ArticleDto } from "./schemas";

export async function requireArticle(_actor: Actor, id: string): Promise<ArticleRow> {
  const row = await findArticle(id);
  if (!row) throw notFound(`Article ${id}`);
  return row;
}

export function toArticleDto(row: ArticleRow): ArticleDto {
  return {
    ...toArticleSummary(row),
    storyId: row.story.id,
    storyTitle: row.story.title,
    revisionId: row.currentRevision?.id ?? null,
    revisionNumber: row.currentRevision?.number ?? null,
    text: row.currentRevision?.text ?? "",
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export async function getArticle(actor: Actor, id: string): Promise<ArticleDto> {
  return toArticleDto(await requireArticle(actor, id));
}
