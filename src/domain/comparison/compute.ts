/**
 * The comparison matrix (docs/contract/API.md: Comparison; docs/contract/DESIGN.md: agreement, divergence, sourcing gap,
 * only in). Pure: the caller loads the story and passes live links of live claims, so this module
 * can be tested table by table and rerun on every request without touching the database.
 *
 * Links of orphaned claims (their words were deleted by an article edit) do not count anywhere
 * until the claim is repaired: they quote text the article no longer holds. They are listed in
 * `orphanedClaims` so that the dashboard can say how many wait for repair.
 */
import type { Sourcing, Stance } from "@/domain/vocabulary";
import type { Cell, CellStance } from "./cell";
import { classifyRow, type RowKind } from "./rows";

export interface ComparisonInput {
  storyId: string;
  /** In display order; the pairs follow it. */
  articles: { id: string; title: string }[];
  /** In display order. */
  propositions: { id: string; statement: string; verdict?: string | null }[];
  /** Live links of live claims only: this module does not know about deletion. */
  links: { propositionId: string; articleId: string; claimId: string; stance: Stance; sourcing: Sourcing; orphaned?: boolean }[];
}

export type { Cell, CellStance };

/** How two articles' cells on one proposition relate. */
export type PairRelation = "agreement" | "divergence" | "only_a" | "only_b" | "neither";

export interface Comparison {
  storyId: string;
  articles: { id: string; title: string }[];
  /** `kind`: the row's word in the matrix (rows.ts, classifyRow). */
  propositions: { id: string; statement: string; verdict: string | null; kind: RowKind; cells: Record<string, Cell> }[];
  pairs: { a: string; b: string; agreements: number; divergences: number; sourcingGaps: number; onlyInA: number; onlyInB: number }[];
  /** Counted over pairs of articles (a proposition counts once per pair). */
  totals: { agreements: number; divergences: number; sourcingGaps: number; onlyIn: number; mixed: number; propositions: number };
  /** Propositions by row kind: exactly the matrix rows of each kind. */
  propositionTotals: PropositionTotals;
  /** Linked claims left out because they are orphaned, in first-seen order, each once. */
  orphanedClaims: { id: string; articleId: string }[];
}

export interface PropositionTotals {
  agreements: number;
  divergences: number;
  sourcingGaps: number;
  onlyIn: number;
  unlinked: number;
}

const totalsKey: Record<RowKind, keyof PropositionTotals> = {
  agreement: "agreements",
  divergence: "divergences",
  sourcing_gap: "sourcingGaps",
  only_in: "onlyIn",
  unlinked: "unlinked",
};

/** Higher is stronger; a cell shows its strongest sourcing (docs/contract/API.md). */
export const sourcingStrength: Record<Sourcing, number> = {
  confirmed: 3,
  attributed: 2,
  speculative: 1,
};

type CellLink = { claimId: string; stance: Stance; sourcing: Sourcing };

export function cellOf(links: readonly CellLink[]): Cell {
  if (links.length === 0) return { stance: "absent", sourcing: null, claimIds: [] };
  let supports = false;
  let contradicts = false;
  let sourcing: Sourcing | null = null;
  const claimIds: string[] = [];
  // A claim can be linked twice through data drift; the cell lists it once, in first-seen order so
  // the output is stable for a given input.
  const seen = new Set<string>();
  for (const link of links) {
    if (link.stance === "supports") supports = true;
    else contradicts = true;
    if (sourcing === null || sourcingStrength[link.sourcing] > sourcingStrength[sourcing]) sourcing = link.sourcing;
    if (!seen.has(link.claimId)) {
      seen.add(link.claimId);
      claimIds.push(link.claimId);
    }
  }
  const stance: CellStance = supports && contradicts ? "mixed" : supports ? "supports" : "contradicts";
  return { stance, sourcing, claimIds };
}

export function relate(a: Cell, b: Cell): { relation: PairRelation; sourcingGap: boolean } {
  const aPresent = a.stance !== "absent";
  const bPresent = b.stance !== "absent";
  if (!aPresent && !bPresent) return { relation: "neither", sourcingGap: false };
  // Checked before `mixed`: coverage is the first question, so a mixed cell facing an absent one
  // still counts as only-in for the side that has it.
  if (!bPresent) return { relation: "only_a", sourcingGap: false };
  if (!aPresent) return { relation: "only_b", sourcingGap: false };
  // A self-contradicting article cannot agree with anyone on that proposition (docs/contract/API.md).
  if (a.stance === "mixed" || b.stance === "mixed") return { relation: "divergence", sourcingGap: false };
  if (a.stance !== b.stance) return { relation: "divergence", sourcingGap: false };
  return { relation: "agreement", sourcingGap: a.sourcing !== b.sourcing };
}

const ABSENT = 0;
const MIXED = 3;
const STANCE_CODE: Record<CellStance, number> = { absent: ABSENT, supports: 1, contradicts: 2, mixed: MIXED };

/** Returns the first occurrence of each id, so duplicate ids cannot collapse matrix cells or create self-pairs. */
function uniqueById<T extends { id: string }>(items: readonly T[]): T[] {
  const seen = new Set<string>();
  const out: T[] = [];
  for (const item of items) {
    if (seen.has(item.id)) continue;
    seen.add(item.id);
    out.push(item);
  }
  return out;
}

export function computeComparison(input: ComparisonInput): Comparison {
  const articles = uniqueById(input.articles).map(({ id, title }) => ({ id, title }));
  const propositionsIn = uniqueById(input.propositions);
  const n = articles.length;

  const articleIndex = new Map<string, number>();
  articles.forEach((article, i) => articleIndex.set(article.id, i));
  const propositionIndex = new Map<string, number>();
  propositionsIn.forEach((proposition, i) => propositionIndex.set(proposition.id, i));

  // One pass over the links into proposition -> article -> links, so building each cell costs only
  // its own links; scanning all links per cell is O(cells x links) and too slow for large stories.
  const byProposition: (CellLink[] | undefined)[][] = propositionsIn.map(() => new Array<CellLink[] | undefined>(n));
  const orphanedClaims: Comparison["orphanedClaims"] = [];
  const orphanSeen = new Set<string>();
  for (const link of input.links) {
    const p = propositionIndex.get(link.propositionId);
    const a = articleIndex.get(link.articleId);
    if (p === undefined || a === undefined) continue;
    if (link.orphaned) {
      if (!orphanSeen.has(link.claimId)) {
        orphanSeen.add(link.claimId);
        orphanedClaims.push({ id: link.claimId, articleId: link.articleId });
      }
      continue;
    }
    const row = byProposition[p];
    if (row === undefined) continue;
    const bucket = row[a];
    const entry = { claimId: link.claimId, stance: link.stance, sourcing: link.sourcing };
    if (bucket) bucket.push(entry);
    else row[a] = [entry];
  }

  // Pair counters in flat arrays indexed by pair number: avoids per-proposition object lookups in
  // the O(propositions x n^2) inner loop.
  const pairCount = (n * (n - 1)) / 2;
  const agreements = new Uint32Array(pairCount);
  const divergences = new Uint32Array(pairCount);
  const sourcingGaps = new Uint32Array(pairCount);
  const onlyInA = new Uint32Array(pairCount);
  const onlyInB = new Uint32Array(pairCount);
  let mixed = 0;
  const propositionTotals: PropositionTotals = { agreements: 0, divergences: 0, sourcingGaps: 0, onlyIn: 0, unlinked: 0 };

  // The inner pair loop runs propositions x n(n-1)/2 times (435,000 for 30 x 1,000), so it works on
  // small integer codes instead of calling relate() and allocating a result per pair. It must
  // classify exactly as relate() does; a unit test cross-checks the two on random data.
  const stanceCode = new Uint8Array(n);
  const strengthCode = new Uint8Array(n);

  const propositions = propositionsIn.map((proposition, p) => {
    const row = byProposition[p] ?? [];
    const rowCells: Cell[] = [];
    for (let i = 0; i < n; i++) {
      const cell = cellOf(row[i] ?? []);
      if (cell.stance === "mixed") mixed++;
      rowCells.push(cell);
      stanceCode[i] = STANCE_CODE[cell.stance];
      strengthCode[i] = cell.sourcing === null ? 0 : sourcingStrength[cell.sourcing];
    }

    let k = 0;
    for (let i = 0; i < n; i++) {
      const a = stanceCode[i] ?? ABSENT;
      if (a === ABSENT) {
        // Every pair with an absent `a` is only-in-B or nothing; skip the general branches.
        for (let j = i + 1; j < n; j++, k++) if (stanceCode[j] !== ABSENT) onlyInB[k]! += 1;
        continue;
      }
      for (let j = i + 1; j < n; j++, k++) {
        const b = stanceCode[j] ?? ABSENT;
        if (b === ABSENT) onlyInA[k]! += 1;
        else if (a === MIXED || b === MIXED || a !== b) divergences[k]! += 1;
        else {
          agreements[k]! += 1;
          if (strengthCode[i] !== strengthCode[j]) sourcingGaps[k]! += 1;
        }
      }
    }

    const cells: Record<string, Cell> = {};
    for (let i = 0; i < n; i++) {
      const id = (articles[i] as { id: string }).id;
      // Plain assignment is several times faster than Object.fromEntries here, but an id of
      // "__proto__" would set the prototype instead of adding a cell.
      if (id === "__proto__") Object.defineProperty(cells, id, { value: rowCells[i], enumerable: true, writable: true, configurable: true });
      else cells[id] = rowCells[i] as Cell;
    }
    const kind = classifyRow(rowCells).kind;
    propositionTotals[totalsKey[kind]] += 1;
    return { id: proposition.id, statement: proposition.statement, verdict: proposition.verdict ?? null, kind, cells };
  });

  const pairs: Comparison["pairs"] = [];
  const totals: Comparison["totals"] = { agreements: 0, divergences: 0, sourcingGaps: 0, onlyIn: 0, mixed, propositions: propositions.length };
  let k = 0;
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++, k++) {
      const pair = {
        a: (articles[i] as { id: string }).id,
        b: (articles[j] as { id: string }).id,
        agreements: agreements[k] ?? 0,
        divergences: divergences[k] ?? 0,
        sourcingGaps: sourcingGaps[k] ?? 0,
        onlyInA: onlyInA[k] ?? 0,
        onlyInB: onlyInB[k] ?? 0,
      };
      pairs.push(pair);
      totals.agreements += pair.agreements;
      totals.divergences += pair.divergences;
      totals.sourcingGaps += pair.sourcingGaps;
      totals.onlyIn += pair.onlyInA + pair.onlyInB;
    }
  }

  return { storyId: input.storyId, articles, propositions, pairs, totals, propositionTotals, orphanedClaims };
}
