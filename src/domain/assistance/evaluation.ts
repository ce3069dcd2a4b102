/**
 * The evaluation of the assistance engine on files in the Emergent format
 * (claimId, claimHeadline, articleId, articleHeadline, articleHeadlineStance; ../shared/eval/README.md).
 */
import { parse } from "csv-parse/sync";
import { similarityScorer } from "./similarity";

export const STANCE_LABELS = ["for", "against", "observing"] as const;
export type StanceLabel = (typeof STANCE_LABELS)[number];

export interface EvalRow {
  claimId: string;
  claimHeadline: string;
  articleId: string;
  articleHeadline: string;
  stance: StanceLabel;
}

const COLUMNS = ["claimId", "claimHeadline", "articleId", "articleHeadline", "articleHeadlineStance"] as const;

export function parseEvalCsv(text: string, name = "the file"): EvalRow[] {
  // The same RFC 4180 reader as the CSV claim import (csv-parse).
  const [header, ...body] = parse(text, { bom: true, skip_empty_lines: true, relax_column_count: true, relax_quotes: true }) as string[][];
  if (!header) throw new Error(`${name} is empty; expected a header ${COLUMNS.join(",")}`);
  const at = COLUMNS.map((c) => header.indexOf(c));
  const missing = COLUMNS.filter((_, i) => at[i]! < 0);
  if (missing.length) throw new Error(`${name}: the header lacks column(s) ${missing.join(", ")} (found: ${header.join(",")})`);
  return body.map((r, i) => {
    const get = (k: number) => r[at[k]!]?.trim() ?? "";
    const stance = get(4).toLowerCase();
    if (!(STANCE_LABELS as readonly string[]).includes(stance)) {
      throw new Error(`${name}, line ${i + 2}: articleHeadlineStance is "${get(4)}"; expected one of ${STANCE_LABELS.join(", ")}`);
    }
    return { claimId: get(0), claimHeadline: get(1), articleId: get(2), articleHeadline: get(3), stance: stance as StanceLabel };
  });
}

export interface MatchMetrics {
  "recall@1": number;
  "recall@5": number;
  mrr: number;
  queries: number;
}

/**
 * Each headline queries all other headlines of the file; its claim's other headlines are the right
 * answers. Recall@k: a right answer in the top k; MRR: mean of 1 / rank of the first right answer.
 */
export function evaluateMatching(rows: readonly EvalRow[]): MatchMetrics {
  const scorer = similarityScorer(rows.map((r) => r.articleHeadline));
  let r1 = 0,
    r5 = 0,
    rr = 0,
    queries = 0;
  for (let q = 0; q < rows.length; q++) {
    const claim = rows[q]!.claimId;
    if (!rows.some((r, i) => i !== q && r.claimId === claim)) continue;
    queries++;
    const all = scorer.scores(q);
    let bestRight = -Infinity;
    const scores: number[] = [];
    for (let i = 0; i < rows.length; i++) {
      if (i === q) continue;
      const s = all[i]!;
      scores.push(s);
      if (rows[i]!.claimId === claim && s > bestRight) bestRight = s;
    }
    // Rank of the best right answer; ties count against it (pessimistic).
    let rank = 1;
    for (let i = 0, k = 0; i < rows.length; i++) {
      if (i === q) continue;
      const s = scores[k++]!;
      if (rows[i]!.claimId !== claim && s >= bestRight) rank++;
    }
    if (rank === 1) r1++;
    if (rank <= 5) r5++;
    rr += 1 / rank;
  }
  const d = queries || 1;
  return { "recall@1": r1 / d, "recall@5": r5 / d, mrr: rr / d, queries };
}

export interface StanceMetrics {
  accuracy: number;
  macroF1: number;
  perClass: Record<StanceLabel, { precision: number; recall: number; f1: number; support: number }>;
}

export function stanceMetrics(gold: readonly StanceLabel[], predicted: readonly StanceLabel[]): StanceMetrics {
  let correct = 0;
  for (let i = 0; i < gold.length; i++) if (gold[i] === predicted[i]) correct++;
  const perClass = {} as StanceMetrics["perClass"];
  for (const c of STANCE_LABELS) {
    let tp = 0,
      fp = 0,
      fn = 0;
    for (let i = 0; i < gold.length; i++) {
      if (predicted[i] === c && gold[i] === c) tp++;
      else if (predicted[i] === c) fp++;
      else if (gold[i] === c) fn++;
    }
    const precision = tp + fp ? tp / (tp + fp) : 0;
    const recall = tp + fn ? tp / (tp + fn) : 0;
    perClass[c] = { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0, support: tp + fn };
  }
  const macroF1 = STANCE_LABELS.reduce((s, c) => s + perClass[c].f1, 0) / STANCE_LABELS.length;
  return { accuracy: gold.length ? correct / gold.length : 0, macroF1, perClass };
}

/** Deterministic k folds by claim: a claim's headlines are never split between training and test. */
export function foldsByClaim(rows: readonly EvalRow[], k: number): number[] {
  const claims = [...new Set(rows.map((r) => r.claimId))].sort();
  // A fixed hash of the id spreads claims over folds without depending on file order.
  const fold = new Map(claims.map((c) => [c, fnv1a(c) % k]));
  return rows.map((r) => fold.get(r.claimId)!);
}

function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}
