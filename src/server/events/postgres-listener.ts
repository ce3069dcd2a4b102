/**
 * One LISTEN connection per process on PostgreSQL (issue 16): NOTIFYs queued by writes on any
 * instance wake this process's streams, and presence announcements travel the same way. A dropped
 * connection is reopened with backoff, and every open stream then catches up from the event log,
 * so nothing is lost while it was down.
 */
import "server-only";
import { randomUUID } from "node:crypto";
import pg from "pg";
import { databaseTarget } from "@/data/database-target";
import { getDb } from "@/data/db";
import { EVENTS_CHANNEL } from "@/data/events";
import { env } from "@/config/env";
import { wakeStory, wakeUser } from "@/domain/events/bus";
import { NOTIFICATIONS_CHANNEL } from "@/domain/notifications/record";

import { WEBHOOKS_CHANNEL } from "@/data/webhooks";
import { wakeWebhookWorker } from "@/domain/webhooks/wake";

export const PRESENCE_CHANNEL = "claimboard_presence";

type Handler = (payload: string) => void;

interface ListenerState {
  client: pg.Client | null;
  connecting: Promise<void> | null;
  presenceHandlers: Set<Handler>;
  reconnectHandlers: Set<() => void>;
  instance: string;
  retryMs: number;
}

const globalForListener = globalThis as unknown as { claimboardPgListener?: ListenerState };

function state(): ListenerState {
  globalForListener.claimboardPgListener ??= {
    client: null,
    connecting: null,
    presenceHandlers: new Set(),
    reconnectHandlers: new Set(),
    instance: randomUUID(),
    retryMs: 250,
  };
  return globalForListener.claimboardPgListener;
}

/** This process's name in presence announcements. */
export const instanceId = () => state().instance;

function onNotification(message: pg.Notification): void {
  const payload = message.payload ?? "";
  if (message.channel === EVENTS_CHANNEL) {
    const at = payload.lastIndexOf(":");
    const id = Number(payload.slice(at + 1));
    if (at > 0 && Number.isInteger(id)) wakeStory(payload.slice(0, at), id);
  } else if (message.channel === NOTIFICATIONS_CHANNEL) {
    wakeUser(payload);
  } else if (message.channel === WEBHOOKS_CHANNEL) {
    wakeWebhookWorker();
  } else if (message.channel === PRESENCE_CHANNEL) {
    for (const handler of state().presenceHandlers) handler(payload);
  }
}

async function connect(s: ListenerState): Promise<void> {
  const target = databaseTarget(env().DATABASE_URL);
  if (target.provider !== "postgresql") return;
  const client = new pg.Client({ connectionString: target.url });
  const lost = () => {
    if (s.client !== client) return;
    s.client = null;
    client.removeAllListeners();
    client.end().catch(() => undefined);
    setTimeout(() => void ensureListening().catch(() => undefined), s.retryMs).unref();
    s.retryMs = Math.min(s.retryMs * 2, 5_000);
  };
  client.on("error", lost);
  client.on("end", lost);
  client.on("notification", onNotification);
  await client.connect();
  await client.query(`LISTEN ${EVENTS_CHANNEL}`);
  await client.query(`LISTEN ${PRESENCE_CHANNEL}`);
  await client.query(`LISTEN ${NOTIFICATIONS_CHANNEL}`);
  await client.query(`LISTEN ${WEBHOOKS_CHANNEL}`);
  s.client = client;
  s.retryMs = 250;
  for (const handler of s.reconnectHandlers) handler();
  // Deliveries stored while the connection was down.
  wakeWebhookWorker();
}

/** Starts listening (once); resolves when the LISTEN is in place. */
export function ensureListening(): Promise<void> {
  const s = state();
  if (s.client) return Promise.resolve();
  s.connecting ??= connect(s)
    .catch((error: unknown) => {
      setTimeout(() => void ensureListening().catch(() => undefined), s.retryMs).unref();
      s.retryMs = Math.min(s.retryMs * 2, 5_000);
      throw error;
    })
    .finally(() => {
      s.connecting = null;
    });
  return s.connecting;
}

export function onPresenceMessage(handler: Handler): () => void {
  state().presenceHandlers.add(handler);
  return () => state().presenceHandlers.delete(handler);
}

/** Called after every (re)connection: streams re-read the log for what they may have missed. */
export function onListenerConnected(handler: () => void): () => void {
  state().reconnectHandlers.add(handler);
  return () => state().reconnectHandlers.delete(handler);
}

/** Sends a presence announcement to every instance (this one included), over the shared pool. */
export async function notifyPresence(payload: string): Promise<void> {
  const db = await getDb();
  await db.$executeRaw`SELECT pg_notify(${PRESENCE_CHANNEL}, ${payload})`;
}
