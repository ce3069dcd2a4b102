import { z } from "zod";
import { Version } from "@/domain/stories/schemas";

import type { ArticleSchema, RevisionReportSchema } from "./responses";

/** Longest article text accepted (characters), well above any news article. */
export const MAX_ARTICLE_CHARS = 200_000;
/** Longest HTML page accepted for extraction. */
export const MAX_HTML_CHARS = 2_000_000;

/** ISO 8601 date of the precision the source gives: 2020, 2020-05, 2020-05-14, or a full timestamp. */
export const PartialIsoDate = z
  .string()
  .trim()
  .regex(
    /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01])(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?)?)?$/,
    'must be an ISO 8601 date such as "2020", "2020-05" or "2020-05-14"',
  );

const Url = z
  .string()
  .trim()
  .max(2000, "must be at most 2000 characters")
  .refine((v) => /^https?:\/\/\S+$/i.test(v) && URL.canParse(v), { message: "must be an http(s) URL" });

export const ArticleMetadata = z.object({
  title: z.string().trim().min(1, "must not be empty").max(500, "must be at most 500 characters"),
  outlet: z.string().trim().max(200, "must be at most 200 characters").optional(),
  author: z.string().trim().max(300, "must be at most 300 characters").optional(),
  publishedAt: PartialIsoDate.nullable().optional(),
  url: Url.nullable().optional(),
  language: z
    .string()
    .trim()
    .regex(/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/, 'must be a language tag such as "en" or "sr-Latn"')
    .optional(),
});

const ArticleText = z.string().max(MAX_ARTICLE_CHARS, `must be at most ${MAX_ARTICLE_CHARS.toLocaleString("en")} characters`);

export const CreateArticleFromText = z.strictObject({ ...ArticleMetadata.shape, text: ArticleText });
export const CreateArticleFromHtml = z.strictObject({
  ...ArticleMetadata.shape,
  title: ArticleMetadata.shape.title.optional(),
  html: z.string().max(MAX_HTML_CHARS, `must be at most ${MAX_HTML_CHARS.toLocaleString("en")} characters`),
});
/** An article fetched from its page: only `url` is needed, the other fields override the page's metadata. */
export const CreateArticleFromUrl = z.strictObject({
  ...ArticleMetadata.shape,
  title: ArticleMetadata.shape.title.optional(),
  url: Url,
});
export type CreateArticleInput = z.infer<typeof CreateArticleFromText> | z.infer<typeof CreateArticleFromHtml> | z.infer<typeof CreateArticleFromUrl>;

export const UpdateArticleInput = z.strictObject({ version: Version, ...ArticleMetadata.partial().shape });
export type UpdateArticleInput = z.infer<typeof UpdateArticleInput>;

export const ReviseTextInput = z.strictObject({ version: Version, text: ArticleText });
export type ReviseTextInput = z.infer<typeof ReviseTextInput>;

/** An article with its current text (docs/contract/API.md). */
export type ArticleDto = z.infer<typeof ArticleSchema>;

/** What a text revision did to the article's claims. */
export type RevisionReport = z.infer<typeof RevisionReportSchema>;
