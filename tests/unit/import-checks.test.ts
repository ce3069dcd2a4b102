import { describe, expect, it } from "vitest";
import { checkClaimRows, parseClaimsCsv } from "@/domain/exchange/csv-claims";
import { DomainError } from "@/domain/errors";
import { parseStoryExport } from "@/domain/exchange/import-story";
import { demoStoryExport } from "../support/demo-export";

function refusal(fn: () => unknown): DomainError {
  try {
    fn();
  } catch (e) {
    if (e instanceof DomainError) return e;
    throw e;
  }
  throw new Error("expected a refusal");
}

describe("story export checks", () => {
  it("accepts the demo story's export", () => {
    expect(parseStoryExport(JSON.parse(JSON.stringify(demoStoryExport())))).toMatchObject({ formatVersion: 1 });
  });

  it("refuses a file of another format or a newer version with one plain message", () => {
    expect(refusal(() => parseStoryExport({ hello: "world" })).details).toEqual([{ path: "format", message: 'is missing, expected "claimboard-story"' }]);
    const newer = refusal(() => parseStoryExport({ ...demoStoryExport(), formatVersion: 2 }));
    expect(newer.message).toMatch(/format version 2, newer than this Claimboard reads \(1\)/);
  });

  it("names each bad field by its path", () => {
    const doc = JSON.parse(JSON.stringify(demoStoryExport()));
    doc.articles[1].claims[2].sourcing = "rumoured";
    doc.propositions[0].links[0].stance = "agrees";
    delete doc.articles[0].title;
    const error = refusal(() => parseStoryExport(doc));
    expect(error.status).toBe(400);
    expect(error.details!.map((d) => d.path)).toEqual(
      expect.arrayContaining(["articles.1.claims.2.sourcing", "propositions.0.links.0.stance", "articles.0.title"]),
    );
  });

  it("checks references, revisions and that every quote matches its revision's text", () => {
    const doc = demoStoryExport();
    doc.articles[0]!.claims[0]!.selector.exact = "words that are not there";
    doc.articles[0]!.claims[1]!.revision = 7;
    doc.articles[1]!.claims[0]!.id = doc.articles[0]!.claims[2]!.id;
    doc.propositions[0]!.links[0]!.claimId = "claim-nowhere";
    doc.articles[1]!.currentRevision = 3;
    doc.articles[0]!.claims[3]!.selector.prefix = "not the prefix";
    const error = refusal(() => parseStoryExport(doc));
    expect(error.message).toMatch(
      /^The story export is inconsistent: articles\.0\.claims\.0\.selector\.exact does not match the revision's text at \d+–\d+, which reads/,
    );
    expect(error.details!.map((d) => d.path)).toEqual(
      expect.arrayContaining([
        "articles.0.claims.0.selector.exact",
        "articles.0.claims.1.revision",
        "articles.0.claims.3.selector.prefix",
        "articles.1.currentRevision",
        "articles.1.claims.0.id",
        "propositions.0.links.0.claimId",
      ]),
    );
  });
});

const ARTICLE = { title: "Report", text: 'Vučić said the spy was Russian. Peskov said: "We have no idea." Vučić said it twice.', existing: [] };
const csvOf = (...lines: string[]) => lines.join("\r\n");

describe("CSV claim rows", () => {
  it("anchors each row by its quote and reports each bad row by spreadsheet row number and column", () => {
    const parsed = parseClaimsCsv(
      csvOf(
        "Quote,Statement,Sourcing,Source,Status",
        "the spy was Russian,The spy was Russian,attributed,Vučić,",
        "Vučić said,Vučić said something,confirmed,,draft",
        "not in the text,Absent,speculative,,",
        '"We have no idea.",Kremlin has no idea,Attributed,Peskov,needs review',
        ",Empty quote,rumoured,,",
        "it twice,Twice,confirmed,,approved",
      ),
    );
    const rows = checkClaimRows(parsed, ARTICLE, false);
    expect(rows.map((r) => [r.row, r.errors.map((e) => e.field)])).toEqual([
      [2, []],
      [3, ["quote"]],
      [4, ["quote"]],
      [5, []],
      [6, ["quote", "sourcing"]],
      [7, ["status"]],
    ]);
    expect(rows[0]!.claim).toMatchObject({
      selector: { exact: "the spy was Russian", start: 11, end: 30 },
      sourcing: "attributed",
      source: "Vučić",
      status: "draft",
    });
    expect(rows[1]!.errors[0]!.message).toMatch(/ambiguous: it occurs 2 times/);
    expect(rows[2]!.errors[0]!.message).toMatch(/does not occur in the article's text/);
    expect(rows[3]!.claim).toMatchObject({ sourcing: "attributed", status: "needs_review" });
    expect(rows[5]!.errors[0]!.message).toBe("approved claims can only be imported by editors");
    expect(checkClaimRows(parsed, ARTICLE, true)[5]!.errors).toEqual([]);
  });

  it("uses prefix, suffix or offsets to choose between repeated quotes, and refuses duplicates", () => {
    const parsed = parseClaimsCsv(
      csvOf(
        "quote,prefix,start,end,statement,sourcing",
        "Vučić said,,,,First,confirmed",
        "Vučić said,,64,74,Second,confirmed",
        "the spy,,,,Spy,confirmed",
        "the spy,,,,Spy,confirmed",
      ),
    );
    const rows = checkClaimRows(parsed, { ...ARTICLE, existing: [{ id: "c1", start: 0, end: 10, statement: "Already" }] }, false);
    expect(rows[0]!.errors[0]!.field).toBe("quote");
    expect(rows[1]!.claim!.selector).toMatchObject({ start: 64, end: 74 });
    expect(rows[2]!.errors).toEqual([]);
    expect(rows[3]!.errors).toEqual([{ field: "quote", message: "the same words and statement are already recorded (row 4)" }]);
  });

  it("says when a row names another article, and reads the story CSV export's columns", () => {
    const parsed = parseClaimsCsv(
      csvOf("story,article,quote,statement,sourcing,proposition,stance,colour", "S,Other article,absent words,X,confirmed,P,supports,red"),
    );
    expect(parsed.ignoredColumns).toEqual(["colour"]);
    expect(checkClaimRows(parsed, ARTICLE, false)[0]!.errors[0]!.message).toMatch(/\(the row names the article "Other article"\)\.$/);
  });

  it("refuses a file that is not CSV, lacks a column, or has no rows", () => {
    expect(refusal(() => parseClaimsCsv('quote,statement,sourcing\r\n"unclosed,x,y')).message).toMatch(/could not be read as CSV/);
    expect(refusal(() => parseClaimsCsv("quote,sourcing\r\nx,confirmed")).details).toEqual([{ path: "columns.statement", message: "is required" }]);
    expect(refusal(() => parseClaimsCsv("quote,statement,sourcing\r\n")).message).toMatch(/no claims/);
    expect(refusal(() => parseClaimsCsv("quote,statement,sourcing\r\na,b\r\n")).message).toMatch(/could not be read as CSV/);
  });
});
