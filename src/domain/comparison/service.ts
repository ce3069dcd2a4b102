/** The story's comparison, computed from its links on every request (never stored by hand). */
import { findComparisonRows } from "@/data/propositions";
import type { Actor } from "@/domain/auth/actor";
import { requireStory } from "@/domain/stories/service";
import { type Comparison, computeComparison } from "./compute";

export async function getComparison(actor: Actor, storyId: string): Promise<Comparison> {
  await requireStory(actor, storyId);
  const rows = await findComparisonRows(storyId);
  return computeComparison({
    storyId,
    articles: rows.articles.map((a) => ({ id: a.id, title: a.title })),
    propositions: rows.propositions,
    links: rows.links,
  });
}
