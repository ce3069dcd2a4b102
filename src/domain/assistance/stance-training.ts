/**
 * Training the stance model from labelled (claim, text, stance) examples. Used by
 * scripts/train-stance.ts (the shipped model) and by the evaluation's cross-validation.
 */
import { STANCE_LABELS, type EvalRow } from "./evaluation";
import { type LogisticModel, type TrainOptions, train } from "./logistic";
import { isLexicalFeature, stanceFeatures } from "./stance-features";

export interface StanceTrainingOptions extends TrainOptions {
  /** A word feature is kept only if it occurs with at least this many different claims. */
  minClaims?: number;
}

/** Chosen by 5-fold cross-validation split by claim on the development file (docs/assistance.md). */
export const STANCE_TRAINING_DEFAULTS: StanceTrainingOptions = { minClaims: 2, epochs: 500, l2: 0.002, rate: 0.5 };

export function trainStanceModel(rows: readonly EvalRow[], options: StanceTrainingOptions = STANCE_TRAINING_DEFAULTS): LogisticModel {
  const minClaims = options.minClaims ?? 2;
  const examples = rows.map((r) => ({ features: stanceFeatures(r.claimHeadline, r.articleHeadline), label: STANCE_LABELS.indexOf(r.stance) }));
  const claimsOf = new Map<string, Set<string>>();
  examples.forEach((ex, i) => {
    for (const name of ex.features.keys()) {
      if (!isLexicalFeature(name)) continue;
      let set = claimsOf.get(name);
      if (!set) claimsOf.set(name, (set = new Set()));
      set.add(rows[i]!.claimId);
    }
  });
  const keep = (name: string) => !isLexicalFeature(name) || (claimsOf.get(name)?.size ?? 0) >= minClaims;
  const counts = STANCE_LABELS.map((_, k) => examples.filter((e) => e.label === k).length);
  const classWeights = options.classWeights ?? counts.map((c) => (c ? examples.length / (STANCE_LABELS.length * c) : 1));
  return train(examples, [...STANCE_LABELS], keep, { ...options, classWeights });
}
