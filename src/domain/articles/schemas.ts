import type { ArticleSummaryDto } from "@/domain/stories/schemas";

/** An article with its current text (API.md). */
export interface ArticleDto extends ArticleSummaryDto {
  storyId: string;
  storyTitle: string;
  revisionId: string | null;
  revisionNumber: number | null;
  text: string;
  createdAt: string;
  updatedAt: string;
}
