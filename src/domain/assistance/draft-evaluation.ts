/**
 * The draft figure of `npm run eval`: every headline of the file is a claim of its own article; the
 * draft groups them, and the grouping is scored against the file's claim ids (adjusted Rand index,
 * B-cubed F1); within each drafted group, the stance of each member towards the group's central
 * headline is scored against the labels (contradicts when exactly one of the two is `against`).
 */
import { draftGroups } from "./draft";
import type { EvalRow } from "./evaluation";

/** Adjusted Rand index of two labelings of the same items (Hubert and Arabie). */
export function adjustedRandIndex(gold: readonly string[], predicted: readonly number[]): number {
  const pairs = (n: number) => (n * (n - 1)) / 2;
  const cells = new Map<string, number>();
  const a = new Map<string, number>();
  const b = new Map<number, number>();
  gold.forEach((g, i) => {
    const p = predicted[i]!;
    cells.set(`${g}\u0000${p}`, (cells.get(`${g}\u0000${p}`) ?? 0) + 1);
    a.set(g, (a.get(g) ?? 0) + 1);
    b.set(p, (b.get(p) ?? 0) + 1);
  });
  const index = [...cells.values()].reduce((s, n) => s + pairs(n), 0);
  const sumA = [...a.values()].reduce((s, n) => s + pairs(n), 0);
  const sumB = [...b.values()].reduce((s, n) => s + pairs(n), 0);
  const expected = (sumA * sumB) / pairs(gold.length);
  const max = (sumA + sumB) / 2;
  return max === expected ? 1 : (index - expected) / (max - expected);
}

/** B-cubed precision, recall and F1 (Bagga and Baldwin), averaged over items. */
export function bCubed(gold: readonly string[], predicted: readonly number[]): { precision: number; recall: number; f1: number } {
  const byPred = new Map<number, number[]>();
  const byGold = new Map<string, number[]>();
  predicted.forEach((p, i) => byPred.set(p, [...(byPred.get(p) ?? []), i]));
  gold.forEach((g, i) => byGold.set(g, [...(byGold.get(g) ?? []), i]));
  let precision = 0;
  let recall = 0;
  gold.forEach((g, i) => {
    const same = byPred.get(predicted[i]!)!.filter((j) => gold[j] === g).length;
    precision += same / byPred.get(predicted[i]!)!.length;
    recall += same / byGold.get(g)!.length;
  });
  precision /= gold.length;
  recall /= gold.length;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

export interface DraftMetrics {
  ari: number;
  bcubedF1: number;
  bcubedPrecision: number;
  bcubedRecall: number;
  /** Share of non-central members whose drafted stance agrees with the labels. */
  stanceAccuracy: number;
  groups: number;
  seconds: number;
}

export function evaluateDraft(rows: readonly EvalRow[]): DraftMetrics {
  const started = Date.now();
  const groups = draftGroups(
    rows.map((r, i) => ({ articleId: String(i), exact: r.articleHeadline, statement: r.articleHeadline })),
    { articles: rows.length, overlap: false },
  );
  const predicted = new Array<number>(rows.length);
  let right = 0;
  let judged = 0;
  groups.forEach((g, k) => {
    const central = rows[g.members[0]!]!;
    g.members.forEach((i, m) => {
      predicted[i] = k;
      if (m === 0) return;
      const gold = (rows[i]!.stance === "against") !== (central.stance === "against") ? "contradicts" : "supports";
      judged++;
      if (gold === g.stances[m]) right++;
    });
  });
  const gold = rows.map((r) => r.claimId);
  const b = bCubed(gold, predicted);
  return {
    ari: adjustedRandIndex(gold, predicted),
    bcubedF1: b.f1,
    bcubedPrecision: b.precision,
    bcubedRecall: b.recall,
    stanceAccuracy: judged ? right / judged : 1,
    groups: groups.length,
    seconds: (Date.now() - started) / 1000,
  };
}
