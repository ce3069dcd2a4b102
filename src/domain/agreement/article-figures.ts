/**
 * One article's agreement figures from its annotators' claims (pure; the service loads the rows):
 * span f1 per pair and their mean, the units with each annotator's value, Krippendorff's alpha of
 * the sourcing over the units with a confusion matrix, and how often annotators who agree on a
 * unit's sourcing name the same source.
 */
import { sourcings, type Sourcing } from "@/domain/vocabulary-words";
import { nominalAlpha } from "./krippendorff";
import { sameSource } from "./sources";
import { groupUnits, type PairF1, pairF1 } from "./spans";

export interface AnnotatedClaim {
  id: string;
  userId: string;
  start: number;
  end: number;
  sourcing: Sourcing;
  source: string;
}

export interface UnitValue {
  claimId: string;
  sourcing: Sourcing;
}

export interface AgreementUnit {
  /** Stable while the unit's extent is: "start-end". */
  id: string;
  start: number;
  end: number;
  values: Record<string, UnitValue | null>;
  /** Every claim of the unit (an annotator may have several there): the versions to adjudicate between. */
  claimIds: string[];
  /** Whether the annotators with a value differ (or some have none): what an editor adjudicates. */
  differs: boolean;
}

export interface ArticleFigures {
  annotators: string[];
  spans: { f1: number | null; pairs: PairF1[] };
  units: AgreementUnit[];
  sourcing: {
    alpha: number | null;
    pairable: number;
    /** Rows: the earlier annotator of each pair (in `annotators` order); columns: the later one. */
    confusion: Record<Sourcing, Record<Sourcing, number>>;
  };
  source: { pairs: number; same: number; rate: number | null };
}

const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null);
const emptyConfusion = () =>
  Object.fromEntries(sourcings.map((r) => [r, Object.fromEntries(sourcings.map((c) => [c, 0]))])) as Record<Sourcing, Record<Sourcing, number>>;

export function articleFigures(annotators: readonly string[], claims: readonly AnnotatedClaim[]): ArticleFigures {
  const ids = [...annotators];
  const mine = (u: string) => claims.filter((c) => c.userId === u);
  const pairs: PairF1[] = [];
  for (let i = 0; i < ids.length; i++) for (let j = i + 1; j < ids.length; j++) pairs.push(pairF1(ids[i]!, mine(ids[i]!), ids[j]!, mine(ids[j]!)));

  const byId = new Map(claims.map((c) => [c.id, c]));
  const units: AgreementUnit[] = groupUnits(claims.filter((c) => ids.includes(c.userId))).map((g) => {
    const values: Record<string, UnitValue | null> = {};
    for (const u of ids) {
      const longest = g.members
        .filter((m) => m.userId === u)
        .sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start || a.id.localeCompare(b.id))[0];
      values[u] = longest ? { claimId: longest.id, sourcing: longest.sourcing } : null;
    }
    const given = Object.values(values);
    const differs = given.some((v) => v === null) || new Set(given.map((v) => v!.sourcing)).size > 1;
    return { id: `${g.start}-${g.end}`, start: g.start, end: g.end, values, claimIds: g.members.map((m) => m.id), differs };
  });

  const alpha = nominalAlpha(units.map((u) => ids.map((a) => u.values[a]?.sourcing ?? null)));
  const confusion = emptyConfusion();
  let sourcePairs = 0;
  let same = 0;
  for (const unit of units)
    for (let i = 0; i < ids.length; i++)
      for (let j = i + 1; j < ids.length; j++) {
        const x = unit.values[ids[i]!];
        const y = unit.values[ids[j]!];
        if (!x || !y) continue;
        confusion[x.sourcing][y.sourcing]++;
        if (x.sourcing !== y.sourcing) continue;
        sourcePairs++;
        if (sameSource(byId.get(x.claimId)!.source, byId.get(y.claimId)!.source)) same++;
      }
  return {
    annotators: ids,
    spans: { f1: mean(pairs.flatMap((p) => (p.f1 === null ? [] : [p.f1]))), pairs },
    units,
    sourcing: { alpha: alpha.alpha, pairable: alpha.pairable, confusion },
    source: { pairs: sourcePairs, same, rate: sourcePairs ? same / sourcePairs : null },
  };
}
