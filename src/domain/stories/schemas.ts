import { z } from "zod";

export const StoryId = z.string().min(1).max(64);

export const StoryCursor = z.object({ u: z.iso.datetime(), id: z.string().min(1).max(64) });

/** The API's story summary (list item). */
export interface StorySummaryDto {
  id: string;
  title: string;
  description: string;
  articleCount: number;
  claimCount: number;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface ArticleSummaryDto {
  id: string;
  title: string;
  outlet: string;
  author: string;
  publishedAt: string | null;
  url: string | null;
  language: string;
  version: number;
}

export interface StoryDto extends StorySummaryDto {
  articles: ArticleSummaryDto[];
}
