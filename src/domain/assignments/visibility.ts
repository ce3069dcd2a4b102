/**
 * Who reads whose work during an independent round (docs/decisions/0020-assignments-and-rounds.md):
 * the one rule every read path asks (claims lists, reader, search, comparison, exports, links,
 * suggestions, activity; the event stream and search of issue 16 reuse it).
 *
 * An article is in an open round while an independent assignment covering it (the article's own, or
 * the story's) is not closed and was made after the article's last closed round. During it:
 * - editors and admins read everything (each claim names its annotator);
 * - an assignee reads their own work and whatever was recorded before the round started;
 * - everyone else (other analysts, viewers) reads only what was recorded before the round.
 * After the editor closes the round, everything left is visible to all again.
 */
import { findIndependentWork, findStoryArticleIds, findWorkSince } from "@/data/assignments";
import type { ReadOptions } from "@/data/db";
import { type Asker, can } from "@/domain/auth/can";

/** One article's open round, as it applies to one asker. */
export interface RoundRule {
  articleId: string;
  /** When the round started: work recorded before stays visible to all. */
  since: Date;
  /** The round's assignees. */
  assignees: string[];
  /** Whose round work the asker still reads (their own), or null: none of it. */
  visibleAuthor: string | null;
}

export interface HiddenWork {
  rules: RoundRule[];
  claimIds: ReadonlySet<string>;
  linkIds: ReadonlySet<string>;
  /** Whether anything is hidden at all (no: use the shared caches). */
  any: boolean;
}

export const NOTHING_HIDDEN: HiddenWork = { rules: [], claimIds: new Set(), linkIds: new Set(), any: false };

/** The story's open rounds, per article, with their start and assignees (whoever asks). */
export async function openRounds(storyId: string, options: ReadOptions = {}): Promise<Omit<RoundRule, "visibleAuthor">[]> {
  const { assignments, lastClosed } = await findIndependentWork(storyId, options);
  if (assignments.length === 0) return [];
  const storyWide = assignments.some((a) => a.articleId === null);
  const articleIds = storyWide ? await findStoryArticleIds(storyId, options) : [...new Set(assignments.map((a) => a.articleId!))];
  const closedAt = new Map(lastClosed.map((r) => [r.articleId, r.closedAt]));
  return articleIds.flatMap((articleId) => {
    const after = closedAt.get(articleId);
    const covering = assignments.filter((a) => (a.articleId === null || a.articleId === articleId) && (!after || a.createdAt > after));
    if (covering.length === 0) return [];
    return [{ articleId, since: covering[0]!.createdAt, assignees: [...new Set(covering.map((a) => a.userId))] }];
  });
}

/** The rounds whose work the asker may not read in full (none for editors). */
export async function roundRules(asker: Asker, storyId: string, options: ReadOptions = {}): Promise<RoundRule[]> {
  if (can(asker, "assign")) return [];
  return (await openRounds(storyId, options)).map((r) => ({
    ...r,
    visibleAuthor: asker.userId !== undefined && r.assignees.includes(asker.userId) ? asker.userId : null,
  }));
}

/** Whether a claim or link (on `articleId`, made by `createdById` at `createdAt`) is hidden by the rules. */
export function hidesWork(rules: readonly RoundRule[], row: { articleId: string; createdById: string | null; createdAt: Date }): boolean {
  return rules.some((r) => r.articleId === row.articleId && row.createdAt >= r.since && (r.visibleAuthor === null || row.createdById !== r.visibleAuthor));
}

/** The claims and links of the story the asker may not read (and the rules that hide them). */
export async function hiddenWork(asker: Asker, storyId: string, options: ReadOptions = {}): Promise<HiddenWork> {
  const rules = await roundRules(asker, storyId, options);
  if (rules.length === 0) return NOTHING_HIDDEN;
  const since = new Date(Math.min(...rules.map((r) => r.since.getTime())));
  const { claims, links } = await findWorkSince(
    storyId,
    rules.map((r) => r.articleId),
    since,
    options,
  );
  const claimIds = new Set(claims.filter((c) => hidesWork(rules, c)).map((c) => c.id));
  const linkIds = new Set(links.filter((l) => claimIds.has(l.claimId) || hidesWork(rules, { ...l, articleId: l.claim.articleId })).map((l) => l.id));
  return { rules, claimIds, linkIds, any: claimIds.size > 0 || linkIds.size > 0 };
}
