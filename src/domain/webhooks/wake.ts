/**
 * Wakes this process's delivery worker (src/server/webhooks/worker.ts) once deliveries are stored:
 * after commit, in process; on PostgreSQL the NOTIFY queued with the insert also wakes the workers
 * of other instances (src/server/events/postgres-listener.ts calls `wakeWebhookWorker`).
 */
type Waker = () => void;

const globalForWake = globalThis as unknown as { claimboardWebhookWakers?: Set<Waker> };
const wakers = () => (globalForWake.claimboardWebhookWakers ??= new Set());

export function onWebhookWake(waker: Waker): () => void {
  wakers().add(waker);
  return () => wakers().delete(waker);
}

export function wakeWebhookWorker(): void {
  for (const waker of wakers()) waker();
}
