/** The article (its metadata; the text is revised as revisions) as a versioned kind (src/domain/versioned/kind.ts). */
import { type ArticleRow, findArticle, updateArticleAtVersion } from "@/data/articles";
import { toArticleSummary } from "@/domain/stories/service";
import { defineKind } from "@/domain/versioned/kind";
import { pickArticleFields } from "./fields";
import type { ArticleDto } from "./schemas";

export function toArticleDto(row: ArticleRow): ArticleDto {
  return {
    ...toArticleSummary(row),
    storyId: row.story.id,
    storyTitle: row.story.title,
    revisionId: row.currentRevision?.id ?? null,
    revisionNumber: row.currentRevision?.number ?? null,
    text: row.currentRevision?.text ?? "",
    modifiedAt: row.modifiedAt,
    fetchedAt: row.fetchedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export const pickArticle = pickArticleFields;

export const articleKind = defineKind<ArticleRow, ArticleDto>("article", {
  data: { find: findArticle, writeAtVersion: updateArticleAtVersion },
  describe: (a) => `Article "${a.title}"`,
  audited: (a) => ({ ...pickArticleFields(a) }),
  toDto: toArticleDto,
});
