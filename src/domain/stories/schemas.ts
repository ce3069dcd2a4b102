import { z } from "zod";
import type { ArticleSummarySchema, StorySchema, StorySummarySchema } from "./responses";

export const StoryCursor = z.object({ u: z.iso.datetime(), id: z.string().min(1).max(64) });

/** The API's story summary (list item). */
export type StorySummaryDto = z.infer<typeof StorySummarySchema>;

export type ArticleSummaryDto = z.infer<typeof ArticleSummarySchema>;

export type StoryDto = z.infer<typeof StorySchema>;

const Title = z.string().trim().min(1, "must not be empty").max(300, "must be at most 300 characters");
const Description = z.string().trim().max(5000, "must be at most 5000 characters");
export const Version = z.number().int("must be a whole number").min(1, "must be at least 1");

export const CreateStoryInput = z.strictObject({ title: Title, description: Description.optional() });
export type CreateStoryInput = z.infer<typeof CreateStoryInput>;

export const UpdateStoryInput = z.strictObject({ version: Version, title: Title.optional(), description: Description.optional() });
export type UpdateStoryInput = z.infer<typeof UpdateStoryInput>;
