/**
 * Runs once when a Next.js server process starts (Next.js instrumentation `register`): starts the
 * webhook delivery worker in the Node.js runtime, which first sends whatever the outbox holds from
 * before the restart (src/server/webhooks/worker.ts). Not during `next build`, and not in the edge
 * runtime (proxy.ts), which has no database.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { startWebhookWorker } = await import("@/server/webhooks/worker");
  // Not awaited: the first pass may wait on slow receivers, and the server need not.
  void startWebhookWorker().catch((error: unknown) => console.error("webhooks: the delivery worker did not start", error));
}
