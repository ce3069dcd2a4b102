/**
 * Writes who changed what, when, with the before and after of the changed fields, in the same
 * transaction as the change itself.
 */
import { insertAuditEntries, insertAuditEntry } from "@/data/audit";
import type { Tx } from "@/data/db";
import type { Actor } from "@/domain/auth/actor";
import { type EventDraft, recordEvents } from "@/domain/events/record";

export type AuditEntity = "story" | "article" | "article_text" | "claim" | "proposition" | "link" | "user" | "comment" | "webhook" | "assignment" | "round";
type Row = Record<string, unknown>;

const IGNORED = new Set(["updatedAt", "createdAt", "version"]);

function jsonable(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (typeof value === "bigint") return Number(value);
  return value;
}

/** Only the fields that changed, on each side. */
export function changedFields(before: Row | null, after: Row | null): { before: Row | null; after: Row | null } {
  if (!before || !after) {
    const pick = (r: Row | null) =>
      r &&
      Object.fromEntries(
        Object.entries(r)
          .filter(([k]) => !IGNORED.has(k))
          .map(([k, v]) => [k, jsonable(v)]),
      );
    return { before: pick(before), after: pick(after) };
  }
  const b: Row = {};
  const a: Row = {};
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (IGNORED.has(key)) continue;
    const x = jsonable(before[key]);
    const y = jsonable(after[key]);
    if (JSON.stringify(x) !== JSON.stringify(y)) {
      b[key] = x;
      a[key] = y;
    }
  }
  return { before: b, after: a };
}

type AuditDraft = {
  action: string;
  entity: AuditEntity;
  entityId: string;
  storyId: string | null;
  before: Row | null;
  after: Row | null;
  /** The record's version after the change, for the live event (issue 16). */
  version?: number;
  /** What a live client needs to update without a refetch (the record's answer), when small. */
  data?: unknown;
};

/** The row an entry is stored as: who, where, what, and only the fields that changed on each side. */
function toInsert(actor: Actor, entry: AuditDraft) {
  const diff = changedFields(entry.before, entry.after);
  return {
    actorId: actor.userId,
    storyId: entry.storyId,
    action: entry.action,
    entity: entry.entity,
    entityId: entry.entityId,
    before: diff.before as never,
    after: diff.after as never,
  };
}

/** An audited change of a story is also a live event (issue 16): same transaction, same facts. */
function toEvent(actor: Actor, entry: AuditDraft, inserted: ReturnType<typeof toInsert>): EventDraft | null {
  if (!entry.storyId) return null;
  const changed = Object.keys(inserted.after ?? inserted.before ?? {});
  return {
    storyId: entry.storyId,
    actor,
    verb: entry.action.slice(entry.action.indexOf(".") + 1),
    entity: entry.entity,
    entityId: entry.entityId,
    version: entry.version ?? null,
    data: entry.data === undefined ? { changed } : { changed, record: entry.data },
  };
}

export async function recordAudit(tx: Tx, actor: Actor, entry: AuditDraft): Promise<void> {
  const inserted = toInsert(actor, entry);
  await insertAuditEntry(tx, inserted);
  const event = toEvent(actor, entry, inserted);
  if (event) await recordEvents(tx, [event]);
}

/** Several entries at once (bulk imports), with the same field selection as recordAudit. */
export async function recordAudits(tx: Tx, actor: Actor, entries: AuditDraft[]): Promise<void> {
  const inserted = entries.map((entry) => toInsert(actor, entry));
  await insertAuditEntries(tx, inserted);
  await recordEvents(
    tx,
    entries.flatMap((entry, i) => toEvent(actor, entry, inserted[i]!) ?? []),
  );
}
