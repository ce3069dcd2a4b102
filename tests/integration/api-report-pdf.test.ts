/**
 * The story report as a PDF (GET /api/v1/stories/:id/export?format=pdf; issue 15, "A report to
 * share"): rendered on the server, its text read back with pdf-parse. The demo story has claims
 * linked to several propositions and quotes with non-ASCII letters and typographic quotes.
 */
import { writeFileSync } from "node:fs";
import { PDFParse } from "pdf-parse";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as exportStory } from "../../app/api/v1/stories/[id]/export/route";
import { getDb } from "@/data/db";
import { makeStoryWithArticle, makeUser } from "../support/factories";
import { getComparison } from "@/domain/comparison/service";
import { headlineFigures } from "@/domain/comparison/figures";
import type { Comparison } from "@/domain/comparison/compute";
import { tokenFor } from "../support/api";
import { seedRichDemoStory } from "../support/exchange";

let storyId: string;
let viewer: string;
let comparison: Comparison;
let text: string;
let response: Response;
let multiLinked: { exact: string; links: number };

async function downloadPdf(id: string, token: string) {
  const request = new Request(`http://localhost:3000/api/v1/stories/${id}/export?format=pdf`, { headers: { authorization: `Bearer ${token}` } });
  return exportStory(request, { params: Promise.resolve({ id }) });
}

/** The PDF's text with its line breaks and runs of spaces made single spaces. */
async function pdfText(bytes: Uint8Array) {
  const parser = new PDFParse({ data: bytes });
  try {
    return (await parser.getText()).text.replace(/\s+/g, " ");
  } finally {
    await parser.destroy();
  }
}

beforeAll(async () => {
  const seeded = await seedRichDemoStory();
  storyId = seeded.story.id;
  viewer = (await tokenFor("viewer")).token;
  comparison = await getComparison((await makeUser("viewer")).actor, storyId);
  const db = await getDb();
  const claims = await db.claim.findMany({ where: { storyId, deletedAt: null, orphaned: false }, include: { links: { where: { deletedAt: null } } } });
  const most = claims.sort((a, b) => b.links.length - a.links.length)[0]!;
  multiLinked = { exact: most.exact, links: most.links.length };
  response = await downloadPdf(storyId, viewer);
  const bytes = new Uint8Array(await response.clone().arrayBuffer());
  // REPORT_PDF_OUT=file keeps the PDF, to look at (e.g. pdftoppm -png).
  if (process.env.REPORT_PDF_OUT) writeFileSync(process.env.REPORT_PDF_OUT, bytes);
  text = await pdfText(bytes);
});

describe("GET /api/v1/stories/:id/export?format=pdf", () => {
  it("answers a PDF to download, for viewers too", async () => {
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="russian-espionage-affair-in-serbia-2019-2020.report.pdf"');
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe("%PDF-");
  });

  it("holds the headline figures: each kind's number of propositions, as the comparison counts them", () => {
    expect(comparison.propositionTotals.divergences + comparison.propositionTotals.agreements).toBeGreaterThan(0);
    for (const f of headlineFigures) {
      expect(text, f.label).toContain(
        `${comparison.propositionTotals[f.key]} ${f.label} ${comparison.propositionTotals[f.key] === 1 ? "proposition" : "propositions"}`,
      );
    }
  });

  it("quotes the articles' words as written: Vučić and typographic quotes come out right", () => {
    expect(text).toContain("Vučić");
    expect(text).toMatch(/“[^”]*Vučić[^”]*”/);
  });

  it("lists a claim under each proposition it is linked to, with its sourcing", () => {
    expect(multiLinked.links).toBeGreaterThan(1);
    const words = multiLinked.exact.replace(/\s+/g, " ").slice(0, 40);
    expect(text.split(words).length - 1).toBeGreaterThanOrEqual(multiLinked.links);
    expect(text).toMatch(/Attributed|Confirmed|Speculative/);
  });

  it("lists every proposition of the matrix", () => {
    for (const p of comparison.propositions) expect(text).toContain(p.statement.replace(/\s+/g, " ").slice(0, 30));
  });

  it.each(["viewer", "analyst", "editor", "admin"] as const)("%s may download it (a read)", async (role) => {
    const res = await downloadPdf(storyId, (await tokenFor(role)).token);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/pdf");
  });

  it("renders a story with one article and no propositions yet", async () => {
    const { story } = await makeStoryWithArticle();
    const res = await downloadPdf(story.id, viewer);
    expect(res.status).toBe(200);
    const text = await pdfText(new Uint8Array(await res.arrayBuffer()));
    expect(text).toContain(story.title);
    expect(text).toContain("0 Divergences propositions");
    expect(text).toContain("No propositions yet.");
  });

  it("refuses an unknown story (404) and no credentials (401)", async () => {
    expect((await downloadPdf("no-such-story", viewer)).status).toBe(404);
    const anonymous = await exportStory(new Request(`http://localhost:3000/api/v1/stories/${storyId}/export?format=pdf`), {
      params: Promise.resolve({ id: storyId }),
    });
    expect(anonymous.status).toBe(401);
  });
});
