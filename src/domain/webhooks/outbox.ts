/**
 * The webhook outbox (issue 16): for each event of a change, one delivery per enabled webhook that
 * subscribes to it, inserted in the change's own transaction. A change that commits has its
 * deliveries stored with it, so a crash or restart before sending loses none; one that rolls back
 * has none. With no webhooks this costs one query on a small table.
 */
import { randomUUID } from "node:crypto";
import { afterCommit, type Tx } from "@/data/db";
import { type DeliveryInsert, findEnabledSubscriptions, insertDeliveries } from "@/data/webhooks";
import type { StoryEventDto } from "@/domain/events/schemas";
import { wakeWebhookWorker } from "./wake";

/** `claim.created`, `link.deleted`, ... */
export const eventNameOf = (event: Pick<StoryEventDto, "entity" | "action">) => `${event.entity}.${event.action}`;

export function subscribes(events: readonly string[], name: string): boolean {
  return events.includes("*") || events.includes(name);
}

/** The JSON a receiver gets: the event, named, with the delivery's id. */
export function deliveryBody(deliveryId: string, event: StoryEventDto): string {
  return JSON.stringify({ id: deliveryId, event: eventNameOf(event), data: event });
}

export async function queueWebhookDeliveries(tx: Tx, events: StoryEventDto[]): Promise<void> {
  if (events.length === 0) return;
  const hooks = await findEnabledSubscriptions(tx);
  if (hooks.length === 0) return;
  const rows: DeliveryInsert[] = [];
  for (const event of events) {
    const name = eventNameOf(event);
    for (const hook of hooks) {
      if (!subscribes(hook.events as string[], name)) continue;
      const id = randomUUID();
      rows.push({ id, webhookId: hook.id, eventId: event.id, event: name, body: deliveryBody(id, event) });
    }
  }
  if (rows.length === 0) return;
  await insertDeliveries(tx, rows);
  afterCommit(tx, wakeWebhookWorker);
}
