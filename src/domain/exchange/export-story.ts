/**
 * Story exports in five formats. Anyone who can read a story (viewers included) can export it.
 * `pdf` is the story report for editorial meetings (src/domain/report), the others are data.
 */
import { z } from "zod";
import { findStoryContent, findVerdictAuditEntries } from "@/data/story-exchange";
import type { Actor } from "@/domain/auth/actor";
import { notFound, parseInput } from "@/domain/errors";
import { buildStoryExport, verdictsFromAudit } from "./build-export";
import { storyToClaimReviews } from "./claimreview-export";
import { storyToCsv } from "./csv-export";
import type { StoryExport } from "./format";
import { storyToWebAnnotations } from "./w3c-export";
import { renderReportPdf } from "@/domain/report/report-pdf";
import { loadStoryReport } from "@/domain/report/story-report";
import { hiddenWork } from "@/domain/assignments/visibility";

export const exportFormats = ["json", "csv", "w3c", "claimreview", "pdf"] as const;
export const ExportQuery = z.object({
  format: z.enum(exportFormats, { message: `must be one of ${exportFormats.join(", ")}` }).default("json"),
});
export type ExportFormat = (typeof exportFormats)[number];

export interface ExportFile {
  contentType: string;
  fileName: string;
  /** Text for the data formats, bytes for the PDF. */
  body: string | Uint8Array<ArrayBuffer>;
}

/** The story as the json export document (the source of every format). */
export async function loadStoryExport(actor: Actor, storyId: string, baseUrl: string): Promise<StoryExport> {
  const all = await findStoryContent(storyId);
  if (!all) throw notFound(`Story ${storyId}`);
  // During an independent round an assignee exports only their own work on the round's article.
  const { claimIds, linkIds } = await hiddenWork(actor, storyId);
  const rows = {
    ...all,
    claims: all.claims.filter((c) => !claimIds.has(c.id)),
    links: all.links.filter((l) => !linkIds.has(l.id)),
    comments: all.comments.filter((c) => !(c.claimId && claimIds.has(c.claimId)) && !(c.linkId && linkIds.has(c.linkId))),
  };
  const withVerdict = rows.propositions.filter((p) => p.verdict !== null).map((p) => p.id);
  const verdicts = verdictsFromAudit(await findVerdictAuditEntries(storyId, withVerdict));
  return buildStoryExport(rows, { exportedAt: new Date(), exportedBy: actor.name, baseUrl, verdicts });
}

/** A file name from the story's title: lower case ASCII words joined by hyphens. */
export function fileStem(title: string): string {
  const stem = title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/, "");
  return stem || "story";
}

/**
 * JSON that can be pasted into a `<script type="application/ld+json">` as it is: `<` (so no
 * `</script>` or `<!--`), `>`, `&` and the JavaScript line terminators U+2028/U+2029 are written as
 * \u escapes, which every JSON parser reads back as the same characters (issue 14).
 */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

export async function exportStory(actor: Actor, storyId: string, query: unknown, baseUrl: string): Promise<ExportFile> {
  const { format } = parseInput(ExportQuery, query, "The query");
  if (format === "pdf") {
    const report = await loadStoryReport(actor, storyId);
    return { contentType: "application/pdf", fileName: `${fileStem(report.story.title)}.report.pdf`, body: await renderReportPdf(report) };
  }
  const doc = await loadStoryExport(actor, storyId, baseUrl);
  const stem = fileStem(doc.story.title);
  switch (format) {
    case "json":
      return { contentType: "application/json; charset=utf-8", fileName: `${stem}.claimboard.json`, body: scriptSafeJson(doc) };
    case "csv":
      return { contentType: "text/csv; charset=utf-8; header=present", fileName: `${stem}.claims.csv`, body: storyToCsv(doc) };
    case "w3c":
      return {
        contentType: 'application/ld+json; charset=utf-8; profile="http://www.w3.org/ns/anno.jsonld"',
        fileName: `${stem}.annotations.jsonld`,
        body: scriptSafeJson(storyToWebAnnotations(doc, baseUrl)),
      };
    case "claimreview":
      return {
        contentType: "application/ld+json; charset=utf-8",
        fileName: `${stem}.claimreview.jsonld`,
        body: scriptSafeJson(storyToClaimReviews(doc, baseUrl)),
      };
  }
}
