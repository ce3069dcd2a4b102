/**
 * The report PDF's layout on a story wider and longer than the demo: the matrix is split into
 * tables of four articles, long quotes wrap, pages are numbered, and no text is lost.
 */
import { writeFileSync } from "node:fs";
import { PDFParse } from "pdf-parse";
import { describe, expect, it } from "vitest";
import { computeComparison } from "@/domain/comparison/compute";
import { renderReportPdf } from "@/domain/report/report-pdf";
import type { StoryReport } from "@/domain/report/story-report";

function wideReport(): StoryReport {
  const articles = Array.from({ length: 7 }, (_, i) => ({
    id: `a${i}`,
    number: i + 1,
    title: `Article ${i + 1} about the Šabac bridge`,
    outlet: `Outlet ${i + 1}`,
    author: "",
    publishedAt: "2020-05",
    url: null,
  }));
  const propositions = Array.from({ length: 30 }, (_, i) => ({
    id: `p${i}`,
    statement: `Proposition ${i + 1}: the bridge at Šabac was closed on Monday ${i + 1}`,
  }));
  const links = propositions.flatMap((p, i) =>
    articles.slice(0, 1 + (i % 7)).map((a, j) => ({
      propositionId: p.id,
      articleId: a.id,
      claimId: `c${i}-${j}`,
      stance: j === 2 ? ("contradicts" as const) : ("supports" as const),
      sourcing: j % 2 ? ("attributed" as const) : ("confirmed" as const),
    })),
  );
  const comparison = computeComparison({ storyId: "s", articles, propositions, links });
  const long = "“Đorđe Vučić said — in words that run on and on — ".concat("that the bridge was closed ".repeat(30), "”");
  return {
    story: { id: "s", title: "A wide story: Šabac", description: "Seven articles." },
    generatedAt: "2026-12-04T10:00:00.000Z",
    generatedBy: "Test",
    articles,
    comparison,
    sourcingMix: articles.map((a) => ({ articleId: a.id, article: a.title, confirmed: 3, attributed: 2, speculative: 1 })),
    pairs: comparison.pairs.map((p) => ({ ...p, a: articles.find((a) => a.id === p.a)!, b: articles.find((a) => a.id === p.b)! })),
    propositions: comparison.propositions.map((p) => ({
      id: p.id,
      statement: p.statement,
      verdict: null,
      rationale: "",
      kind: p.kind,
      cells: articles.map((a) => p.cells[a.id]!),
      claims: links
        .filter((l) => l.propositionId === p.id)
        .map((l, k) => ({
          claimId: l.claimId,
          articleId: l.articleId,
          article: articles.find((a) => a.id === l.articleId)!.title,
          outlet: "Outlet",
          stance: l.stance,
          sourcing: l.sourcing,
          exact: k === 0 ? long : `Short quote ${l.claimId}`,
          statement: "A claim",
          source: "",
          status: "draft" as const,
          orphaned: false,
        })),
    })),
  };
}

describe("renderReportPdf", () => {
  it("splits a wide matrix into tables of four articles, wraps long quotes and numbers its pages", async () => {
    const bytes = await renderReportPdf(wideReport());
    // REPORT_PDF_OUT=file keeps the PDF, to look at (e.g. pdftoppm -png).
    if (process.env.REPORT_PDF_OUT) writeFileSync(process.env.REPORT_PDF_OUT, bytes);
    const parser = new PDFParse({ data: bytes });
    const { text, total } = await parser.getText();
    await parser.destroy();
    const flat = text.replace(/\s+/g, " ");
    expect(total).toBeGreaterThan(5);
    expect(flat).toContain("Articles 1 to 4 of 7");
    expect(flat).toContain("Articles 5 to 7 of 7");
    expect(flat).toContain(`page ${total} of ${total}`);
    expect(flat).toContain("Đorđe Vučić said — in words");
    // The long quote wraps: its end is there too, not cut at the margin.
    expect(flat).toMatch(/the bridge was closed ”/);
    expect(flat).toContain("Proposition 30: the bridge at Šabac");
  });
});
