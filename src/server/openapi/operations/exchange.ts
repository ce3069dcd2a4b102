import { z } from "zod";
import { ExportQuery } from "@/domain/exchange/export-story";
import { ClaimsCsvInput } from "@/domain/exchange/import-claims";
import {
  ClaimImportReportSchema,
  ClaimReviewGraphSchema,
  ClaimsCsvSchema,
  ImportedStorySchema,
  ImportPreviewSchema,
  StoryCsvSchema,
  StoryExportSchema,
  StoryReportPdfSchema,
  WebAnnotationCollectionSchema,
} from "@/domain/exchange/responses";
import { ANNO_CONTEXT } from "@/domain/exchange/w3c-export";
import { answer, answerIn, defineOperation } from "@/server/openapi/registry";
import { idParam } from "./params";

/** The media types the export answers, as the route sends them (charset aside). */
export const exportMediaTypes = {
  json: "application/json",
  csv: "text/csv",
  w3c: `application/ld+json; profile="${ANNO_CONTEXT}"`,
  claimreview: "application/ld+json",
  pdf: "application/pdf",
} as const;

const ClaimsCsvOptions = z.object({
  mode: z.string().optional().meta({ description: "With a `text/csv` body: `all` (default) or `valid-only`." }),
  dryRun: z.string().optional().meta({ description: "With a `text/csv` body: `true` or `1` to only check the rows (a preview); nothing is written." }),
});

const ImportStoryOptions = z.object({
  file: z.string().optional().meta({ description: "The name of the file the story comes from (at most 255 characters); the story shows it." }),
  dryRun: z.string().optional().meta({ description: "`true` to only check the file and preview the import (200); nothing is written." }),
});

export const exchangeOperations = [
  defineOperation({
    method: "get",
    path: "/api/v1/stories/{id}/export",
    operationId: "exportStory",
    tag: "Exchange",
    summary: "Export a story",
    description: [
      "Answers a file to download (`Content-Disposition: attachment` with a file name from the story's title).\n",
      "- `json` (`application/json`): everything, losslessly; import it with `POST /api/v1/stories/import`.",
      "- `csv` (`text/csv; charset=utf-8; header=present`): one row per claim, for spreadsheets.",
      `- \`w3c\` (\`application/ld+json; profile="${ANNO_CONTEXT}"\`): claims and links as W3C Web Annotations.`,
      "- `claimreview` (`application/ld+json`): schema.org ClaimReview for every proposition with a verdict.",
      "- `pdf` (`application/pdf`): the story report for editorial meetings, as the page `/stories/{id}/report` shows it: headline figures, the matrix, the charts, and each proposition's claims with their quoted words and sourcing.",
    ].join("\n"),
    roles: "everyone signed in, viewers included.",
    params: idParam("story"),
    query: ExportQuery,
    ok: {
      200: answerIn("The export, in the media type of its format.", {
        [exportMediaTypes.json]: StoryExportSchema,
        [exportMediaTypes.csv]: StoryCsvSchema,
        [exportMediaTypes.w3c]: WebAnnotationCollectionSchema,
        [exportMediaTypes.claimreview]: ClaimReviewGraphSchema,
        [exportMediaTypes.pdf]: StoryReportPdfSchema,
      }),
    },
    refusals: { 404: "No such story." },
  }),
  defineOperation({
    method: "post",
    path: "/api/v1/stories/import",
    operationId: "importStory",
    tag: "Exchange",
    summary: "Import a story from a json export",
    description:
      "Creates a new story with everything the file holds, in one transaction, with new ids. Work keeps its authors: an account with the author's email gets it; anyone else is recorded as its original author (the importing person stands in for them). When a story already has the title, the copy's title is marked `(imported <day>)`. `?file=` names the file, which the story shows; `?dryRun=true` checks the file the same way and answers a preview without importing. A file with any problem is refused whole.",
    roles: "analysts, editors and admins; a file holding approvals or verdicts only editors and admins.",
    query: ImportStoryOptions,
    body: StoryExportSchema,
    ok: {
      200: answer(ImportPreviewSchema, "A dry run (`dryRun=true`): what the import would bring in. Nothing was written."),
      201: answer(ImportedStorySchema, "The new story."),
    },
    refusals: {
      400: "Not a `claimboard-story` export, a newer format version, or invalid or inconsistent content: `error.details` names every problem by its path. Nothing was imported.",
      403: "Viewers cannot import; analysts cannot import a file holding approved claims or links, or verdicts.",
    },
  }),
  defineOperation({
    method: "post",
    path: "/api/v1/articles/{id}/claims/import",
    operationId: "importClaims",
    tag: "Exchange",
    summary: "Import claims into an article from a CSV",
    description:
      'Send the CSV as the body (`Content-Type: text/csv`, options in the query) or as JSON `{ csv, mode, dryRun }`. Every row is checked against the article\'s current text. With `mode: "all"` a file with any bad row is refused whole (400, each problem at `rows.<row>.<column>`); `valid-only` imports the good rows and reports the others; `dryRun` only reports.',
    roles: "analysts, editors and admins; only editors and admins import rows with status `approved`.",
    params: idParam("article"),
    query: ClaimsCsvOptions,
    body: ClaimsCsvInput.meta({ id: "ClaimsCsvImport" }),
    otherBodies: { "text/csv": ClaimsCsvSchema },
    ok: {
      200: answer(ClaimImportReportSchema, "A dry run: what each row would become. Nothing was written."),
      201: answer(ClaimImportReportSchema, "The claims were imported: the report of each row."),
    },
    refusals: {
      400: "Invalid input, a CSV without the required columns, or (mode `all`) bad rows, each named at `rows.<row>.<column>`; with `valid-only`, no valid row. Nothing was imported.",
      403: "Viewers cannot import claims.",
      404: "No such article.",
    },
  }),
];
