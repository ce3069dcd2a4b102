/** Data access for claims. */
import type { Prisma } from "./generated/sqlite/client";
import { dbProvider, getDb, type Tx } from "./db";

const withAuthor = { createdBy: { select: { id: true, name: true } } } as const;

export async function findArticleClaimsPage(articleId: string, limit: number, after?: { start: number; id: string }) {
  const db = await getDb();
  return db.claim.findMany({
    where: {
      articleId,
      deletedAt: null,
      ...(after && { OR: [{ start: { gt: after.start } }, { start: after.start, id: { gt: after.id } }] }),
    },
    orderBy: [{ start: "asc" }, { id: "asc" }],
    take: limit + 1,
    include: withAuthor,
  });
}

export async function findClaim(id: string, tx?: Tx) {
  const db = tx ?? (await getDb());
  return db.claim.findFirst({ where: { id, deletedAt: null, article: { deletedAt: null } }, include: withAuthor });
}

/** A claim whether deleted or not (for restore). */
export async function findClaimIncludingDeleted(id: string, tx: Tx) {
  return tx.claim.findFirst({ where: { id, article: { deletedAt: null } }, include: withAuthor });
}

export type ClaimRow = NonNullable<Awaited<ReturnType<typeof findClaim>>>;

/** Every live claim of a story, in reading order per article. */
export async function findStoryClaims(storyId: string) {
  const db = await getDb();
  return db.claim.findMany({
    where: { storyId, deletedAt: null, article: { deletedAt: null } },
    orderBy: [{ articleId: "asc" }, { start: "asc" }, { id: "asc" }],
    include: withAuthor,
  });
}

/** How many live claims each article of the story has, per sourcing (the dashboard's chart). */
export async function countStoryClaimsBySourcing(storyId: string) {
  const db = await getDb();
  const groups = await db.claim.groupBy({ by: ["articleId", "sourcing"], where: { storyId, deletedAt: null }, _count: { _all: true } });
  return groups.map((g) => ({ articleId: g.articleId, sourcing: g.sourcing, count: g._count._all }));
}

/** Every live claim of one article, in reading order. */
export async function findAllArticleClaims(articleId: string, tx?: Tx) {
  const db = tx ?? (await getDb());
  return db.claim.findMany({ where: { articleId, deletedAt: null }, orderBy: [{ start: "asc" }, { id: "asc" }], include: withAuthor });
}

export async function insertClaim(tx: Tx, data: Prisma.ClaimUncheckedCreateInput) {
  const row = await tx.claim.create({ data, include: withAuthor });
  return row;
}

/** Applies the change only if the claim is still at `version`; returns the new row or null. */
export async function updateClaimAtVersion(tx: Tx, id: string, version: number, data: Prisma.ClaimUncheckedUpdateManyInput, deleted = false) {
  const { count } = await tx.claim.updateMany({
    where: { id, version, deletedAt: deleted ? { not: null } : null },
    data: { ...data, version: { increment: 1 } },
  });
  return count === 0 ? null : tx.claim.findUniqueOrThrow({ where: { id }, include: withAuthor });
}

export interface ClaimFilters {
  q?: string;
  sourcing?: string[];
  status?: string[];
  source?: string;
  authorId?: string;
  articleId?: string;
  orphaned?: boolean;
}

/** Case-insensitive "contains" on both databases (SQLite's LIKE already ignores ASCII case). */
function containsText(value: string) {
  return dbProvider() === "postgresql" ? ({ contains: value, mode: "insensitive" } as unknown as { contains: string }) : { contains: value };
}

/** A story's live claims matching the filters, in article then reading order (at most `limit`). */
export async function searchStoryClaims(storyId: string, f: ClaimFilters, limit: number) {
  const db = await getDb();
  const where: Prisma.ClaimWhereInput = {
    storyId,
    deletedAt: null,
    article: { deletedAt: null },
    ...(f.sourcing?.length && { sourcing: { in: f.sourcing as never } }),
    ...(f.status?.length && { status: { in: f.status as never } }),
    ...(f.source && { source: containsText(f.source) }),
    ...(f.authorId && { createdById: f.authorId }),
    ...(f.articleId && { articleId: f.articleId }),
    ...(f.orphaned !== undefined && { orphaned: f.orphaned }),
    ...(f.q && { OR: [{ statement: containsText(f.q) }, { exact: containsText(f.q) }, { source: containsText(f.q) }, { cue: containsText(f.q) }] }),
  };
  const [rows, total] = await Promise.all([
    db.claim.findMany({
      where,
      orderBy: [{ article: { position: "asc" } }, { articleId: "asc" }, { start: "asc" }, { id: "asc" }],
      take: limit,
      include: { ...withAuthor, article: { select: { title: true } } },
    }),
    db.claim.count({ where }),
  ]);
  return { rows, total };
}

/** The people who recorded claims in a story (for the author filter). */
export async function findStoryClaimAuthors(storyId: string) {
  const db = await getDb();
  return db.user.findMany({
    where: { claims: { some: { storyId, deletedAt: null } } },
    select: { id: true, name: true },
    orderBy: { name: "asc" },
  });
}
