/**
 * The story report as a PDF (docs/decisions/0017-pdf-report.md): the same sections as the printable
 * page (app/stories/[id]/report), drawn with pdfkit in DejaVu Sans, embedded, so that names such as
 * Vučić and typographic quotes come out as written (pdfkit's standard fonts cover only WinAnsi).
 * Charts are drawn as bars with their numbers beside them.
 */
import path from "node:path";
import PDFDocument from "pdfkit";
import { headlineFigures, figuresSummary } from "@/domain/comparison/figures";
import { rowKindLabel } from "@/domain/comparison/rows";
import { verdictLabel } from "@/domain/exchange/claimreview-export";
import { sourcingLabel, type Sourcing } from "@/domain/vocabulary-words";
import type { Cell } from "@/domain/comparison/compute";
import type { ReportProposition, StoryReport } from "./story-report";

const FONTS = { regular: "DejaVuSans.ttf", bold: "DejaVuSans-Bold.ttf", italic: "DejaVuSans-Oblique.ttf" } as const;
/** A font file of the `dejavu-fonts-ttf` package, read at run time (not traced into the build). */
const fontFile = (name: keyof typeof FONTS) => path.join(/*turbopackIgnore: true*/ process.cwd(), "node_modules", "dejavu-fonts-ttf", "ttf", FONTS[name]);

const MARGIN = 50;
const INK = "#1f2328";
const MUTED = "#59636e";
const RULE = "#d0d7de";
const sourcingColour: Record<Sourcing, string> = { confirmed: "#1a7f37", attributed: "#0969da", speculative: "#9a6700" };
const stanceWord: Record<Cell["stance"], string> = { supports: "Supports", contradicts: "Contradicts", mixed: "Mixed", absent: "–" };
/** Article columns per matrix table: wider stories get several tables, each with the propositions. */
const MATRIX_COLUMNS = 4;
/** Pairs drawn in the chart, as on the dashboard. */
const PAIR_CHART_LIMIT = 20;

type Doc = PDFKit.PDFDocument;

const day = (iso: string) => new Date(iso).toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" }) + " UTC";
const shorten = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** The report as PDF bytes. */
export async function renderReportPdf(report: StoryReport): Promise<Uint8Array<ArrayBuffer>> {
  const doc = new PDFDocument({
    size: "A4",
    margin: MARGIN,
    bufferPages: true,
    font: fontFile("regular"),
    info: { Title: `${report.story.title}: story report`, Author: report.generatedBy, Creator: "Claimboard", CreationDate: new Date(report.generatedAt) },
    lang: "en",
  });
  doc.registerFont("regular", fontFile("regular"));
  doc.registerFont("bold", fontFile("bold"));
  doc.registerFont("italic", fontFile("italic"));
  const chunks: Buffer[] = [];
  doc.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve, reject) => {
    doc.on("end", resolve);
    doc.on("error", reject);
  });

  drawTitle(doc, report);
  drawFigures(doc, report);
  drawArticles(doc, report);
  drawMatrix(doc, report);
  drawCharts(doc, report);
  drawPropositions(doc, report);
  drawPageNumbers(doc, report);
  doc.end();
  await done;
  const bytes = Buffer.concat(chunks);
  const out = new Uint8Array(bytes.length);
  out.set(bytes);
  return out;
}

const contentWidth = (doc: Doc) => doc.page.width - doc.page.margins.left - doc.page.margins.right;
const bottom = (doc: Doc) => doc.page.height - doc.page.margins.bottom;

/** Starts a new page unless `height` still fits on this one. */
function ensureRoom(doc: Doc, height: number) {
  if (doc.y + height > bottom(doc)) doc.addPage();
}

/** A section's heading; `room`: what must fit below it on the page, else the section starts a new one. */
function heading(doc: Doc, text: string, { newPage = false, room = 60 } = {}) {
  if (newPage) doc.addPage();
  else ensureRoom(doc, room);
  if (doc.y > doc.page.margins.top) doc.y += 14;
  doc
    .font("bold")
    .fontSize(15)
    .fillColor(INK)
    .text(text, MARGIN, doc.y, { width: contentWidth(doc) });
  doc.moveDown(0.3);
}

function muted(doc: Doc, text: string, size = 9) {
  doc
    .font("regular")
    .fontSize(size)
    .fillColor(MUTED)
    .text(text, MARGIN, doc.y, { width: contentWidth(doc) });
  doc.fillColor(INK);
}

function drawTitle(doc: Doc, report: StoryReport) {
  muted(doc, "Claimboard · Story report", 9);
  doc
    .moveDown(0.3)
    .font("bold")
    .fontSize(22)
    .fillColor(INK)
    .text(report.story.title, { width: contentWidth(doc) });
  if (report.story.description)
    doc
      .moveDown(0.3)
      .font("regular")
      .fontSize(11)
      .text(report.story.description, { width: contentWidth(doc) });
  doc.moveDown(0.4);
  muted(doc, `Generated ${day(report.generatedAt)} by ${report.generatedBy}.`);
}

function drawFigures(doc: Doc, report: StoryReport) {
  heading(doc, "Headline figures");
  const { propositionTotals: rows, totals } = report.comparison;
  const pairs = report.comparison.pairs.length;
  const gap = 10;
  const width = (contentWidth(doc) - gap * (headlineFigures.length - 1)) / headlineFigures.length;
  const height = 92;
  ensureRoom(doc, height + 10);
  const top = doc.y;
  headlineFigures.forEach((f, i) => {
    const x = MARGIN + i * (width + gap);
    doc.roundedRect(x, top, width, height, 4).lineWidth(0.8).strokeColor(RULE).stroke();
    doc
      .font("bold")
      .fontSize(24)
      .fillColor(INK)
      .text(String(rows[f.key]), x + 8, top + 8, { width: width - 16 });
    doc
      .font("bold")
      .fontSize(10)
      .text(f.label, x + 8, doc.y, { width: width - 16 });
    doc
      .font("regular")
      .fontSize(8)
      .fillColor(MUTED)
      .text(rows[f.key] === 1 ? "proposition" : "propositions", x + 8, doc.y, { width: width - 16 });
    if (pairs > 1) doc.text(`across ${totals[f.pairKey]} article ${totals[f.pairKey] === 1 ? "pair" : "pairs"}`, x + 8, doc.y, { width: width - 16 });
    doc.fillColor(INK);
  });
  doc.x = MARGIN;
  doc.y = top + height + 8;
  muted(doc, figuresSummary(report.comparison));
}

function drawArticles(doc: Doc, report: StoryReport) {
  heading(doc, "Articles");
  if (report.articles.length === 0) muted(doc, "No articles yet.", 10);
  for (const a of report.articles) {
    const byline = [a.outlet, a.author, a.publishedAt].filter(Boolean).join(", ");
    ensureRoom(doc, 30);
    doc
      .font("bold")
      .fontSize(10)
      .fillColor(INK)
      .text(`${a.number}. ${a.title}`, MARGIN, doc.y, { width: contentWidth(doc) });
    if (byline || a.url) muted(doc, [byline, a.url].filter(Boolean).join(" · "));
    doc.moveDown(0.2);
  }
}

function cellText(cell: Cell) {
  if (cell.stance === "absent") return "–";
  const parts = [stanceWord[cell.stance]];
  if (cell.sourcing) parts.push(sourcingLabel[cell.sourcing]);
  if (cell.claimIds.length > 1) parts.push(`${cell.claimIds.length} claims`);
  return parts.join("\n");
}

function drawMatrix(doc: Doc, report: StoryReport) {
  heading(doc, "Matrix", { room: 220 });
  muted(doc, "Propositions down, articles across (by their number): each cell gives the article's stance and the strongest sourcing of its claims.");
  if (report.propositions.length === 0 || report.articles.length === 0) {
    doc.moveDown(0.5);
    muted(doc, "No propositions yet.", 10);
    return;
  }
  for (let from = 0; from < report.articles.length; from += MATRIX_COLUMNS) {
    const articles = report.articles.slice(from, from + MATRIX_COLUMNS);
    if (report.articles.length > MATRIX_COLUMNS) {
      doc.moveDown(0.5);
      muted(doc, `Articles ${from + 1} to ${from + articles.length} of ${report.articles.length}`, 9);
    }
    drawMatrixTable(doc, report.propositions, articles, from);
  }
}

function drawMatrixTable(doc: Doc, propositions: ReportProposition[], articles: StoryReport["articles"], from: number) {
  const total = contentWidth(doc);
  const colWidth = Math.min(82, (total * 0.6) / MATRIX_COLUMNS);
  const propWidth = total - colWidth * articles.length;
  const pad = 4;
  const header = () => {
    doc.font("bold").fontSize(8);
    const h = Math.max(...articles.map((a) => doc.heightOfString(`${a.number}. ${shorten(a.title, 40)}`, { width: colWidth - 2 * pad })), 12) + 2 * pad;
    ensureRoom(doc, h + 30);
    const top = doc.y;
    doc.rect(MARGIN, top, total, h).fillColor("#f6f8fa").fill();
    doc.fillColor(INK).text("Proposition", MARGIN + pad, top + pad, { width: propWidth - 2 * pad });
    articles.forEach((a, i) =>
      doc.text(`${a.number}. ${shorten(a.title, 40)}`, MARGIN + propWidth + i * colWidth + pad, top + pad, { width: colWidth - 2 * pad }),
    );
    doc.y = top + h;
  };
  doc.moveDown(0.4);
  header();
  for (const p of propositions) {
    const label = `${rowKindLabel[p.kind]}${p.verdict ? ` · Verdict: ${verdictLabel[p.verdict]}` : ""}`;
    doc.font("bold").fontSize(7);
    const labelH = doc.heightOfString(label, { width: propWidth - 2 * pad });
    doc.font("regular").fontSize(9);
    const statementH = doc.heightOfString(p.statement, { width: propWidth - 2 * pad });
    doc.fontSize(8);
    const cells = articles.map((a) => p.cells[from + articles.indexOf(a)]!);
    const cellH = Math.max(...cells.map((c) => doc.heightOfString(cellText(c), { width: colWidth - 2 * pad })));
    const h = Math.max(labelH + statementH, cellH) + 2 * pad;
    if (doc.y + h > bottom(doc)) {
      doc.addPage();
      header();
    }
    const top = doc.y;
    doc
      .moveTo(MARGIN, top)
      .lineTo(MARGIN + total, top)
      .lineWidth(0.5)
      .strokeColor(RULE)
      .stroke();
    doc
      .font("bold")
      .fontSize(7)
      .fillColor(MUTED)
      .text(label, MARGIN + pad, top + pad, { width: propWidth - 2 * pad });
    doc
      .font("regular")
      .fontSize(9)
      .fillColor(INK)
      .text(p.statement, MARGIN + pad, doc.y, { width: propWidth - 2 * pad });
    cells.forEach((c, i) => {
      const x = MARGIN + propWidth + i * colWidth + pad;
      doc
        .font(c.stance === "absent" ? "regular" : "bold")
        .fontSize(8)
        .fillColor(c.stance === "absent" ? MUTED : c.stance === "supports" ? "#1a7f37" : c.stance === "contradicts" ? "#cf222e" : "#9a6700");
      doc.text(stanceWord[c.stance], x, top + pad, { width: colWidth - 2 * pad });
      const rest = cellText(c).split("\n").slice(1).join("\n");
      if (rest)
        doc
          .font("regular")
          .fillColor(INK)
          .text(rest, x, doc.y, { width: colWidth - 2 * pad });
    });
    doc.fillColor(INK);
    doc.x = MARGIN;
    doc.y = top + h;
  }
  doc
    .moveTo(MARGIN, doc.y)
    .lineTo(MARGIN + total, doc.y)
    .lineWidth(0.5)
    .strokeColor(RULE)
    .stroke();
}

/** Horizontal bars: one row per label, segments in order, with the numbers written in a column after the bars. */
function drawBars(doc: Doc, rows: { label: string; parts: { value: number; colour: string }[]; text: string }[]) {
  const total = contentWidth(doc);
  const labelWidth = 140;
  const textWidth = 130;
  const barMax = total - labelWidth - textWidth - 12;
  const max = Math.max(1, ...rows.map((r) => r.parts.reduce((s, p) => s + p.value, 0)));
  for (const r of rows) {
    doc.font("regular").fontSize(8);
    const h = Math.max(12, doc.heightOfString(r.label, { width: labelWidth - 6 }), doc.heightOfString(r.text, { width: textWidth })) + 6;
    ensureRoom(doc, h);
    const top = doc.y;
    doc.fillColor(INK).text(r.label, MARGIN, top + 1, { width: labelWidth - 6 });
    let x = MARGIN + labelWidth;
    for (const part of r.parts) {
      const w = (part.value / max) * barMax;
      if (w > 0) doc.rect(x, top, w, 12).fillColor(part.colour).fill();
      x += w;
    }
    doc.fillColor(MUTED).text(r.text, MARGIN + total - textWidth, top + 1, { width: textWidth });
    doc.fillColor(INK);
    doc.x = MARGIN;
    doc.y = top + h;
  }
}

function legend(doc: Doc, items: { label: string; colour: string }[]) {
  let x = MARGIN;
  const top = doc.y;
  doc.font("regular").fontSize(8);
  for (const item of items) {
    doc
      .rect(x, top + 1, 8, 8)
      .fillColor(item.colour)
      .fill();
    doc.fillColor(INK).text(item.label, x + 11, top, { lineBreak: false });
    x += 11 + doc.widthOfString(item.label) + 14;
  }
  doc.x = MARGIN;
  doc.y = top + 16;
}

function drawCharts(doc: Doc, report: StoryReport) {
  heading(doc, "Sourcing mix per article", { room: 160 });
  muted(doc, "How much each article asserts, attributes or speculates: its claims by sourcing.");
  doc.moveDown(0.5);
  legend(
    doc,
    (["confirmed", "attributed", "speculative"] as const).map((s) => ({ label: sourcingLabel[s], colour: sourcingColour[s] })),
  );
  drawBars(
    doc,
    report.sourcingMix.map((m, i) => ({
      label: `${i + 1}. ${m.article}`,
      parts: (["confirmed", "attributed", "speculative"] as const).map((s) => ({ value: m[s], colour: sourcingColour[s] })),
      text: `${m.confirmed} confirmed, ${m.attributed} attributed, ${m.speculative} speculative`,
    })),
  );
  if (report.pairs.length === 0) return;
  heading(doc, "Pairs of articles");
  muted(
    doc,
    report.pairs.length > PAIR_CHART_LIMIT
      ? `The ${PAIR_CHART_LIMIT} pairs with the most divergences, of ${report.pairs.length}.`
      : "Agreements and divergences of each pair.",
  );
  doc.moveDown(0.5);
  legend(doc, [
    { label: "Agreements", colour: "#1a7f37" },
    { label: "Divergences", colour: "#cf222e" },
  ]);
  drawBars(
    doc,
    report.pairs.slice(0, PAIR_CHART_LIMIT).map((p) => ({
      label: `${p.a.number}. ${shorten(p.a.title, 14)} / ${p.b.number}. ${shorten(p.b.title, 14)}`,
      parts: [
        { value: p.agreements, colour: "#1a7f37" },
        { value: p.divergences, colour: "#cf222e" },
      ],
      text: `${p.agreements} agree, ${p.divergences} diverge, ${p.sourcingGaps} sourcing ${p.sourcingGaps === 1 ? "gap" : "gaps"}`,
    })),
  );
}

function drawPropositions(doc: Doc, report: StoryReport) {
  heading(doc, "Propositions and their claims", { newPage: true });
  if (report.propositions.length === 0) muted(doc, "No propositions yet.", 10);
  const width = contentWidth(doc);
  for (const p of report.propositions) {
    ensureRoom(doc, 90);
    doc.y += 12;
    doc
      .font("bold")
      .fontSize(8)
      .fillColor(MUTED)
      .text(rowKindLabel[p.kind].toUpperCase() + (p.verdict ? `  ·  VERDICT: ${verdictLabel[p.verdict].toUpperCase()}` : ""), MARGIN, doc.y, { width });
    doc.font("bold").fontSize(12).fillColor(INK).text(p.statement, MARGIN, doc.y, { width });
    if (p.verdict && p.rationale) doc.font("regular").fontSize(9).text(p.rationale, MARGIN, doc.y, { width });
    if (p.claims.length === 0) {
      muted(doc, "No claims linked yet.", 9);
      continue;
    }
    for (const c of p.claims) {
      // Quoted, unless the article's words open with their own quotation mark.
      const quote = /^[“"„«‘']/.test(c.exact) ? c.exact : `“${c.exact}”`;
      doc.font("italic").fontSize(10);
      ensureRoom(doc, Math.min(doc.heightOfString(quote, { width: width - 14 }) + 40, 200));
      const top = doc.y + 4;
      doc
        .font("bold")
        .fontSize(9)
        .fillColor(INK)
        .text(`${c.article}${c.outlet ? ` (${c.outlet})` : ""}`, MARGIN + 14, top, { width: width - 14, continued: true });
      doc
        .font("regular")
        .fillColor(MUTED)
        .text(
          `  ·  ${c.stance === "supports" ? "supports" : "contradicts"}  ·  ${sourcingLabel[c.sourcing]}${c.source ? `  ·  source: ${c.source}` : ""}${c.orphaned ? "  ·  orphaned: not counted until repaired" : ""}`,
        );
      doc
        .font("italic")
        .fontSize(10)
        .fillColor(INK)
        .text(quote, MARGIN + 14, doc.y + 2, { width: width - 14 });
      if (c.statement && c.statement !== c.exact)
        doc
          .font("regular")
          .fontSize(8)
          .fillColor(MUTED)
          .text(`Claim: ${c.statement}`, MARGIN + 14, doc.y + 1, { width: width - 14 });
      doc
        .moveTo(MARGIN + 6, top)
        .lineTo(MARGIN + 6, doc.y)
        .lineWidth(2)
        .strokeColor(sourcingColour[c.sourcing])
        .stroke();
      doc.fillColor(INK);
    }
  }
}

function drawPageNumbers(doc: Doc, report: StoryReport) {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const keep = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc
      .font("regular")
      .fontSize(8)
      .fillColor(MUTED)
      .text(`${shorten(report.story.title, 80)} · page ${i + 1} of ${range.count}`, MARGIN, doc.page.height - 35, {
        width: contentWidth(doc),
        align: "center",
        lineBreak: false,
      });
    doc.page.margins.bottom = keep;
  }
}
