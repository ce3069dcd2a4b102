import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { CSV_COLUMNS, MULTI_VALUE_SEPARATOR, neutraliseFormula, restoreFormula, storyToCsv } from "@/domain/exchange/csv-export";
import { demoStoryExport } from "../support/demo-export";

/** A story whose one claim has every character a spreadsheet can trip on. */
function trickyStory() {
  const doc = demoStoryExport();
  const article = doc.articles[0]!;
  article.title = 'Glaring, "Realities"';
  const claim = article.claims[0]!;
  claim.statement = 'Vučić said, "we will not change course"\nand left';
  claim.source = '=HYPERLINK("http://evil")';
  claim.cue = "said,\r\nperhaps";
  return { doc, claim };
}

describe("csv export", () => {
  it("has a header and one row per claim, with a BOM and CRLF between records", () => {
    const doc = demoStoryExport();
    const csv = storyToCsv(doc);
    expect(csv.startsWith("\uFEFFstory,article,outlet,quote,start,end,revision,statement,sourcing,source,cue,status,proposition,stance\r\n")).toBe(true);
    const rows = parse(csv, { bom: true }) as string[][];
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(1 + doc.articles.reduce((n, a) => n + a.claims.length, 0));
  });

  it("quotes commas, doubles quotes and keeps newlines inside quoted fields (RFC 4180)", () => {
    const { doc, claim } = trickyStory();
    const csv = storyToCsv(doc);
    expect(csv).toContain('"Glaring, ""Realities"""');
    expect(csv).toContain('"Vučić said, ""we will not change course""\nand left"');
    expect(csv).toContain('"said,\r\nperhaps"');
    const rows = parse(csv, { bom: true, columns: true }) as Record<string, string>[];
    const row = rows.find((r) => r.statement === claim.statement)!;
    expect(row).toMatchObject({ article: 'Glaring, "Realities"', quote: claim.selector.exact, cue: "said,\r\nperhaps", start: String(claim.selector.start) });
    // A formula is neutralised for spreadsheets, and restored by the importer.
    expect(row.source).toBe('\'=HYPERLINK("http://evil")');
    expect(restoreFormula(row.source!)).toBe(claim.source);
  });

  it('lists every proposition a claim is linked to in one cell, joined by " | ", with its stance', () => {
    const doc = demoStoryExport();
    const linked = new Map<string, string[]>();
    for (const p of doc.propositions) for (const l of p.links) linked.set(l.claimId, [...(linked.get(l.claimId) ?? []), `${p.statement}|${l.stance}`]);
    const [claimId, expected] = [...linked.entries()].find(([, v]) => v.length > 1)!;
    const claim = doc.articles.flatMap((a) => a.claims).find((c) => c.id === claimId)!;
    const row = (parse(storyToCsv(doc), { bom: true, columns: true }) as Record<string, string>[]).find((r) => r.statement === claim.statement)!;
    const props = row.proposition!.split(MULTI_VALUE_SEPARATOR);
    const stances = row.stance!.split(MULTI_VALUE_SEPARATOR);
    expect(props.map((p, i) => `${p}|${stances[i]}`)).toEqual(expected);
    expect(row.proposition).not.toMatch(/[\r\n]/);
  });

  it("reads back with csv-parse as exactly one record per claim when claims link to several propositions", () => {
    const doc = demoStoryExport();
    // Every claim of the first article speaks to every proposition, and one statement and one cue
    // hold a lone line feed and a lone carriage return without any comma or quote.
    const first = doc.articles[0]!;
    for (const p of doc.propositions) {
      for (const c of first.claims) if (!p.links.some((l) => l.claimId === c.id)) p.links.push({ ...p.links[0]!, claimId: c.id, stance: "supports" });
    }
    expect(doc.propositions.length).toBeGreaterThan(1);
    first.claims[0]!.statement = "first line\nsecond line";
    first.claims[1]!.cue = "perhaps\rmight";
    const claims = doc.articles.flatMap((a) => a.claims);
    const records = parse(storyToCsv(doc), { bom: true, columns: true, relax_column_count: false }) as Record<string, string>[];
    expect(records).toHaveLength(claims.length);
    expect(records.map((r) => r.statement)).toEqual(claims.map((c) => c.statement));
    for (const r of records) {
      expect(Object.keys(r)).toEqual([...CSV_COLUMNS]);
      expect(r.proposition!.split(MULTI_VALUE_SEPARATOR).length).toBe(r.stance === "" ? 1 : r.stance!.split(MULTI_VALUE_SEPARATOR).length);
    }
    expect(records[0]!.statement).toBe("first line\nsecond line");
    expect(records[1]!.cue).toBe("perhaps\rmight");
    expect(records[0]!.proposition!.split(MULTI_VALUE_SEPARATOR)).toEqual(doc.propositions.map((p) => p.statement));
  });

  it("neutralises only cells a spreadsheet would run as formulas", () => {
    expect(["=1+1", "+31 6", "-5", "@SUM(A1)", "\tx"].map(neutraliseFormula)).toEqual(["'=1+1", "'+31 6", "'-5", "'@SUM(A1)", "'\tx"]);
    expect(["Vučić", "'quoted", "a=b"].map(neutraliseFormula)).toEqual(["Vučić", "'quoted", "a=b"]);
    expect(restoreFormula("'quoted")).toBe("'quoted");
    // Issue 14: leading whitespace or control characters before the formula, or a leading line feed.
    const hidden = ["\n=cmd|' /C calc'!A0", " =1+1", "\u0000@SUM(A1)", "\r\n+1", "\n", "\u200b=1", "\uFF1D1+1"];
    expect(hidden.map(neutraliseFormula)).toEqual(hidden.map((v) => `'${v}`));
    expect(hidden.map(neutraliseFormula).map(restoreFormula)).toEqual(hidden);
    expect([" a", "x\n=1"].map(neutraliseFormula)).toEqual([" a", "x\n=1"]);
  });
});
