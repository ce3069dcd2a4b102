/**
 * The draft comparison: from the claims of a story's articles (recorded or suggested), proposed
 * propositions, each with at most one claim per article and its stance, best first. Pure.
 *
 * Similarity of two claims of different articles = TF-IDF cosine + rare-name bonus (similarity.ts,
 * as the match suggestions use) + VECTOR_WEIGHT × the cosine of their SIF sentence vectors
 * (vectors.ts, common component removed), so paraphrases with no shared word still meet; mixed half
 * and half with a second-order similarity (how alike the two claims' nearest neighbours are), which
 * keeps sibling points of one topic apart better than either alone. Grouping:
 * average-linkage agglomeration over the pairs above a floor, in descending order, never joining two
 * groups that hold claims of the same article; two groups join when their mean pairwise similarity
 * (pairs under the floor counting 0) reaches JOIN_AT. O(pairs) memory for the pairs above the floor.
 */
import type { Stance } from "@/domain/vocabulary";
import { type DivergenceReason, divergenceReasons } from "./divergence";
import { buildIndex, termsOf } from "./similarity";
import { stanceTowards } from "./claim-stance";
import { removeCommonComponent, sentenceVector } from "./vectors";

/** How much meaning (vectors) counts next to words (TF-IDF); the sum is scaled by 1 / (1 + weight). */
export const VECTOR_WEIGHT = 1;
/** Two groups join at this mean similarity. */
export const JOIN_AT = 0.3;
/** Pairs below this (scaled) are not kept (they count 0 in a group's mean). */
const PAIR_FLOOR = 0.1;
/** Second order: how many nearest neighbours describe a claim, and the weight of the claim itself. */
const NEIGHBOURS = 10;
const SELF_WEIGHT = 1.5;
/** Pairs kept per candidate: its nearest of other articles (a point is rarely in more than this many texts). */
const NEAREST = 40;

export interface DraftCandidate {
  articleId: string;
  /** The words (a claim's exact words, or a suggestion's). */
  exact: string;
  /** The editor's or the suggested statement. */
  statement: string;
}

export interface DraftGroup {
  /** Indices into the candidates, the group's most central member first. */
  members: number[];
  /** Stance of each member towards the central one (the first is `supports`). */
  stances: Stance[];
  score: number;
  reasons: DivergenceReason[];
}

const textOf = (c: DraftCandidate) => (c.exact && c.exact !== c.statement ? `${c.statement}. ${c.exact}` : c.statement);

/**
 * Each candidate's nearest candidates of other articles (at most NEAREST, above the floor), made
 * symmetric. One row at a time: TF-IDF through an inverted index, the name bonus only for pairs
 * that share a name, the vectors as one dense pass; memory O(candidates × NEAREST), so a story of
 * 3,000 near-identical claims stays small.
 */
export function pairSimilarities(candidates: readonly DraftCandidate[]): Map<number, number>[] {
  const n = candidates.length;
  const texts = candidates.map(textOf);
  const terms = texts.map(termsOf);
  const index = buildIndex(terms);
  const postings = new Map<string, { doc: number; w: number }[]>();
  const vectors = terms.map((t) => index.vector(t.stems));
  const push = <T>(m: Map<string, T[]>, k: string, v: T) => {
    const list = m.get(k);
    if (list) list.push(v);
    else m.set(k, [v]);
  };
  vectors.forEach((v, doc) => v.forEach((w, t) => push(postings, t, { doc, w })));
  const named = new Map<string, number[]>();
  terms.forEach((t, doc) => t.names.forEach((name) => push(named, name, doc)));
  const sif = texts.map((t) => sentenceVector(t));
  removeCommonComponent(sif);
  // The sentence vectors side by side in one array (a zero row for a text with no known word).
  const dims = sif.find((v) => v)?.length ?? 0;
  const flat = new Float32Array(n * dims);
  sif.forEach((v, i) => v && flat.set(v, i * dims));
  const article = candidates.map((c) => c.articleId);
  const near: Map<number, number>[] = candidates.map(() => new Map());
  const row = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    row.fill(0);
    for (const [t, wi] of vectors[i]!) for (const { doc, w } of postings.get(t)!) row[doc]! += wi * w;
    const bonusDone = new Set<number>();
    for (const name of terms[i]!.names) {
      for (const j of named.get(name)!) {
        if (j === i || bonusDone.has(j)) continue;
        bonusDone.add(j);
        row[j]! += index.nameBonus(terms[i]!, terms[j]!);
      }
    }
    if (sif[i]) {
      const at = i * dims;
      for (let j = 0; j < n; j++) {
        let d = 0;
        for (let k = 0, bt = j * dims; k < dims; k++) d += flat[at + k]! * flat[bt + k]!;
        if (d > 0) row[j]! += VECTOR_WEIGHT * d;
      }
    }
    for (let j = 0; j < n; j++) row[j] = j === i || article[j] === article[i] ? 0 : row[j]! / (1 + VECTOR_WEIGHT);
    // The NEAREST-th highest similarity, by a native numeric sort of a copy (cheaper than sorting pairs).
    const cut = Math.max(PAIR_FLOOR, n > NEAREST ? Float64Array.from(row).sort()[n - NEAREST]! : 0);
    let kept = 0;
    for (let j = 0; j < n && kept < NEAREST; j++) {
      if (row[j]! < cut) continue;
      kept++;
      near[i]!.set(j, row[j]!);
      near[j]!.set(i, row[j]!);
    }
  }
  return mixSecondOrder(near);
}

/** Each pair's similarity, averaged with the cosine of the two claims' nearest-neighbour profiles. */
function mixSecondOrder(near: Map<number, number>[]): Map<number, number>[] {
  const profiles = near.map((m, i) => {
    const top = [...m].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, NEIGHBOURS);
    const p = new Map<number, number>([[i, SELF_WEIGHT], ...top]);
    const norm = Math.sqrt([...p.values()].reduce((s, v) => s + v * v, 0));
    for (const [k, v] of p) p.set(k, v / norm);
    return p;
  });
  return near.map((m, i) => {
    const mixed = new Map<number, number>();
    for (const [j, s] of m) mixed.set(j, 0.5 * s + 0.5 * sparseDot(profiles[i]!, profiles[j]!));
    return mixed;
  });
}

function sparseDot(a: Map<number, number>, b: Map<number, number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let s = 0;
  for (const [k, v] of small) s += v * (large.get(k) ?? 0);
  return s;
}

/** Groups of candidates (indices), by constrained average linkage. */
export function groupCandidates(candidates: readonly DraftCandidate[], near: Map<number, number>[], joinAt = JOIN_AT): number[][] {
  const groupOf = candidates.map((_, i) => i);
  const groups = new Map<number, { members: number[]; articles: Set<string> }>(
    candidates.map((c, i) => [i, { members: [i], articles: new Set([c.articleId]) }]),
  );
  const pairs: [number, number, number][] = [];
  near.forEach((m, i) => m.forEach((s, j) => i < j && pairs.push([s, i, j])));
  pairs.sort((a, b) => b[0] - a[0] || a[1] - b[1] || a[2] - b[2]);
  for (const [, i, j] of pairs) {
    const gi = groupOf[i]!;
    const gj = groupOf[j]!;
    if (gi === gj) continue;
    const a = groups.get(gi)!;
    const b = groups.get(gj)!;
    if ([...b.articles].some((x) => a.articles.has(x))) continue;
    let sum = 0;
    for (const x of a.members) for (const y of b.members) sum += near[x]!.get(y) ?? 0;
    if (sum / (a.members.length * b.members.length) < joinAt) continue;
    for (const y of b.members) groupOf[y] = gi;
    a.members.push(...b.members);
    for (const x of b.articles) a.articles.add(x);
    groups.delete(gj);
  }
  return [...groups.values()].map((g) => g.members);
}

/**
 * A point of one article often speaks to several of another's (a claim can support two
 * propositions): each group also takes, from every article it lacks, the candidate closest to it
 * when its mean similarity to the group reaches ATTACH_AT, even if that candidate is in another group.
 */
export const ATTACH_AT = 0.2;

function attachAcross(candidates: readonly DraftCandidate[], near: Map<number, number>[], groups: number[][]): number[][] {
  const byArticle = new Map<string, number[]>();
  candidates.forEach((c, i) => byArticle.set(c.articleId, [...(byArticle.get(c.articleId) ?? []), i]));
  const seen = new Set<string>();
  const out: number[][] = [];
  for (const members of groups) {
    const grown = [...members];
    const has = new Set(members.map((i) => candidates[i]!.articleId));
    for (const [article, indices] of byArticle) {
      if (has.has(article)) continue;
      let best = -1;
      let bestMean = ATTACH_AT;
      for (const c of indices) {
        const mean = members.reduce((s, m) => s + (near[c]!.get(m) ?? 0), 0) / members.length;
        if (mean >= bestMean) [best, bestMean] = [c, mean];
      }
      if (best >= 0) grown.push(best);
    }
    const key = [...grown].sort((a, b) => a - b).join(",");
    if (!seen.has(key)) {
      seen.add(key);
      out.push(grown);
    }
  }
  return out;
}

/** The draft: groups with the central member first, stances towards it and what differs, best first. */
export function draftGroups(candidates: readonly DraftCandidate[], { articles, overlap = true }: { articles: number; overlap?: boolean }): DraftGroup[] {
  const near = pairSimilarities(candidates);
  const grouped = groupCandidates(candidates, near);
  const out = (overlap ? attachAcross(candidates, near, grouped) : grouped).map((members): DraftGroup => {
    const centrality = (i: number) => members.reduce((s, j) => s + (near[i]!.get(j) ?? 0), 0);
    const ordered = [...members].sort((x, y) => centrality(y) - centrality(x) || x - y);
    const central = textOf(candidates[ordered[0]!]!);
    const reasons = new Map<string, DivergenceReason>();
    const stances = ordered.map((i, k): Stance => {
      if (k === 0) return "supports";
      const text = textOf(candidates[i]!);
      for (const r of divergenceReasons(central, text)) if (!reasons.has(r.text)) reasons.set(r.text, r);
      return stanceTowards(central, text);
    });
    const pairsIn = (members.length * (members.length - 1)) / 2;
    const mean = pairsIn ? members.reduce((s, i) => s + centrality(i), 0) / 2 / pairsIn : 0;
    const coverage = new Set(members.map((i) => candidates[i]!.articleId)).size / Math.max(1, articles);
    return { members: ordered, stances, score: round(Math.min(1, 0.5 * Math.min(1, mean) + 0.5 * coverage)), reasons: [...reasons.values()] };
  });
  return out.sort((a, b) => b.score - a.score || a.members[0]! - b.members[0]!);
}

const round = (x: number) => Math.round(x * 1000) / 1000;

export { stanceTowards };
