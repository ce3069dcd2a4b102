/** The article (its metadata; the text is revised as revisions) as a versioned kind (src/domain/versioned/kind.ts). */
import { type ArticleRow, findArticle, updateArticleAtVersion } from "@/data/articles";
import { toArticleSummary } from "@/domain/stories/service";
import type { Kind } from "@/domain/versioned/kind";
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
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export const pickArticle = pickArticleFields;

export const articleKind: Kind<ArticleRow, ArticleDto> = {
  entity: "article",
  noun: "article",
  describe: (a) => `Article "${a.title}"`,
  find: findArticle,
  writeAtVersion: updateArticleAtVersion,
  storyOf: (a) => a.storyId,
  audited: (a) => ({ ...pickArticleFields(a) }),
  toDto: toArticleDto,
};
