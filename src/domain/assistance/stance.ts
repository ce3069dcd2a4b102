/**
 * Stance of a text towards a claim, from the shipped model (trained by scripts/train-stance.ts on
 * the development data): `for` (asserts it), `against` (denies it), `observing` (reports it without
 * taking a side). Mapped onto Claimboard's vocabulary: a link stance and the sourcing it implies.
 */
import type { Sourcing, Stance } from "@/domain/vocabulary";
import type { StanceLabel } from "./evaluation";
import { type LogisticModel, predictProba } from "./logistic";
import shipped from "@/domain/assistance/model/stance-model.json";
import { stanceFeatures } from "./stance-features";

export const stanceModel = shipped as LogisticModel;

export interface StancePrediction {
  label: StanceLabel;
  probabilities: Record<StanceLabel, number>;
}

export function predictStance(claim: string, text: string, model: LogisticModel = stanceModel): StancePrediction {
  const p = predictProba(model, stanceFeatures(claim, text));
  const probabilities = Object.fromEntries(model.classes.map((c, k) => [c, p[k]!])) as Record<StanceLabel, number>;
  let label = model.classes[0] as StanceLabel;
  for (const c of model.classes as StanceLabel[]) if (probabilities[c] > probabilities[label]) label = c;
  return { label, probabilities };
}

/** What a label means for a suggested link. */
export function toLinkStance(label: StanceLabel): { stance: Stance; sourcing: Sourcing | null } {
  if (label === "against") return { stance: "contradicts", sourcing: null };
  return { stance: "supports", sourcing: label === "for" ? "confirmed" : "attributed" };
}
