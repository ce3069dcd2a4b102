/**
 * Trains the stance model shipped in src/domain/assistance/model/stance-model.json from a file in
 * the Emergent format (default: ../shared/eval/emergent-dev.csv). Deterministic: the same file gives
 * the same model.
 *   npx tsx scripts/train-stance.ts [file.csv]
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseEvalCsv } from "../src/domain/assistance/evaluation";
import { STANCE_TRAINING_DEFAULTS, trainStanceModel } from "../src/domain/assistance/stance-training";

function main() {
  const file = process.argv[2] ?? path.join(__dirname, "..", "..", "shared", "eval", "emergent-dev.csv");
  const rows = parseEvalCsv(readFileSync(file, "utf8"), file);
  const model = trainStanceModel(rows, STANCE_TRAINING_DEFAULTS);
  const out = path.join(__dirname, "..", "src", "domain", "assistance", "model", "stance-model.json");
  writeFileSync(out, JSON.stringify({ trainedOn: path.basename(file), examples: rows.length, options: STANCE_TRAINING_DEFAULTS, ...model }) + "\n");
  console.log(`Trained on ${rows.length} examples; ${Object.keys(model.weights).length} features -> ${path.relative(process.cwd(), out)}`);
}

main();
