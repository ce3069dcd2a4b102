/**
 * Exports and imports as the API answers them. The `json` export is the StoryExport schema itself
 * (the one the import parses); the W3C and ClaimReview exports are JSON-LD built by plain
 * functions, described here by the structure they always have (the contract tests parse every
 * answer with these schemas; tests/integration/api-export.test.ts runs the W3C suite on them).
 */
import { z } from "zod";
import { type Same } from "@/domain/api-shapes";
import { StorySchema } from "@/domain/stories/responses";
import { ANNO_CONTEXT } from "./w3c-export";
import { CSV_COLUMNS } from "./csv-export";
import { REQUIRED_COLUMNS, OPTIONAL_COLUMNS } from "./csv-claims";
import { StoryExport } from "./format";
import type { ClaimImportReport, ClaimImportRowReport } from "./import-claims";
import type { ImportCounts, ImportedStoryDto, ImportPreview } from "./import-story";

export const StoryExportSchema = StoryExport.meta({
  // As a request body (the import), `comments` may be left out; as an answer it is always there.
  id: "StoryExportToImport",
  outputId: "StoryExport",
  description:
    "The `json` export, format `claimboard-story` version 1: a lossless copy of one story (articles with every text revision, claims anchored to their revision, propositions with verdicts, links, comments). `POST /api/v1/stories/import` reads it back.",
});

export const StoryCsvSchema = z.string().meta({
  id: "StoryCsv",
  description: `The \`csv\` export: RFC 4180, UTF-8 with a byte order mark, a header row and one row per claim. Columns: ${CSV_COLUMNS.map((c) => `\`${c}\``).join(", ")}. A claim linked to several propositions lists them one per line in the \`proposition\` and \`stance\` cells. Cells starting with = + - @ get a leading apostrophe (CSV injection).`,
});

export const StoryReportPdfSchema = z.string().meta({
  id: "StoryReportPdf",
  format: "binary",
  description:
    "The `pdf` export: the story report (PDF 1.3, A4, fonts embedded): the story's title and description, the headline figures, its articles, the matrix as a table, the sourcing mix and pair charts, and each proposition's claims with their quoted words, sourcing, source, stance and article.",
});

const TextualBody = z.looseObject({
  type: z.literal("TextualBody"),
  value: z.string(),
  format: z.literal("text/plain"),
  language: z.string().optional(),
  purpose: z.string(),
});

const WebAnnotation = z
  .looseObject({
    "@context": z.literal(ANNO_CONTEXT),
    id: z.url().meta({ description: "The claim's or link's API URL." }),
    type: z.literal("Annotation"),
    motivation: z.enum(["classifying", "linking"]).meta({ description: "`classifying` for a claim, `linking` for a link to a proposition." }),
    creator: z.looseObject({ type: z.literal("Person"), name: z.string() }).optional(),
    created: z.string(),
    modified: z.string(),
    generator: z.looseObject({ id: z.string(), type: z.literal("Software"), name: z.string() }),
    body: z.array(z.union([TextualBody, z.looseObject({ id: z.string(), type: z.literal("Text") })])),
    target: z.union([
      z.string().meta({ description: "A link's target: the claim's annotation." }),
      z
        .looseObject({
          source: z.string(),
          state: z.looseObject({ type: z.literal("TimeState"), sourceDate: z.string() }).optional(),
          selector: z.array(z.looseObject({ type: z.enum(["TextQuoteSelector", "TextPositionSelector"]) })),
          scope: z.string().optional(),
        })
        .meta({ description: "A claim's target: its words in the article, by quote and by UTF-16 offsets into the revision." }),
    ]),
  })
  .meta({ id: "WebAnnotation", description: "A W3C Web Annotation: a claim on its article's text, or a link of a claim to a proposition." });

export const WebAnnotationCollectionSchema = z
  .looseObject({
    "@context": z.literal(ANNO_CONTEXT),
    id: z.string(),
    type: z.literal("AnnotationCollection"),
    label: z.string().meta({ description: "The story's title." }),
    total: z.number().int().min(0),
    first: z
      .looseObject({ id: z.string(), type: z.literal("AnnotationPage"), startIndex: z.literal(0), items: z.array(WebAnnotation) })
      .optional()
      .meta({ description: "Every annotation, in one page (absent when there are none)." }),
  })
  .meta({
    id: "WebAnnotationCollection",
    description: "The `w3c` export: the story's claims and links as a W3C Web Annotation Data Model collection (JSON-LD).",
  });

const ClaimReview = z
  .looseObject({
    "@type": z.literal("ClaimReview"),
    url: z.string(),
    claimReviewed: z.string().meta({ description: "The proposition." }),
    datePublished: z.string().meta({ description: "When the verdict was given (YYYY-MM-DD)." }),
    author: z.looseObject({ "@type": z.enum(["Person", "Organization"]), name: z.string() }),
    reviewRating: z.looseObject({
      "@type": z.literal("Rating"),
      alternateName: z.string().meta({ description: 'The verdict in words, e.g. "Mostly false".' }),
      ratingValue: z.number().int().min(1).max(5).optional().meta({ description: "1 (false) to 5 (true); absent for misleading and unproven." }),
      bestRating: z.literal(5),
      worstRating: z.literal(1),
      ratingExplanation: z.string().optional(),
    }),
    itemReviewed: z.looseObject({
      "@type": z.literal("Claim"),
      name: z.string(),
      appearance: z
        .array(z.looseObject({ "@type": z.literal("NewsArticle"), headline: z.string() }))
        .meta({ description: "The articles whose claims support the proposition." }),
    }),
  })
  .meta({ id: "ClaimReview" });

export const ClaimReviewGraphSchema = z
  .object({ "@context": z.literal("https://schema.org"), "@graph": z.array(ClaimReview) })
  .meta({ id: "ClaimReviewGraph", description: "The `claimreview` export: a schema.org ClaimReview (JSON-LD) for every proposition with a verdict." });

const ImportCountsSchema = z
  .object({
    articles: z.number().int().min(0),
    revisions: z.number().int().min(0),
    claims: z.number().int().min(0),
    propositions: z.number().int().min(0),
    links: z.number().int().min(0),
    comments: z.number().int().min(0),
  })
  .meta({ id: "ImportCounts", description: "How many of each were imported." });

export const ImportPreviewSchema = z
  .object({
    dryRun: z.literal(true),
    title: z.string().meta({ description: 'The title the new story will have: the file\'s, marked "(imported <day>)" when a story already has it.' }),
    originalTitle: z.string(),
    counts: ImportCountsSchema,
    authorsWithoutAccount: z
      .array(z.string())
      .meta({ description: "The file's authors whose email no account here has: recorded as the original authors of their work." }),
  })
  .meta({ id: "StoryImportPreview", description: "What the import would bring in (nothing was written)." });

export const ImportedStorySchema = StorySchema.extend({ imported: ImportCountsSchema }).meta({
  id: "ImportedStory",
  description: "The new story (with new ids; its title marked when a story already had it) and what it holds.",
});

const RowErrorSchema = z.object({ field: z.string().meta({ description: "The column, or `row`." }), message: z.string() });

const ClaimImportRowSchema = z
  .object({
    row: z.number().int().min(2).meta({ description: "The spreadsheet's row number: the header is row 1." }),
    status: z.enum(["imported", "valid", "error"]).meta({ description: "`valid`: would be imported (dry run)." }),
    quote: z.string(),
    statement: z.string(),
    claimId: z.string().optional().meta({ description: "The new claim, when imported." }),
    errors: z.array(RowErrorSchema),
  })
  .meta({ id: "ClaimImportRow" });

export const ClaimImportReportSchema = z
  .object({
    articleId: z.string(),
    mode: z.enum(["all", "valid-only"]),
    dryRun: z.boolean(),
    ignoredColumns: z.array(z.string()).meta({ description: "Columns that are neither claim fields nor the story export's descriptive columns." }),
    total: z.number().int().min(0),
    valid: z.number().int().min(0),
    invalid: z.number().int().min(0),
    imported: z.number().int().min(0),
    rows: z.array(ClaimImportRowSchema),
  })
  .meta({ id: "ClaimImportReport", description: "What happened to each row of the CSV." });

export const ClaimsCsvSchema = z.string().meta({
  id: "ClaimsCsv",
  description: `A CSV with a header row. Required columns: ${REQUIRED_COLUMNS.map((c) => `\`${c}\``).join(", ")}; optional: ${OPTIONAL_COLUMNS.map((c) => `\`${c}\``).join(", ")}. Each row is anchored by its quote (\`prefix\`/\`suffix\`, or \`start\`/\`end\`, tell repeated quotes apart). The story's csv export reads back as is.`,
});

export const exchangeShapesAgree: [
  Same<z.infer<typeof ImportCountsSchema>, ImportCounts>,
  Same<z.infer<typeof ImportedStorySchema>, ImportedStoryDto>,
  Same<z.infer<typeof ImportPreviewSchema>, ImportPreview>,
  Same<z.infer<typeof ClaimImportRowSchema>, ClaimImportRowReport>,
  Same<z.infer<typeof ClaimImportReportSchema>, ClaimImportReport>,
] = [true, true, true, true, true];
