/** Data access for the audit trail. Entries are only ever inserted, inside the change's transaction. */
import type { Prisma } from "./generated/sqlite/client";
import type { Tx } from "./db";

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
