/** Stories as the API answers them (zod, for the OpenAPI document and contract tests). */
import { z } from "zod";
import { Id, IsoDateTime, pageOf } from "@/domain/api-shapes";

export const StorySummarySchema = z
  .object({
    id: Id,
    title: z.string(),
    description: z.string(),
    articleCount: z.number().int().min(0),
    claimCount: z.number().int().min(0),
    importedFrom: z
      .object({ fileName: z.string().nullable(), at: IsoDateTime })
      .nullable()
      .meta({ description: "Set when the story was imported from a json export: the name of the file (when the import gave one) and when." }),
    version: z.number().int().min(1),
    createdAt: IsoDateTime,
    updatedAt: IsoDateTime,
  })
  .meta({ id: "StorySummary", description: "A story with its counts." });

export const ArticleSummarySchema = z
  .object({
    id: Id,
    title: z.string(),
    outlet: z.string(),
    author: z.string(),
    publishedAt: z.string().nullable().meta({ description: 'ISO 8601 of the precision the source gives: "2020", "2020-05", "2020-05-14" or a timestamp.' }),
    url: z.string().nullable(),
    language: z.string().meta({ description: 'Language tag, e.g. "en" or "sr-Latn".' }),
    version: z.number().int().min(1),
  })
  .meta({ id: "ArticleSummary" });

export const StorySchema = StorySummarySchema.extend({ articles: z.array(ArticleSummarySchema) }).meta({
  id: "Story",
  description: "A story with its articles.",
});

export const StoryPageSchema = pageOf(StorySummarySchema, "StoryPage", "Stories, most recently changed first.");

// The DTO types and these schemas must describe the same objects.
