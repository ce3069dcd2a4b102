/**
 * Reads a CSV of claims for one article and checks every row against the article's text: each row
 * is anchored by its quote (with optional prefix/suffix, or start/end to choose between repeated
 * quotes). Row numbers are the spreadsheet's: the header is row 1, the first claim row 2.
 * Pure: the caller supplies the text and the article's existing claims.
 */
import { parse } from "csv-parse/sync";
import { z } from "zod";
import type { TextSelector } from "@/domain/anchoring/quote";
import { resolveSpan } from "@/domain/claims/span";
import { DomainError, invalidInput } from "@/domain/errors";
import { ReviewStatus, Sourcing } from "@/domain/vocabulary";
import { restoreFormula } from "./csv-export";

export const REQUIRED_COLUMNS = ["quote", "statement", "sourcing"] as const;
export const OPTIONAL_COLUMNS = ["prefix", "suffix", "start", "end", "source", "cue", "status"] as const;
/** Columns of the story CSV export that describe rather than define a claim: read without complaint. */
const DESCRIPTIVE_COLUMNS = new Set(["story", "article", "outlet", "revision", "proposition", "stance"]);
/**
 * Claims one file may hold. Far above an article's claims (the demo's busiest has 30), and it bounds
 * the work of one upload: 350,000 one-character rows fit in the 2 MiB body and would take 200 MB of
 * heap to check (issue 14).
 */
export const MAX_CSV_ROWS = 5000;
const ALIASES: Record<string, string> = { exact: "quote", text: "quote", claim: "statement", sourcing_tag: "sourcing" };

export interface RowError {
  field: string;
  message: string;
}

export interface CheckedRow {
  row: number;
  quote: string;
  statement: string;
  errors: RowError[];
  claim?: { selector: TextSelector; statement: string; sourcing: Sourcing; source: string; cue: string; status: ReviewStatus };
}

export interface ParsedCsv {
  columns: string[];
  ignoredColumns: string[];
  records: Record<string, string>[];
}

const normaliseHeader = (h: string) => {
  const key = h
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, "_");
  return ALIASES[key] ?? key;
};

/** Parses the CSV; a file that is not CSV, or lacks a required column, is refused whole. */
export function parseClaimsCsv(csv: string): ParsedCsv {
  let rows: string[][];
  try {
    // One record past the limit is enough to refuse the file: csv-parse stops reading there.
    rows = parse(csv, { bom: true, skip_empty_lines: true, relax_column_count: false, trim: false, to: MAX_CSV_ROWS + 2 });
  } catch (e) {
    throw invalidInput(`The file could not be read as CSV: ${(e as Error).message}`, [{ path: "csv", message: (e as Error).message }]);
  }
  const [header, ...data] = rows;
  if (data.length > MAX_CSV_ROWS) {
    throw new DomainError("payload_too_large", `The file has more than ${MAX_CSV_ROWS} claims. Split it into files of at most ${MAX_CSV_ROWS} rows.`, [
      { path: "csv", message: `has more than ${MAX_CSV_ROWS} rows after the header` },
    ]);
  }
  if (!header) throw invalidInput("The file is empty: it needs a header row and one row per claim.", [{ path: "csv", message: "is empty" }]);
  const columns = header.map(normaliseHeader);
  const missing = REQUIRED_COLUMNS.filter((c) => !columns.includes(c));
  if (missing.length > 0) {
    throw invalidInput(
      `The header row lacks the column${missing.length > 1 ? "s" : ""} ${missing.map((c) => `"${c}"`).join(", ")}.`,
      missing.map((c) => ({ path: `columns.${c}`, message: "is required" })),
    );
  }
  const repeated = columns.filter((c, i) => columns.indexOf(c) !== i);
  if (repeated.length > 0) {
    throw invalidInput(
      `The header row names ${repeated.map((c) => `"${c}"`).join(", ")} twice.`,
      repeated.map((c) => ({ path: `columns.${c}`, message: "appears twice" })),
    );
  }
  if (data.length === 0) throw invalidInput("The file has a header but no claims.", [{ path: "csv", message: "has no rows after the header" }]);
  const known = new Set<string>([...REQUIRED_COLUMNS, ...OPTIONAL_COLUMNS, ...DESCRIPTIVE_COLUMNS]);
  return {
    columns,
    ignoredColumns: columns.filter((c) => !known.has(c)),
    records: data.map((cells) => Object.fromEntries(columns.map((c, i) => [c, restoreFormula(cells[i] ?? "")]))),
  };
}

const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);
const Offset = z.preprocess(
  (v) => (typeof v === "string" && v.trim() !== "" ? Number(v.trim()) : undefined),
  z.number({ message: "must be a whole number" }).int("must be a whole number").min(0, "must be 0 or more").optional(),
);

const CsvRow = z.object({
  quote: z
    .string()
    .transform((v) => v.normalize("NFC").replace(/\r\n?/g, "\n"))
    .pipe(
      z
        .string()
        .max(20_000, "must be at most 20000 characters")
        .refine((v) => v.trim() !== "", "must not be empty"),
    ),
  statement: z.string().trim().min(1, "must not be empty").max(1000, "must be at most 1000 characters"),
  sourcing: z.preprocess((v) => (typeof v === "string" ? v.trim().toLowerCase() : v), Sourcing),
  source: z.string().trim().max(300, "must be at most 300 characters").default(""),
  cue: z.string().trim().max(300, "must be at most 300 characters").default(""),
  status: z.preprocess((v) => (typeof v === "string" ? blankToUndefined(v.trim().toLowerCase().replace(/\s+/g, "_")) : v), ReviewStatus.default("draft")),
  prefix: z.string().max(1000, "must be at most 1000 characters").optional(),
  suffix: z.string().max(1000, "must be at most 1000 characters").optional(),
  start: Offset,
  end: Offset,
});

const preview = (s: string) => (s.length > 60 ? `${s.slice(0, 57)}…` : s);

/** Anchors a row's quote, or says why it cannot be. */
function anchor(text: string, row: z.infer<typeof CsvRow>, articleTitle: string, namedArticle: string | undefined): TextSelector | RowError {
  const byQuote = { exact: row.quote, prefix: row.prefix || undefined, suffix: row.suffix || undefined };
  try {
    return resolveSpan(text, byQuote);
  } catch (e) {
    if (!(e instanceof DomainError)) throw e;
    if (row.start !== undefined && row.end !== undefined) {
      try {
        return resolveSpan(text, { exact: row.quote, start: row.start, end: row.end });
      } catch {
        // The offsets do not help; report the quote's own problem.
      }
    }
    const otherArticle = namedArticle && namedArticle !== articleTitle ? ` (the row names the article "${preview(namedArticle)}")` : "";
    return { field: "quote", message: `${e.message.replace(/\.$/, "")}${otherArticle}.` };
  }
}

export function checkClaimRows(
  parsed: ParsedCsv,
  article: { title: string; text: string; existing: { start: number; end: number; statement: string; id: string }[] },
  canApprove: boolean,
): CheckedRow[] {
  const taken = new Map(article.existing.map((c) => [`${c.start}:${c.end}:${c.statement}`, `claim ${c.id}`]));
  return parsed.records.map((record, i) => {
    const row = i + 2;
    const base = { row, quote: record.quote ?? "", statement: record.statement ?? "" };
    const result = CsvRow.safeParse(record);
    if (!result.success) {
      return { ...base, errors: result.error.issues.map((issue) => ({ field: issue.path.map(String).join(".") || "(row)", message: issue.message })) };
    }
    const r = result.data;
    const errors: RowError[] = [];
    if (r.status === "approved" && !canApprove) errors.push({ field: "status", message: "approved claims can only be imported by editors" });
    const selector = anchor(article.text, r, article.title, record.article);
    if ("field" in selector) return { ...base, errors: [selector, ...errors] };
    const key = `${selector.start}:${selector.end}:${r.statement}`;
    const already = taken.get(key);
    if (already) errors.push({ field: "quote", message: `the same words and statement are already recorded (${already})` });
    if (errors.length > 0) return { ...base, errors };
    taken.set(key, `row ${row}`);
    return { ...base, errors, claim: { selector, statement: r.statement, sourcing: r.sourcing, source: r.source, cue: r.cue, status: r.status } };
  });
}
