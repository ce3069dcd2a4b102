/**
 * Writes live events (issue 16) in the transaction of the change they announce, from the audit
 * (src/domain/audit/record.ts): every audited change of a story is an event. After commit, this
 * process's streams are woken; on PostgreSQL the NOTIFY queued with the insert wakes every instance.
 */
import { afterCommit, dbProvider, type Tx } from "@/data/db";
import { insertEvents } from "@/data/events";
import type { Actor } from "@/domain/auth/actor";
import { recordNotifications } from "@/domain/notifications/record";
import { queueWebhookDeliveries } from "@/domain/webhooks/outbox";
import { wakeStory } from "./bus";
import { pastTense } from "./past-tense";
import { type StoryEventDto, toStoryEventDto } from "./schemas";

export interface EventDraft {
  storyId: string;
  actor: Pick<Actor, "userId" | "name">;
  /** The audit's verb ("create"); the event names it in the past tense. */
  verb: string;
  entity: string;
  entityId: string;
  version: number | null;
  data: { changed: string[]; record?: unknown };
}

/** A record's answer larger than this is left out of its event: clients refetch instead. */
const MAX_RECORD_BYTES = 4_000;

function small(data: EventDraft["data"]): EventDraft["data"] {
  if (data.record === undefined) return data;
  return JSON.stringify(data.record).length <= MAX_RECORD_BYTES ? data : { changed: data.changed };
}

/** Writes the events of a change in its transaction; answers them as streams and webhooks send them. */
export async function recordEvents(tx: Tx, drafts: EventDraft[]): Promise<StoryEventDto[]> {
  if (drafts.length === 0) return [];
  const rows = await insertEvents(
    tx,
    drafts.map((d) => ({
      storyId: d.storyId,
      actorId: d.actor.userId,
      actorName: d.actor.name,
      action: pastTense(d.verb),
      entity: d.entity,
      entityId: d.entityId,
      version: d.version,
      data: small(d.data) as never,
    })),
  );
  if (dbProvider() !== "postgresql") {
    const last = new Map(rows.map((r) => [r.storyId, r.id]));
    afterCommit(tx, () => last.forEach((id, storyId) => wakeStory(storyId, id)));
  }
  const events = rows.map(toStoryEventDto);
  await recordNotifications(tx, events);
  await queueWebhookDeliveries(tx, events);
  return events;
}
