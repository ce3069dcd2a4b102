/**
 * Span agreement (issue 17): two claims match when they overlap by at least half of the shorter
 * span. Between two annotators, claims are matched one to one, greatest overlap first, and
 * f1 = 2 * matched / (claims of A + claims of B). Units are the connected groups of every
 * annotator's claims under the same overlap rule.
 */
export interface Span {
  id: string;
  start: number;
  end: number;
}

export const overlap = (a: Span, b: Span) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

/** Whether two spans overlap by at least half of the shorter one (and at all). */
export function spansMatch(a: Span, b: Span): boolean {
  const o = overlap(a, b);
  return o > 0 && o * 2 >= Math.min(a.end - a.start, b.end - b.start);
}

/** One-to-one matches between two annotators' claims, greatest overlap first (ties: earlier spans first). */
export function matchSpans(a: readonly Span[], b: readonly Span[]): [Span, Span][] {
  const candidates: { x: Span; y: Span; o: number }[] = [];
  for (const x of a) for (const y of b) if (spansMatch(x, y)) candidates.push({ x, y, o: overlap(x, y) });
  candidates.sort((p, q) => q.o - p.o || p.x.start - q.x.start || p.y.start - q.y.start || p.x.id.localeCompare(q.x.id) || p.y.id.localeCompare(q.y.id));
  const usedA = new Set<string>();
  const usedB = new Set<string>();
  const pairs: [Span, Span][] = [];
  for (const { x, y } of candidates) {
    if (usedA.has(x.id) || usedB.has(y.id)) continue;
    usedA.add(x.id);
    usedB.add(y.id);
    pairs.push([x, y]);
  }
  return pairs;
}

export interface PairF1 {
  a: string;
  b: string;
  claimsA: number;
  claimsB: number;
  matched: number;
  /** Null when neither recorded a claim. */
  f1: number | null;
}

export function pairF1(a: string, spansA: readonly Span[], b: string, spansB: readonly Span[]): PairF1 {
  const matched = matchSpans(spansA, spansB).length;
  const total = spansA.length + spansB.length;
  return { a, b, claimsA: spansA.length, claimsB: spansB.length, matched, f1: total === 0 ? null : (2 * matched) / total };
}

/** Connected groups of spans under spansMatch, in reading order; each with its extent. */
export function groupUnits<S extends Span>(spans: readonly S[]): { start: number; end: number; members: S[] }[] {
  const parent = spans.map((_, i) => i);
  const root = (i: number): number => (parent[i] === i ? i : (parent[i] = root(parent[i]!)));
  for (let i = 0; i < spans.length; i++) for (let j = i + 1; j < spans.length; j++) if (spansMatch(spans[i]!, spans[j]!)) parent[root(i)] = root(j);
  const groups = new Map<number, S[]>();
  spans.forEach((s, i) => (groups.get(root(i)) ?? groups.set(root(i), []).get(root(i))!).push(s));
  return [...groups.values()]
    .map((members) => ({ start: Math.min(...members.map((m) => m.start)), end: Math.max(...members.map((m) => m.end)), members }))
    .sort((p, q) => p.start - q.start || p.end - q.end);
}
