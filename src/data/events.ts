/**
 * Data access for the story event log (issue 16). Events are only ever inserted, in the change's
 * transaction, and read in id order: a stream replays everything after the last id it delivered.
 */
import type { Prisma } from "@/data/generated/sqlite/client";
import { dbProvider, getDb, type Tx } from "./db";

export interface EventInsert {
  storyId: string;
  actorId: string | null;
  actorName: string;
  action: string;
  entity: string;
  entityId: string;
  version: number | null;
  data: Prisma.InputJsonValue | null;
}

/** The channel PostgreSQL carries wake-ups on: `<storyId>:<eventId>`. */
export const EVENTS_CHANNEL = "claimboard_events";

/**
 * Inserts the events and answers the last id per story. On PostgreSQL the story's advisory lock
 * is taken first, so that within a story ids are handed out in commit order (a stream that has
 * delivered id N never later finds an id below N), and a NOTIFY is queued: PostgreSQL delivers it
 * on commit, to every instance, and never for a rolled-back change.
 */
export async function insertEvents(tx: Tx, events: EventInsert[]): Promise<Map<string, number>> {
  const last = new Map<string, number>();
  if (events.length === 0) return last;
  const postgres = dbProvider() === "postgresql";
  const stories = [...new Set(events.map((e) => e.storyId))].sort();
  if (postgres) for (const storyId of stories) await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${"story_event:" + storyId}))`;
  if (events.length === 1) {
    const { data, ...rest } = events[0]!;
    const row = await tx.storyEvent.create({ data: { ...rest, ...(data !== null && { data }) }, select: { id: true } });
    last.set(rest.storyId, row.id);
  } else {
    await tx.storyEvent.createMany({ data: events.map(({ data, ...rest }) => ({ ...rest, ...(data !== null && { data }) })) });
    const rows = await tx.storyEvent.groupBy({ by: ["storyId"], where: { storyId: { in: stories } }, _max: { id: true } });
    for (const r of rows) if (r._max.id !== null) last.set(r.storyId, r._max.id);
  }
  if (postgres) for (const [storyId, id] of last) await tx.$executeRaw`SELECT pg_notify(${EVENTS_CHANNEL}, ${`${storyId}:${id}`})`;
  return last;
}

export type EventRow = Awaited<ReturnType<typeof findEventsAfter>>[number];

/** A story's events after `afterId`, oldest first, at most `limit`. */
export async function findEventsAfter(storyId: string, afterId: number, limit: number) {
  const db = await getDb();
  return db.storyEvent.findMany({ where: { storyId, id: { gt: afterId } }, orderBy: { id: "asc" }, take: limit });
}

/** The newest event id of a story (0 when it has none): where a fresh stream starts. */
export async function latestEventId(storyId: string): Promise<number> {
  const db = await getDb();
  const row = await db.storyEvent.findFirst({ where: { storyId }, orderBy: { id: "desc" }, select: { id: true } });
  return row?.id ?? 0;
}
