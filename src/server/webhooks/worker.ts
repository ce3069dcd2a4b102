/**
 * The webhook delivery worker (issue 16), one per server process. It claims due deliveries from the
 * outbox (src/data/webhooks.ts: a lease, `FOR UPDATE SKIP LOCKED` on PostgreSQL, so instances
 * share the work without sending a delivery twice at once), sends each signed, and records the
 * answer: delivered, or tried again later with exponential backoff, or failed after the last attempt.
 *
 * It never polls at idle: it is woken after a commit that stored deliveries (in process, and on
 * PostgreSQL by NOTIFY from any instance), and otherwise sleeps until the next pending delivery
 * falls due (a retry, or a lease that ran out because a worker died mid-request). At start it
 * drains whatever is due, so deliveries stored before a restart are sent.
 */
import "server-only";
import { claimDueDeliveries, nextDueAt, recordAttempt, type ClaimedDelivery } from "@/data/webhooks";
import { onWebhookWake } from "@/domain/webhooks/wake";
import { DEFAULT_RETRY, type RetryPolicy, retryDelayMs } from "./backoff";
import { DELIVERY_TIMEOUT_MS, sendDelivery } from "./send";

export interface WorkerOptions {
  retry?: RetryPolicy;
  /** How many deliveries are sent at once. */
  concurrency?: number;
  /** How long a claim holds a delivery before another worker may take it (longer than a request). */
  leaseMs?: number;
}

interface WorkerState {
  options: Required<WorkerOptions>;
  running: boolean;
  /** A pass is under way; a wake during it asks for another. */
  busy: Promise<void> | null;
  again: boolean;
  timer: NodeJS.Timeout | null;
  timerDue?: number;
  unsubscribe: () => void;
}

const globalForWorker = globalThis as unknown as { claimboardWebhookWorker?: WorkerState };

/** Starts the worker (once per process); resolves after its first pass. */
export async function startWebhookWorker(options: WorkerOptions = {}): Promise<void> {
  if (globalForWorker.claimboardWebhookWorker?.running) return;
  const state: WorkerState = {
    options: { retry: DEFAULT_RETRY, concurrency: 4, leaseMs: DELIVERY_TIMEOUT_MS * 3, ...options },
    running: true,
    busy: null,
    again: false,
    timer: null,
    unsubscribe: () => undefined,
  };
  globalForWorker.claimboardWebhookWorker = state;
  state.unsubscribe = onWebhookWake(() => wake(state));
  await listenAcrossInstances();
  wake(state);
  await state.busy;
}

/** Stops the worker: no new pass starts; the one under way finishes. */
export async function stopWebhookWorker(): Promise<void> {
  const state = globalForWorker.claimboardWebhookWorker;
  if (!state) return;
  globalForWorker.claimboardWebhookWorker = undefined;
  state.running = false;
  state.unsubscribe();
  if (state.timer) clearTimeout(state.timer);
  await state.busy;
}

/** Resolves once the worker has no pass under way (tests wait on it). */
export async function webhookWorkerIdle(): Promise<void> {
  const state = globalForWorker.claimboardWebhookWorker;
  while (state?.busy) await state.busy;
}

async function listenAcrossInstances(): Promise<void> {
  const { dbProvider } = await import("@/data/db");
  if (dbProvider() !== "postgresql") return;
  const { ensureListening } = await import("@/server/events/postgres-listener");
  await ensureListening().catch((error: unknown) => console.error("webhooks: LISTEN failed, retrying", error));
}

function wake(state: WorkerState): void {
  if (!state.running) return;
  if (state.busy) {
    state.again = true;
    return;
  }
  state.busy = pass(state)
    .catch((error: unknown) => {
      console.error("webhooks: delivery pass failed", error);
      // The database may be away: try again later rather than spin.
      schedule(state, new Date(Date.now() + 5_000));
    })
    .finally(() => {
      state.busy = null;
      if (state.again) {
        state.again = false;
        wake(state);
      }
    });
}

async function pass(state: WorkerState): Promise<void> {
  const { concurrency, leaseMs } = state.options;
  for (;;) {
    if (!state.running) return;
    const now = new Date();
    const claimed = await claimDueDeliveries(now, new Date(now.getTime() + leaseMs), concurrency);
    if (claimed.length === 0) break;
    await Promise.all(claimed.map((delivery) => attempt(state, delivery)));
  }
  if (!state.running) return;
  const next = await nextDueAt();
  if (next) schedule(state, next);
}

async function attempt(state: WorkerState, delivery: ClaimedDelivery): Promise<void> {
  const result = await sendDelivery(delivery);
  const now = new Date();
  if (result.ok) {
    await recordAttempt(delivery.id, { status: "delivered", statusCode: result.statusCode, error: null, deliveredAt: now });
    return;
  }
  const delay = retryDelayMs(delivery.attempts, state.options.retry);
  await recordAttempt(delivery.id, {
    status: delay === null ? "failed" : "pending",
    statusCode: result.statusCode,
    error: result.error,
    ...(delay !== null && { nextAttemptAt: new Date(now.getTime() + delay) }),
  });
}

/** Sleeps until `at` (replacing a later wake-up; an earlier one stays). */
function schedule(state: WorkerState, at: Date): void {
  if (!state.running) return;
  const delay = Math.max(0, at.getTime() - Date.now());
  const due = Date.now() + delay;
  if (state.timer && state.timerDue !== undefined && state.timerDue <= due) return;
  if (state.timer) clearTimeout(state.timer);
  state.timerDue = due;
  state.timer = setTimeout(
    () => {
      state.timer = null;
      state.timerDue = undefined;
      wake(state);
    },
    Math.min(delay, 2 ** 31 - 1),
  );
  state.timer.unref();
}
