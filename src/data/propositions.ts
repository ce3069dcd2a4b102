/** Data access for propositions and claim links. */
import { Prisma } from "@/data/generated/sqlite/client";
import type { Sourcing, Stance } from "@/domain/vocabulary";
import { getDb, type ReadOptions, readerOf, type Tx, type WriteOptions } from "./db";

const withLinks = {
  links: {
    where: { deletedAt: null, claim: { deletedAt: null, article: { deletedAt: null } } },
    include: { claim: { select: { id: true, articleId: true, statement: true, sourcing: true, exact: true, source: true, orphaned: true } } },
    orderBy: [{ createdAt: "asc" as const }, { id: "asc" as const }],
  },
  createdBy: { select: { id: true, name: true } },
} satisfies Prisma.PropositionInclude;

/** The story's live propositions with their links, or only those with the given ids. */
export async function findStoryPropositions(storyId: string, ids?: string[]) {
  const db = await getDb();
  return db.proposition.findMany({
    where: { storyId, deletedAt: null, ...(ids && { id: { in: ids } }) },
    orderBy: [{ position: "asc" }, { createdAt: "asc" }, { id: "asc" }],
    include: withLinks,
  });
}

export type PropositionRow = Awaited<ReturnType<typeof findStoryPropositions>>[number];

export async function findProposition(id: string, options: ReadOptions = {}) {
  const db = await readerOf(options);
  return db.proposition.findFirst({ where: { id, ...(!options.deleted && { deletedAt: null }), story: { deletedAt: null } }, include: withLinks });
}

export async function insertProposition(tx: Tx, data: Prisma.PropositionUncheckedCreateInput) {
  const position = await tx.proposition.count({ where: { storyId: data.storyId } });
  const row = await tx.proposition.create({ data: { ...data, position } });
  return (await findProposition(row.id, { tx }))!;
}

export async function updatePropositionAtVersion(tx: Tx, id: string, version: number, data: Prisma.PropositionUncheckedUpdateManyInput, options: WriteOptions = {}) {
  const { count } = await tx.proposition.updateMany({
    where: { id, version, deletedAt: options.deleted ? { not: null } : null },
    data: { ...data, version: { increment: 1 } },
  });
  return count === 0 ? null : findProposition(id, { tx, deleted: true });
}

const linkInclude = { claim: { select: { id: true, articleId: true, statement: true, sourcing: true, exact: true, source: true, orphaned: true } } } as const;

export async function findLink(id: string, options: ReadOptions = {}) {
  const db = await readerOf(options);
  return db.claimLink.findFirst({ where: { id, ...(!options.deleted && { deletedAt: null }) }, include: linkInclude });
}

export type LinkRow = NonNullable<Awaited<ReturnType<typeof findLink>>>;

export async function findLinkByPair(tx: Tx, claimId: string, propositionId: string) {
  return tx.claimLink.findUnique({ where: { claimId_propositionId: { claimId, propositionId } }, include: linkInclude });
}

/** A claim's live links to live propositions, oldest first: the propositions it speaks to. */
export async function findClaimLinks(tx: Tx, claimId: string) {
  return tx.claimLink.findMany({
    where: { claimId, deletedAt: null, proposition: { deletedAt: null } },
    select: { propositionId: true, stance: true },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
}

export async function insertLink(tx: Tx, data: Prisma.ClaimLinkUncheckedCreateInput) {
  return tx.claimLink.create({ data, include: linkInclude });
}

export async function updateLinkAtVersion(tx: Tx, id: string, version: number, data: Prisma.ClaimLinkUncheckedUpdateManyInput, options: WriteOptions = {}) {
  const { count } = await tx.claimLink.updateMany({
    where: { id, version, deletedAt: options.deleted ? { not: null } : null },
    data: { ...data, version: { increment: 1 } },
  });
  return count === 0 ? null : findLink(id, { tx, deleted: true });
}

/**
 * What the comparison needs, and nothing more: flat, indexed queries scoped to the story. The links
 * come joined with their claims in one hand-written query: through Prisma, reading every claim of
 * the story to join in memory cost 3x the whole baseline (npm run bench; docs/benchmarks.md).
 */
/** `approvedOnly`: only approved links of approved claims (the dashboard's "Approved only"). */
export async function findComparisonRows(storyId: string, options: { approvedOnly?: boolean } = {}) {
  const db = await getDb();
  const [articles, propositions, links] = await Promise.all([
    db.article.findMany({ where: { storyId, deletedAt: null }, orderBy: [{ position: "asc" }, { createdAt: "asc" }], select: { id: true, title: true } }),
    db.proposition.findMany({ where: { storyId, deletedAt: null }, orderBy: [{ position: "asc" }, { createdAt: "asc" }, { id: "asc" }], select: { id: true, statement: true, verdict: true } }),
    // Links of deleted claims drop out here; links to deleted articles are ignored by the comparison.
    // A link and its claim are always of one story (composite foreign key); saying so lets the
    // planner reach the claims by the story's index too, not only by 2,000 probes of the primary key.
    // Both providers take this SQL as is (quoted identifiers; enums come back as their names).
    // `orphaned` comes back as 0/1 from SQLite and as a boolean from PostgreSQL.
    db.$queryRaw<{ id: string; propositionId: string; claimId: string; stance: Stance; articleId: string; sourcing: Sourcing; orphaned: boolean | number | bigint }[]>`
      SELECT l."id", l."propositionId", l."claimId", l."stance", c."articleId", c."sourcing", c."orphaned"
      FROM "claim_link" l JOIN "claim" c ON c."id" = l."claimId" AND c."storyId" = l."storyId"
      WHERE l."storyId" = ${storyId} AND l."deletedAt" IS NULL AND c."deletedAt" IS NULL${
        options.approvedOnly ? Prisma.sql` AND CAST(l."status" AS TEXT) = 'approved' AND CAST(c."status" AS TEXT) = 'approved'` : Prisma.empty
      }`,
  ]);
  return { articles, propositions, links: links.map((l) => ({ ...l, orphaned: Boolean(l.orphaned) })) };
}
