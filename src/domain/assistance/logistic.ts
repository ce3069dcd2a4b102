/**
 * Multinomial logistic regression on sparse features: the stance model's trainer and scorer.
 * Full-batch gradient descent with AdaGrad steps and L2; deterministic (weights start at zero, the
 * examples are visited in their given order).
 */
import type { Features } from "./stance-features";

export interface LogisticModel {
  classes: string[];
  bias: number[];
  weights: Record<string, number[]>;
}

export interface TrainOptions {
  epochs?: number;
  l2?: number;
  rate?: number;
  /** Per-class weights of the loss (balances rare classes). */
  classWeights?: number[];
}

export function softmax(scores: number[]): number[] {
  const max = Math.max(...scores);
  const exps = scores.map((s) => Math.exp(s - max));
  const sum = exps.reduce((a, b) => a + b, 0);
  return exps.map((e) => e / sum);
}

export function predictProba(model: LogisticModel, features: Features): number[] {
  const scores = [...model.bias];
  for (const [name, value] of features) {
    const w = model.weights[name];
    if (!w) continue;
    for (let k = 0; k < scores.length; k++) scores[k]! += w[k]! * value;
  }
  return softmax(scores);
}

export function train(
  examples: readonly { features: Features; label: number }[],
  classes: string[],
  keep: (feature: string) => boolean,
  options: TrainOptions = {},
): LogisticModel {
  const { epochs = 250, l2 = 1e-3, rate = 0.5 } = options;
  const K = classes.length;
  const classWeights = options.classWeights ?? classes.map(() => 1);
  const index = new Map<string, number>();
  const rows = examples.map((ex) => {
    const cols: number[] = [];
    const vals: number[] = [];
    for (const [name, value] of ex.features) {
      if (!keep(name)) continue;
      let j = index.get(name);
      if (j === undefined) index.set(name, (j = index.size));
      cols.push(j);
      vals.push(value);
    }
    return { cols, vals, label: ex.label };
  });
  const D = index.size;
  const W = new Float64Array(D * K);
  const b = new Float64Array(K);
  const gW = new Float64Array(D * K);
  const gb = new Float64Array(K);
  const hW = new Float64Array(D * K).fill(1e-8);
  const hb = new Float64Array(K).fill(1e-8);
  const n = rows.length || 1;
  for (let epoch = 0; epoch < epochs; epoch++) {
    gW.fill(0);
    gb.fill(0);
    for (const r of rows) {
      const scores = Array.from(b);
      for (let i = 0; i < r.cols.length; i++) {
        const base = r.cols[i]! * K;
        for (let k = 0; k < K; k++) scores[k]! += W[base + k]! * r.vals[i]!;
      }
      const p = softmax(scores);
      const cw = classWeights[r.label]!;
      for (let k = 0; k < K; k++) {
        const g = cw * (p[k]! - (k === r.label ? 1 : 0));
        gb[k]! += g;
        for (let i = 0; i < r.cols.length; i++) gW[r.cols[i]! * K + k]! += g * r.vals[i]!;
      }
    }
    for (let k = 0; k < K; k++) {
      const g = gb[k]! / n;
      hb[k]! += g * g;
      b[k]! -= (rate * g) / Math.sqrt(hb[k]!);
    }
    for (let j = 0; j < D * K; j++) {
      const g = gW[j]! / n + l2 * W[j]!;
      hW[j]! += g * g;
      W[j]! -= (rate * g) / Math.sqrt(hW[j]!);
    }
  }
  const weights: Record<string, number[]> = {};
  for (const [name, j] of [...index].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const w = Array.from(W.subarray(j * K, j * K + K), (x) => Math.round(x * 1e4) / 1e4);
    if (w.some((x) => x !== 0)) weights[name] = w;
  }
  return { classes, bias: Array.from(b, (x) => Math.round(x * 1e4) / 1e4), weights };
}
