/**
 * CSV import of claims into one article, with a report per row. By default a file with any bad
 * row is refused whole (400, each problem named by row and column); `mode: "valid-only"` imports
 * the good rows and reports the others; `dryRun: true` only reports (the preview). The rows are
 * checked again inside the transaction that writes them, against the text as it is then.
 */
import { randomUUID } from "node:crypto";
import { z } from "zod";
import { findArticle } from "@/data/articles";
import { findAllArticleClaims } from "@/data/claims";
import { inTransaction, type Tx } from "@/data/db";
import { insertClaims } from "@/data/story-exchange";
import { touchStory } from "@/data/stories";
import { recordAudits } from "@/domain/audit/record";
import type { Actor } from "@/domain/auth/actor";
import { assertCanChangeContent, atLeast } from "@/domain/auth/permissions";
import { invalidInput, notFound, parseInput } from "@/domain/errors";
import { type CheckedRow, checkClaimRows, parseClaimsCsv, type RowError } from "./csv-claims";
import { claimContent } from "@/domain/claims/content";

export const ClaimsCsvInput = z.strictObject({
  csv: z.string().min(1, "must not be empty"),
  mode: z.enum(["all", "valid-only"], { message: 'must be "all" or "valid-only"' }).default("all"),
  dryRun: z.boolean().default(false),
});

export interface ClaimImportRowReport {
  row: number;
  status: "imported" | "valid" | "error";
  quote: string;
  statement: string;
  claimId?: string;
  errors: RowError[];
}

export interface ClaimImportReport {
  articleId: string;
  mode: "all" | "valid-only";
  dryRun: boolean;
  ignoredColumns: string[];
  total: number;
  valid: number;
  invalid: number;
  imported: number;
  rows: ClaimImportRowReport[];
}

async function checkAgainstArticle(tx: Tx | undefined, actor: Actor, articleId: string, csv: string) {
  const parsed = parseClaimsCsv(csv);
  const article = await findArticle(articleId, { tx });
  if (!article?.currentRevision) throw notFound(`Article ${articleId}`);
  const existing = await findAllArticleClaims(articleId, { tx });
  const rows = checkClaimRows(parsed, { title: article.title, text: article.currentRevision.text, existing }, atLeast(actor, "editor"));
  return { parsed, article, rows };
}

function report(
  base: { articleId: string; mode: "all" | "valid-only"; dryRun: boolean; ignoredColumns: string[] },
  rows: CheckedRow[],
  ids: Map<number, string>,
): ClaimImportReport {
  const valid = rows.filter((r) => r.errors.length === 0).length;
  return {
    ...base,
    total: rows.length,
    valid,
    invalid: rows.length - valid,
    imported: ids.size,
    rows: rows.map((r) => ({
      row: r.row,
      status: r.errors.length > 0 ? "error" : ids.has(r.row) ? "imported" : "valid",
      quote: r.quote,
      statement: r.statement,
      ...(ids.has(r.row) && { claimId: ids.get(r.row) }),
      errors: r.errors,
    })),
  };
}

function refuseWhole(rows: CheckedRow[]): never {
  const bad = rows.filter((r) => r.errors.length > 0);
  const details = bad.flatMap((r) => r.errors.map((e) => ({ path: `rows.${r.row}.${e.field}`, message: e.message })));
  const first = bad[0]!;
  throw invalidInput(
    `${bad.length} of ${rows.length} row${rows.length > 1 ? "s have" : " has"} problems, so nothing was imported. First: row ${first.row}, ${first.errors[0]!.field}: ${first.errors[0]!.message}. Fix them, or import only the valid rows.`,
    details,
  );
}

export async function importClaimsCsv(actor: Actor, articleId: string, input: unknown): Promise<ClaimImportReport> {
  const body = parseInput(ClaimsCsvInput, input);
  assertCanChangeContent(actor, "create", "claim");
  if (body.dryRun) {
    const { parsed, rows } = await checkAgainstArticle(undefined, actor, articleId, body.csv);
    return report({ articleId, mode: body.mode, dryRun: true, ignoredColumns: parsed.ignoredColumns }, rows, new Map());
  }
  return inTransaction(async (tx) => {
    const { parsed, article, rows } = await checkAgainstArticle(tx, actor, articleId, body.csv);
    const good = rows.filter((r) => r.claim);
    if (good.length < rows.length && body.mode === "all") refuseWhole(rows);
    if (good.length === 0) refuseWhole(rows);
    const now = new Date();
    const ids = new Map(good.map((r) => [r.row, randomUUID()]));
    await insertClaims(
      tx,
      good.map((r) => ({
        id: ids.get(r.row)!,
        storyId: article.storyId,
        articleId,
        revisionId: article.currentRevision!.id,
        ...r.claim!.selector,
        statement: r.claim!.statement,
        sourcing: r.claim!.sourcing,
        source: r.claim!.source,
        cue: r.claim!.cue,
        status: r.claim!.status,
        reviewRequestedAt: r.claim!.status === "needs_review" ? now : null,
        createdById: actor.userId,
        createdAt: now,
        updatedAt: now,
      })),
    );
    await recordAudits(
      tx,
      actor,
      good.map((r) => {
        const c = r.claim!;
        return {
          action: "claim.create",
          entity: "claim",
          entityId: ids.get(r.row)!,
          storyId: article.storyId,
          before: null,
          after: {
            ...claimContent(c),
            orphaned: false,
            revisionId: article.currentRevision!.id,
            exact: c.selector.exact,
            start: c.selector.start,
            end: c.selector.end,
            importedFrom: `CSV row ${r.row}`,
          },
        };
      }),
    );
    await touchStory(tx, article.storyId);
    return report({ articleId, mode: body.mode, dryRun: false, ignoredColumns: parsed.ignoredColumns }, rows, ids);
  });
}
