/**
 * The story's agreement as CSV (the agreement page's download): one row per article and pair of
 * annotators, with the article's sourcing alpha and source agreement, and one row for the stances.
 * RFC 4180 quoting; pure, so the browser builds the file from the figures it already has.
 */
import type { StoryAgreementDto } from "./schemas";

const cell = (v: string | number | null) => {
  const s = v === null ? "" : typeof v === "number" ? String(Math.round(v * 1000) / 1000) : v;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

export const AGREEMENT_CSV_COLUMNS = [
  "article",
  "round",
  "annotator_a",
  "annotator_b",
  "claims_a",
  "claims_b",
  "matched",
  "span_f1",
  "sourcing_alpha",
  "pairable",
  "source_rate",
];

export function agreementCsv(figures: StoryAgreementDto): string {
  const rows: (string | number | null)[][] = [AGREEMENT_CSV_COLUMNS];
  for (const a of figures.articles) {
    const name = new Map(a.annotators.map((x) => [x.id, x.name]));
    const common = [a.sourcing.alpha, a.sourcing.pairable, a.source.rate];
    if (a.spans.pairs.length === 0) rows.push([a.title, a.round.status, null, null, null, null, null, a.spans.f1, ...common]);
    for (const p of a.spans.pairs)
      rows.push([a.title, a.round.status, name.get(p.a) ?? p.a, name.get(p.b) ?? p.b, p.claimsA, p.claimsB, p.matched, p.f1, ...common]);
  }
  rows.push(["(stance, proposition x article)", "", null, null, null, null, null, null, figures.stance.alpha, figures.stance.pairable, null]);
  return rows.map((r) => r.map(cell).join(",")).join("\r\n") + "\r\n";
}
