/**
 * Evaluates the assistance engine on a file in the Emergent format (../shared/eval/README.md).
 *   npm run eval -- <file.csv>            the shipped model, as the product runs it
 *   npm run eval -- <file.csv> --cv 5     stance by k-fold cross-validation split by claimId
 *                                         (a model trained on the other folds scores each fold)
 * Details go to the lines before; the last line is the JSON object
 * {"match":{"recall@1","recall@5","mrr"},"stance":{"accuracy","macroF1"},"draft":{"ari","bcubedF1","stanceAccuracy"},"n"}.
 */
import { readFileSync } from "node:fs";
import { type EvalRow, evaluateMatching, foldsByClaim, parseEvalCsv, type StanceLabel, stanceMetrics } from "../src/domain/assistance/evaluation";
import { evaluateDemoRecovery } from "../src/domain/assistance/demo-recovery";
import { evaluateDraft } from "../src/domain/assistance/draft-evaluation";
import { predictStance } from "../src/domain/assistance/stance";
import { STANCE_TRAINING_DEFAULTS, trainStanceModel } from "../src/domain/assistance/stance-training";

const round = (x: number) => Math.round(x * 10_000) / 10_000;

function usage(message: string): never {
  console.error(`${message}\nUsage: npm run eval -- <file.csv> [--cv <folds>]`);
  process.exit(2);
}

function predictCrossValidated(rows: readonly EvalRow[], k: number): StanceLabel[] {
  const folds = foldsByClaim(rows, k);
  const predicted: StanceLabel[] = new Array(rows.length);
  for (let f = 0; f < k; f++) {
    const model = trainStanceModel(
      rows.filter((_, i) => folds[i] !== f),
      STANCE_TRAINING_DEFAULTS,
    );
    rows.forEach((r, i) => {
      if (folds[i] === f) predicted[i] = predictStance(r.claimHeadline, r.articleHeadline, model).label;
    });
  }
  return predicted;
}

function main() {
  const args = process.argv.slice(2);
  const cvAt = args.indexOf("--cv");
  const folds = cvAt >= 0 ? Number(args[cvAt + 1]) : 0;
  if (cvAt >= 0 && (!Number.isInteger(folds) || folds < 2)) usage(`--cv needs a whole number of folds of 2 or more (got "${args[cvAt + 1] ?? ""}")`);
  const file = args.filter((_, i) => cvAt < 0 || (i !== cvAt && i !== cvAt + 1))[0];
  if (!file) usage("Name the CSV file to evaluate.");
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (e) {
    usage(`Cannot read ${file}: ${(e as Error).message}`);
  }
  let rows: EvalRow[];
  try {
    rows = parseEvalCsv(text, file);
  } catch (e) {
    usage((e as Error).message);
  }
  const started = Date.now();
  const match = evaluateMatching(rows);
  const predicted = folds ? predictCrossValidated(rows, folds) : rows.map((r) => predictStance(r.claimHeadline, r.articleHeadline).label);
  const stance = stanceMetrics(
    rows.map((r) => r.stance),
    predicted,
  );
  console.log(`${file}: ${rows.length} headlines, ${new Set(rows.map((r) => r.claimId)).size} claims, ${match.queries} match queries`);
  console.log(`stance ${folds ? `(${folds}-fold cross-validation by claimId)` : "(shipped model)"}:`);
  for (const [label, m] of Object.entries(stance.perClass)) {
    console.log(`  ${label.padEnd(10)} precision ${m.precision.toFixed(3)} recall ${m.recall.toFixed(3)} F1 ${m.f1.toFixed(3)} (n=${m.support})`);
  }
  const draft = evaluateDraft(rows);
  console.log(
    `draft: ${draft.groups} groups; B-cubed precision ${draft.bcubedPrecision.toFixed(3)} recall ${draft.bcubedRecall.toFixed(3)}; stance within groups ${draft.stanceAccuracy.toFixed(3)}; drafted in ${draft.seconds.toFixed(1)} s`,
  );
  const demo = evaluateDemoRecovery();
  console.log(
    `demo story, no claims recorded: ${demo.recovered} of ${demo.propositions} propositions recovered in ${demo.seconds.toFixed(2)} s; missed: ${demo.missed.join(" | ") || "none"}`,
  );
  console.log(`took ${((Date.now() - started) / 1000).toFixed(1)} s`);
  console.log(
    JSON.stringify({
      match: { "recall@1": round(match["recall@1"]), "recall@5": round(match["recall@5"]), mrr: round(match.mrr) },
      stance: { accuracy: round(stance.accuracy), macroF1: round(stance.macroF1) },
      draft: { ari: round(draft.ari), bcubedF1: round(draft.bcubedF1), stanceAccuracy: round(draft.stanceAccuracy), demoRecovered: demo.recovered },
      n: rows.length,
    }),
  );
}

main();
