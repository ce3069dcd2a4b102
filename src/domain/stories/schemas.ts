import { z } from "zod";

export const StoryCursor = z.object({ u: z.iso.datetime(), id: z.string().min(1).max(64) });

/** The API's story summary (list item). */
export interface StorySummaryDto {
  id: string;
  title: string;
  description: string;
  articleCount: number;
  claimCount: number;
  /** Set when the story was imported from a json export: the file's name (when given) and when. */
  importedFrom: { fileName: string | null; at: string } | null;
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

const Title = z.string().trim().min(1, "must not be empty").max(300, "must be at most 300 characters");
const Description = z.string().trim().max(5000, "must be at most 5000 characters");
export const Version = z.number().int("must be a whole number").min(1, "must be at least 1");

export const CreateStoryInput = z.strictObject({ title: Title, description: Description.optional() });
export type CreateStoryInput = z.infer<typeof CreateStoryInput>;

export const UpdateStoryInput = z.strictObject({ version: Version, title: Title.optional(), description: Description.optional() });
export type UpdateStoryInput = z.infer<typeof UpdateStoryInput>;
