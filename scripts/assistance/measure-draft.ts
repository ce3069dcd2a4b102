/**
 * Measures the draft engine (docs/decisions/0024): the word vectors' load time and memory, and
 * drafting the bench's 20 x 150 story (bench/lib/story-text.ts sentences, every one a claim) and the
 * demo story. Prints one JSON line.   npx tsx scripts/assistance/measure-draft.ts
 */
import { performance } from "node:perf_hooks";
import { sentence } from "../../bench/lib/story-text";
import { evaluateDemoRecovery } from "../../src/domain/assistance/demo-recovery";
import { draftGroups } from "../../src/domain/assistance/draft";
import { wordVectors } from "../../src/domain/assistance/vectors";

const mb = (b: number) => Math.round(b / 1e5) / 10;
const before = process.memoryUsage();
let t = performance.now();
wordVectors();
const load = { ms: Math.round(performance.now() - t), rssMB: mb(process.memoryUsage().rss - before.rss) };

t = performance.now();
const demo = evaluateDemoRecovery();
const demoMs = Math.round(performance.now() - t);

const candidates = [];
for (let a = 0; a < 20; a++) for (let i = 0; i < 150; i++) candidates.push({ articleId: `a${a}`, exact: sentence(a, i), statement: sentence(a, i) });
t = performance.now();
const groups = draftGroups(candidates, { articles: 20 });
const benchMs = Math.round(performance.now() - t);
console.log(
  JSON.stringify({
    vectors: load,
    demo: { ms: demoMs, recovered: demo.recovered, of: demo.propositions },
    bench20x150: { ms: benchMs, items: groups.length },
    peakRssMB: mb(process.memoryUsage().rss),
    heapUsedMB: mb(process.memoryUsage().heapUsed),
  }),
);
