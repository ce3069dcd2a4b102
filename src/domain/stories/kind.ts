/** The story as a versioned kind (src/domain/versioned/kind.ts). Its own stamp moves with each change. */
import { findStory, updateStoryAtVersion, withStoryCounts } from "@/data/stories";
import { defineKind } from "@/domain/versioned/kind";
import type { StorySummaryDto } from "./schemas";

export interface StorySummaryRow {
  id: string;
  title: string;
  description: string;
  version: number;
  createdAt: Date;
  updatedAt: Date;
  importedFrom: string | null;
  importedAt: Date | null;
  _count: { articles: number; claims: number };
}

export function toSummary(row: StorySummaryRow): StorySummaryDto {
  return {
    id: row.id,
    title: row.title,
    description: row.description,
    articleCount: row._count.articles,
    claimCount: row._count.claims,
    importedFrom: row.importedAt ? { fileName: row.importedFrom, at: row.importedAt.toISOString() } : null,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export const auditedStory = (s: { title: string; description: string }) => ({ title: s.title, description: s.description });

type StoryRow = NonNullable<Awaited<ReturnType<typeof findStory>>>;

/** A story's changes move its own stamp. */
export const storyKind = defineKind<StoryRow, StorySummaryDto>("story", {
  data: { find: findStory, writeAtVersion: updateStoryAtVersion },
  storyOf: (s) => s.id,
  describe: (s) => `Story "${s.title}"`,
  audited: auditedStory,
  toDto: async (row, tx) => toSummary(await withStoryCounts(tx, row)),
});
