/**
 * The `csv` export: one row per claim, RFC 4180 (every field that needs it quoted, quotes doubled,
 * CRLF between records), UTF-8 with a byte order mark so that spreadsheets read "Vučić" correctly.
 * A claim linked to several propositions lists them in the proposition and stance cells joined by
 * " | ", in the same order, so that each claim stays one record on one line (ADR 0007).
 */
import { stringify } from "csv-stringify/sync";
import type { StoryExport } from "./format";

/** Joins a claim's several propositions (and their stances, aligned) within one cell. */
export const MULTI_VALUE_SEPARATOR = " | ";

export const CSV_COLUMNS = [
  "story",
  "article",
  "outlet",
  "quote",
  "start",
  "end",
  "revision",
  "statement",
  "sourcing",
  "source",
  "cue",
  "status",
  "proposition",
  "stance",
] as const;

/**
 * Spreadsheets run a cell that starts with = + - @ (or a tab, carriage return or line feed) as a
 * formula, and skip leading whitespace and control characters before deciding ("\n=cmd|..." runs:
 * issue 14). Such a cell gets a leading apostrophe, which spreadsheets hide and the CSV import
 * removes (OWASP, "CSV Injection").
 */
const FORMULA = /^(?:[\t\r\n]|[\s\p{Cc}\p{Cf}]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20])/u;
const DEFUSED = new RegExp(`^'${FORMULA.source.slice(1)}`, "u");

export function neutraliseFormula(value: string): string {
  return FORMULA.test(value) ? `'${value}` : value;
}

/** Undoes neutraliseFormula on import. */
export function restoreFormula(value: string): string {
  return DEFUSED.test(value) ? value.slice(1) : value;
}

export function storyToCsv(doc: StoryExport): string {
  const linksByClaim = new Map<string, { proposition: string; stance: string }[]>();
  for (const p of doc.propositions) {
    for (const l of p.links) {
      const list = linksByClaim.get(l.claimId) ?? [];
      list.push({ proposition: p.statement, stance: l.stance });
      linksByClaim.set(l.claimId, list);
    }
  }
  const records = doc.articles.flatMap((a) =>
    a.claims.map((c) => {
      const links = linksByClaim.get(c.id) ?? [];
      const row: Record<(typeof CSV_COLUMNS)[number], string> = {
        story: doc.story.title,
        article: a.title,
        outlet: a.outlet,
        quote: c.selector.exact,
        start: String(c.selector.start),
        end: String(c.selector.end),
        revision: String(c.revision),
        statement: c.statement,
        sourcing: c.sourcing,
        source: c.source,
        cue: c.cue,
        status: c.status,
        proposition: links.map((l) => l.proposition).join(MULTI_VALUE_SEPARATOR),
        stance: links.map((l) => l.stance).join(MULTI_VALUE_SEPARATOR),
      };
      return CSV_COLUMNS.map((column) => neutraliseFormula(row[column]));
    }),
  );
  // With an explicit record_delimiter, csv-stringify quotes only fields holding that exact "\r\n"
  // unless quote_record_delimiter is set: a lone "\n" or "\r" in a statement or quote would then
  // go out unquoted and split the record in every reader.
  return stringify([[...CSV_COLUMNS], ...records], { bom: true, record_delimiter: "windows", quote_record_delimiter: true });
}
