/** Data access for the audit trail. Entries are only ever inserted, inside the change's transaction. */
import type { Prisma } from "@/data/generated/sqlite/client";
import { getDb, type Tx } from "./db";

export interface AuditInsert {
  actorId: string | null;
  storyId: string | null;
  action: string;
  entity: string;
  entityId: string;
  before: Prisma.InputJsonValue | null;
  after: Prisma.InputJsonValue | null;
}

export async function insertAuditEntry(tx: Tx, entry: AuditInsert) {
  const { before, after, ...rest } = entry;
  await tx.auditEntry.create({
    data: { ...rest, ...(before !== null && { before }), ...(after !== null && { after }) },
  });
}

export interface ActivityFilter {
  actorId?: string;
  action?: string;
  from?: Date;
  to?: Date;
}

/** A story's audit entries, newest first, keyset-paginated on (at, id). */
export async function findStoryActivity(storyId: string, f: ActivityFilter, limit: number, after?: { at: Date; id: string }) {
  const db = await getDb();
  return db.auditEntry.findMany({
    where: {
      storyId,
      ...(f.actorId && { actorId: f.actorId }),
      ...(f.action && { action: { startsWith: f.action } }),
      ...((f.from || f.to) && { at: { ...(f.from && { gte: f.from }), ...(f.to && { lte: f.to }) } }),
      ...(after && { OR: [{ at: { lt: after.at } }, { at: after.at, id: { lt: after.id } }] }),
    },
    orderBy: [{ at: "desc" }, { id: "desc" }],
    take: limit + 1,
    include: { actor: { select: { id: true, name: true } } },
  });
}

/** The people who changed something in a story (for the activity filter). */
export async function findStoryActors(storyId: string) {
  const db = await getDb();
  return db.user.findMany({ where: { auditEntries: { some: { storyId } } }, select: { id: true, name: true }, orderBy: { name: "asc" } });
}

/** Which of these entities are currently soft-deleted (so the activity page can offer restore). */
export async function findDeletedIds(ids: { claim: string[]; proposition: string[]; link: string[] }) {
  const db = await getDb();
  const [claims, propositions, links] = await Promise.all([
    db.claim.findMany({ where: { id: { in: ids.claim }, deletedAt: { not: null } }, select: { id: true, version: true } }),
    db.proposition.findMany({ where: { id: { in: ids.proposition }, deletedAt: { not: null } }, select: { id: true, version: true } }),
    db.claimLink.findMany({ where: { id: { in: ids.link }, deletedAt: { not: null } }, select: { id: true, version: true } }),
  ]);
  return new Map([...claims, ...propositions, ...links].map((r) => [r.id, r.version]));
}

/** The most recent audit entry of an entity (the change a stale write collided with). */
export async function findLastChange(entities: string[], entityId: string) {
  const db = await getDb();
  return db.auditEntry.findFirst({
    where: { entity: { in: entities }, entityId },
    orderBy: [{ at: "desc" }, { id: "desc" }],
    select: { at: true, actor: { select: { name: true } } },
  });
}

/** Many entries in one statement (an import records one entry per imported row). */
export async function insertAuditEntries(tx: Tx, entries: AuditInsert[]) {
  if (entries.length === 0) return;
  await tx.auditEntry.createMany({
    data: entries.map(({ before, after, ...rest }) => ({ ...rest, ...(before !== null && { before }), ...(after !== null && { after }) })),
  });
}
