/**
 * The versioned-write ritual, once for every kind (./kind.ts): inside one transaction, find the
 * live row, let the kind authorise the change, compare the version, write at that version, audit
 * the before and after, touch the story's stamp, and answer the DTO. A version that no longer
 * matches is a 409 naming the row as it is now; nothing is written.
 */
import { inTransaction, type Tx } from "@/data/db";
import { touchStory } from "@/data/stories";
import { recordAudit } from "@/domain/audit/record";
import type { Actor } from "@/domain/auth/actor";
import { DomainError, notFound, staleVersion } from "@/domain/errors";
import { type Columns, type Kind, notFoundName, type VersionedRow } from "./kind";

export interface Change<Row, Prepared = void> {
  /**
   * Checks on the current row that come before the version is compared (permissions, and rules
   * whose refusal is not a conflict); may work out what the change implies (a review status).
   */
  authorize: (current: Row, tx: Tx) => Prepared | Promise<Prepared>;
  /** Checks that come after the version comparison (a refusal that depends on fresh state). */
  check?: (current: Row, prepared: Prepared) => void;
  /** The columns to write. */
  data: (current: Row, prepared: Prepared, tx: Tx) => object | Promise<object>;
  /** The audit action's verb: `${entity}.${verb}` (default "update"). */
  verb?: string;
  /** More writes in the same transaction, after the row's (a review decision's note). */
  alongside?: (row: Row, tx: Tx) => Promise<unknown>;
}

async function requireCurrent<Row extends VersionedRow, Dto>(kind: Kind<Row, Dto>, tx: Tx, id: string, deleted = false): Promise<Row> {
  const current = await kind.find(id, { tx, deleted });
  if (!current) throw notFound(notFoundName(kind, id));
  return current;
}

function assertVersion<Row extends VersionedRow, Dto>(kind: Kind<Row, Dto>, current: Row, version: number): void {
  if (current.version !== version) throw staleVersion(kind.entity, kind.describe(current), current);
}

/** After a write matched no row: someone changed it in between; answer with the row as it is now. */
async function staleAfterWrite<Row extends VersionedRow, Dto>(kind: Kind<Row, Dto>, tx: Tx, current: Row): Promise<never> {
  const now = (await kind.find(current.id, { tx, deleted: true })) ?? current;
  throw staleVersion(kind.entity, kind.describe(now), now);
}

async function finish<Row extends VersionedRow, Dto>(
  kind: Kind<Row, Dto>,
  tx: Tx,
  actor: Actor,
  verb: string,
  before: Row | null,
  row: Row,
  after: Row | null,
): Promise<Dto> {
  const storyId = kind.storyOf(row);
  const dto = await kind.toDto(row, tx);
  await recordAudit(tx, actor, {
    action: `${kind.entity}.${verb}`,
    entity: kind.entity,
    entityId: row.id,
    storyId,
    before: before && kind.audited(before),
    after: after && kind.audited(after),
    version: row.version,
    data: after ? dto : undefined,
  });
  if (storyId) await touchStory(tx, storyId);
  return dto;
}

/** Changes a live row at the version the client read. */
export function updateAtVersion<Row extends VersionedRow, Dto, Prepared = void>(
  kind: Kind<Row, Dto>,
  actor: Actor,
  id: string,
  version: number,
  change: Change<Row, Prepared>,
): Promise<Dto> {
  return inTransaction((tx) => updateAtVersionIn(tx, kind, actor, id, version, change));
}

/** updateAtVersion inside a caller's transaction (a change that writes several rows at once). */
export async function updateAtVersionIn<Row extends VersionedRow, Dto, Prepared = void>(
  tx: Tx,
  kind: Kind<Row, Dto>,
  actor: Actor,
  id: string,
  version: number,
  change: Change<Row, Prepared>,
): Promise<Dto> {
  const current = await requireCurrent(kind, tx, id);
  const prepared = await change.authorize(current, tx);
  assertVersion(kind, current, version);
  change.check?.(current, prepared);
  const row = (await kind.writeAtVersion(tx, id, version, (await change.data(current, prepared, tx)) as Columns)) ?? (await staleAfterWrite(kind, tx, current));
  await change.alongside?.(row, tx);
  return finish(kind, tx, actor, change.verb ?? "update", current, row, row);
}

/** Soft delete: the row leaves lists and comparisons, and can be restored. */
export async function softDelete<Row extends VersionedRow, Dto>(
  kind: Kind<Row, Dto>,
  actor: Actor,
  id: string,
  version: number,
  authorize: (current: Row) => void,
): Promise<void> {
  await inTransaction((tx) => softDeleteIn(tx, kind, actor, id, version, authorize));
}

/** softDelete inside a caller's transaction; `verb` names why in the audit trail (default "delete"). */
export async function softDeleteIn<Row extends VersionedRow, Dto>(
  tx: Tx,
  kind: Kind<Row, Dto>,
  actor: Actor,
  id: string,
  version: number,
  authorize: (current: Row) => void,
  verb = "delete",
): Promise<void> {
  const current = await requireCurrent(kind, tx, id);
  authorize(current);
  assertVersion(kind, current, version);
  const row = (await kind.writeAtVersion(tx, id, version, { deletedAt: new Date() })) ?? (await staleAfterWrite(kind, tx, current));
  await finish(kind, tx, actor, verb, current, row, null);
}

/** Undoes a soft delete, at the version the deleted row has; `data` adds what a restore implies. */
export function restore<Row extends VersionedRow, Dto>(
  kind: Kind<Row, Dto>,
  actor: Actor,
  id: string,
  version: number,
  authorize: (current: Row) => void,
  data: (current: Row) => object = () => ({}),
): Promise<Dto> {
  return inTransaction(async (tx) => {
    const current = await requireCurrent(kind, tx, id, true);
    if (!current.deletedAt) throw new DomainError("conflict", `This ${kind.noun} is not deleted.`);
    authorize(current);
    assertVersion(kind, current, version);
    const row =
      (await kind.writeAtVersion(tx, id, version, { deletedAt: null, ...data(current) }, { deleted: true })) ?? (await staleAfterWrite(kind, tx, current));
    return finish(kind, tx, actor, "restore", null, row, row);
  });
}

/** Records a new row's audit entry and moves its story's stamp (the insert itself is the kind's). */
export function created<Row extends VersionedRow, Dto>(kind: Kind<Row, Dto>, tx: Tx, actor: Actor, row: Row): Promise<Dto> {
  return finish(kind, tx, actor, "create", null, row, row);
}
