/**
 * Data access for story exports and imports: one story's live content read in flat, story-scoped
 * queries (joined in memory by the domain), and bulk inserts of an imported story inside the
 * caller's transaction.
 */
import type { Prisma } from "@/data/generated/sqlite/client";
import { getDb, type Tx } from "./db";

const author = { select: { name: true, email: true } } as const;

/** Everything live in a story, for an export. Cost follows the story's size only. */
export async function findStoryContent(storyId: string) {
  const db = await getDb();
  const story = await db.story.findFirst({ where: { id: storyId, deletedAt: null }, include: { createdBy: author } });
  if (!story) return null;
  const [articles, revisions, claims, propositions, links, comments] = await Promise.all([
    db.article.findMany({
      where: { storyId, deletedAt: null },
      orderBy: [{ position: "asc" }, { createdAt: "asc" }, { id: "asc" }],
      include: { createdBy: author },
    }),
    db.articleRevision.findMany({
      where: { article: { storyId, deletedAt: null } },
      orderBy: [{ articleId: "asc" }, { number: "asc" }],
      include: { createdBy: author },
    }),
    db.claim.findMany({
      where: { storyId, deletedAt: null, article: { deletedAt: null } },
      orderBy: [{ articleId: "asc" }, { start: "asc" }, { id: "asc" }],
      include: { createdBy: author },
    }),
    db.proposition.findMany({
      where: { storyId, deletedAt: null },
      orderBy: [{ position: "asc" }, { createdAt: "asc" }, { id: "asc" }],
      include: { createdBy: author },
    }),
    db.claimLink.findMany({
      where: { storyId, deletedAt: null },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      include: { createdBy: author },
    }),
    db.comment.findMany({
      where: { storyId, deletedAt: null },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      include: { author },
    }),
  ]);
  return { story, articles, revisions, claims, propositions, links, comments };
}

export type StoryContentRows = NonNullable<Awaited<ReturnType<typeof findStoryContent>>>;

/** Who last gave each of these propositions its verdict, and when (from the audit trail). */
export async function findVerdictAuditEntries(storyId: string, propositionIds: string[]) {
  if (propositionIds.length === 0) return [];
  const db = await getDb();
  return db.auditEntry.findMany({
    where: { storyId, entity: "proposition", entityId: { in: propositionIds } },
    orderBy: [{ at: "asc" }, { id: "asc" }],
    select: { entityId: true, at: true, after: true, actor: { select: { name: true } } },
  });
}

export interface ImportedRows {
  story: Prisma.StoryUncheckedCreateInput & { id: string };
  articles: (Prisma.ArticleUncheckedCreateInput & { id: string })[];
  revisions: (Prisma.ArticleRevisionUncheckedCreateInput & { id: string })[];
  /** Article id to its current revision's id, set once both exist. */
  currentRevisions: { articleId: string; revisionId: string }[];
  claims: Prisma.ClaimCreateManyInput[];
  propositions: Prisma.PropositionCreateManyInput[];
  links: Prisma.ClaimLinkCreateManyInput[];
  comments: Prisma.CommentCreateManyInput[];
}

/** Writes an imported story with bulk inserts, in the order the foreign keys need. */
export async function insertImportedStory(tx: Tx, rows: ImportedRows): Promise<void> {
  await tx.story.create({ data: rows.story });
  if (rows.articles.length) await tx.article.createMany({ data: rows.articles });
  if (rows.revisions.length) await tx.articleRevision.createMany({ data: rows.revisions });
  for (const { articleId, revisionId } of rows.currentRevisions) {
    await tx.article.update({ where: { id: articleId }, data: { currentRevisionId: revisionId } });
  }
  if (rows.claims.length) await tx.claim.createMany({ data: rows.claims });
  if (rows.propositions.length) await tx.proposition.createMany({ data: rows.propositions });
  if (rows.links.length) await tx.claimLink.createMany({ data: rows.links });
  if (rows.comments.length) await tx.comment.createMany({ data: rows.comments });
}

/** Several claims into one article (CSV import), in one statement. */
export async function insertClaims(tx: Tx, claims: Prisma.ClaimCreateManyInput[]): Promise<void> {
  if (claims.length) await tx.claim.createMany({ data: claims });
}

/** The accounts with these emails (lower-case), as email to user id: an import's authors. */
export async function findUserIdsByEmails(tx: Tx, emails: string[]): Promise<Map<string, string>> {
  if (emails.length === 0) return new Map();
  const users = await tx.user.findMany({ where: { email: { in: emails } }, select: { id: true, email: true } });
  return new Map(users.map((u) => [u.email.toLowerCase(), u.id]));
}

/** Which of these titles live stories already carry (an import marks its copy). */
export async function findTakenStoryTitles(tx: Tx, titles: string[]): Promise<Set<string>> {
  const rows = await tx.story.findMany({ where: { deletedAt: null, title: { in: titles } }, select: { title: true } });
  return new Set(rows.map((r) => r.title));
}
