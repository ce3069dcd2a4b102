/**
 * The in-process side of live events: "story S has events up to id N". Streams wake on it and read
 * what is new from the event log, so a wake-up carries no data and a missed one loses nothing. On
 * SQLite (one process) the write wakes it after commit; on PostgreSQL every instance's LISTEN
 * connection wakes it (src/server/events/postgres-listener.ts), its own writes included.
 */
import { EventEmitter } from "node:events";

export type Wake = (storyId: string, eventId: number) => void;
export type PresenceMessage = { instance: string; storyId: string; viewers: unknown[] };

interface BusHolder {
  emitter: EventEmitter;
}

const globalForBus = globalThis as unknown as { claimboardEventBus?: BusHolder };

function holder(): BusHolder {
  if (!globalForBus.claimboardEventBus) {
    const emitter = new EventEmitter();
    emitter.setMaxListeners(0);
    globalForBus.claimboardEventBus = { emitter };
  }
  return globalForBus.claimboardEventBus;
}

export function wakeStory(storyId: string, eventId: number): void {
  holder().emitter.emit("wake", storyId, eventId);
}

/** Every wake-up of this process; answers the unsubscribe. */
export function onWake(listener: Wake): () => void {
  const { emitter } = holder();
  emitter.on("wake", listener);
  return () => emitter.off("wake", listener);
}

/** A person has new notifications (src/domain/notifications/record.ts). */
export function wakeUser(userId: string): void {
  holder().emitter.emit("user", userId);
}

export function onUserWake(listener: (userId: string) => void): () => void {
  const { emitter } = holder();
  emitter.on("user", listener);
  return () => emitter.off("user", listener);
}
