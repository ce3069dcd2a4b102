/**
 * Agreement on cross-article judgements (issue 17): Krippendorff's alpha (nominal) over units
 * proposition x article, each annotator of the article giving the stance of their links from that
 * article to that proposition: `supports`, `contradicts`, `mixed` (links both ways), or `absent`
 * (assigned the article, linked nothing to it). Annotators not assigned the article give no value.
 */
import { nominalAlpha } from "./krippendorff";

export type StanceValue = "supports" | "contradicts" | "mixed" | "absent";

export interface AnnotatorLink {
  userId: string;
  articleId: string;
  propositionId: string;
  stance: "supports" | "contradicts";
}

export interface StanceUnit {
  propositionId: string;
  articleId: string;
  values: Record<string, StanceValue>;
}

export interface StanceFigures {
  alpha: number | null;
  pairable: number;
  units: StanceUnit[];
}

export function stanceFigures(
  articles: readonly { articleId: string; annotators: readonly string[] }[],
  propositionIds: readonly string[],
  links: readonly AnnotatorLink[],
): StanceFigures {
  const units: StanceUnit[] = [];
  for (const propositionId of propositionIds)
    for (const { articleId, annotators } of articles) {
      if (annotators.length === 0) continue;
      const values: Record<string, StanceValue> = {};
      for (const userId of annotators) {
        const stances = new Set(
          links.filter((l) => l.userId === userId && l.articleId === articleId && l.propositionId === propositionId).map((l) => l.stance),
        );
        values[userId] = stances.size === 0 ? "absent" : stances.size > 1 ? "mixed" : [...stances][0]!;
      }
      units.push({ propositionId, articleId, values });
    }
  const everyone = [...new Set(articles.flatMap((a) => a.annotators))];
  const { alpha, pairable } = nominalAlpha(units.map((u) => everyone.map((id) => u.values[id] ?? null)));
  return { alpha, pairable, units };
}
