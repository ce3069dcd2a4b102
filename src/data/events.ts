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
 * Inserts the events and answers them with their ids, in order. On PostgreSQL the story's
 * advisory lock is taken first, so that within a story ids are handed out in commit order (a
 * stream that has delivered id N never later finds an id below N), and a NOTIFY is queued:
 * PostgreSQL delivers it on commit, to every instance, and never for a rolled-back change.
 */
export async function insertEvents(tx: Tx, events: EventInsert[]): Promise<EventRow[]> {
  if (events.length === 0) return [];
  const postgres = dbProvider() === "postgresql";
  const stories = [...new Set(events.map((e) => e.storyId))].sort();
  if (postgres) for (const storyId of stories) await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${"story_event:" + storyId}))`;
  const rows = await tx.storyEvent.createManyAndReturn({ data: events.map(({ data, ...rest }) => ({ ...rest, ...(data !== null && { data }) })) });
  rows.sort((a, b) => a.id - b.id);
  if (postgres) {
    const last = new Map(rows.map((r) => [r.storyId, r.id]));
    for (const [storyId, id] of last) await tx.$executeRaw`SELECT pg_notify(${EVENTS_CHANNEL}, ${`${storyId}:${id}`})`;
  }
  return rows;
}

export type EventRow = Prisma.StoryEventGetPayload<object>;

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
