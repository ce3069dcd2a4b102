/**
 * Data access for outbound webhooks and their delivery outbox (issue 16). Deliveries are inserted
 * in the transaction of the change whose event they carry; the worker claims due ones with a lease
 * (their `nextAttemptAt` is pushed past the lease, so a worker that dies mid-request leaves them
 * due again) and records each answer.
 */
import type { Prisma } from "@/data/generated/sqlite/client";
import { dbProvider, getDb, type ReadOptions, readerOf, type Tx } from "./db";

export type WebhookRow = Prisma.WebhookGetPayload<object>;
export type DeliveryRow = Prisma.WebhookDeliveryGetPayload<object>;

/** The channel that wakes every instance's delivery worker on PostgreSQL. */
export const WEBHOOKS_CHANNEL = "claimboard_webhooks";

/** The enabled webhooks and what they subscribe to: one small query per audited write. */
export async function findEnabledSubscriptions(tx: Tx): Promise<{ id: string; events: unknown }[]> {
  return tx.webhook.findMany({ where: { disabledAt: null }, select: { id: true, events: true } });
}

export interface DeliveryInsert {
  id: string;
  webhookId: string;
  eventId: number;
  event: string;
  body: string;
}

export async function insertDeliveries(tx: Tx, rows: DeliveryInsert[]): Promise<void> {
  if (rows.length === 0) return;
  await tx.webhookDelivery.createMany({ data: rows });
  if (dbProvider() === "postgresql") await tx.$executeRaw`SELECT pg_notify(${WEBHOOKS_CHANNEL}, '')`;
}

export async function insertWebhook(tx: Tx, data: { id: string; url: string; events: string[]; secret: string; createdById: string }) {
  return tx.webhook.create({ data });
}

export async function findWebhook(id: string, options: ReadOptions = {}) {
  const db = await readerOf(options);
  return db.webhook.findUnique({ where: { id } });
}

export async function findAllWebhooks() {
  const db = await getDb();
  return db.webhook.findMany({ orderBy: [{ createdAt: "desc" }, { id: "asc" }] });
}

export async function updateWebhookAtVersion(
  tx: Tx,
  id: string,
  version: number,
  data: { url?: string; events?: string[]; disabledAt?: Date | null },
): Promise<WebhookRow | null> {
  const { count } = await tx.webhook.updateMany({ where: { id, version }, data: { ...data, version: { increment: 1 } } });
  return count === 1 ? tx.webhook.findUnique({ where: { id } }) : null;
}

export async function deleteWebhookRow(tx: Tx, id: string): Promise<void> {
  await tx.webhook.delete({ where: { id } });
}

/** A webhook's deliveries, newest first. */
export async function findDeliveriesOf(webhookId: string, limit: number) {
  const db = await getDb();
  return db.webhookDelivery.findMany({ where: { webhookId }, orderBy: [{ createdAt: "desc" }, { eventId: "desc" }], take: limit });
}

export async function findDelivery(id: string, options: ReadOptions = {}) {
  const db = await readerOf(options);
  return db.webhookDelivery.findUnique({ where: { id } });
}

/** Makes a delivery due now again (a retry asked for by an admin), with a fresh set of attempts. */
export async function requeueDelivery(tx: Tx, id: string, now: Date) {
  const row = await tx.webhookDelivery.update({ where: { id }, data: { status: "pending", attempts: 0, nextAttemptAt: now, lastError: null } });
  if (dbProvider() === "postgresql") await tx.$executeRaw`SELECT pg_notify(${WEBHOOKS_CHANNEL}, '')`;
  return row;
}

/** A claimed delivery, with what the worker needs to send it. */
export interface ClaimedDelivery {
  id: string;
  webhookId: string;
  event: string;
  body: string;
  attempts: number;
  url: string;
  secret: string;
}

/** A timestamp as both databases compare it against a DateTime column in raw SQL. */
const sqlStamp = (at: Date) => at.toISOString().replace("Z", dbProvider() === "postgresql" ? "" : "+00:00");

/**
 * Claims up to `limit` due deliveries of enabled webhooks for this worker: their attempt count goes
 * up and their next attempt moves to `leaseUntil`, in one statement. On PostgreSQL the rows are
 * picked `FOR UPDATE SKIP LOCKED`, so instances claiming at once never get the same row; on
 * SQLite there is one writer at a time.
 */
export async function claimDueDeliveries(now: Date, leaseUntil: Date, limit: number): Promise<ClaimedDelivery[]> {
  const db = await getDb();
  const at = sqlStamp(now);
  const until = sqlStamp(leaseUntil);
  if (dbProvider() === "postgresql") {
    return db.$queryRaw<ClaimedDelivery[]>`
      WITH due AS (
        SELECT d."id" FROM "webhook_delivery" d JOIN "webhook" w ON w."id" = d."webhookId"
        WHERE d."status" = 'pending' AND d."nextAttemptAt" <= CAST(${at} AS timestamp(3)) AND w."disabledAt" IS NULL
        ORDER BY d."nextAttemptAt", d."eventId" LIMIT ${limit}
        FOR UPDATE OF d SKIP LOCKED
      )
      UPDATE "webhook_delivery" d SET "attempts" = d."attempts" + 1, "nextAttemptAt" = CAST(${until} AS timestamp(3)), "updatedAt" = CAST(${at} AS timestamp(3))
      FROM due, "webhook" w
      WHERE d."id" = due."id" AND w."id" = d."webhookId"
      RETURNING d."id", d."webhookId", d."event", d."body", d."attempts", w."url", w."secret"`;
  }
  return db.$transaction(async (tx) => {
    const due = await tx.webhookDelivery.findMany({
      where: { status: "pending", nextAttemptAt: { lte: now }, webhook: { disabledAt: null } },
      orderBy: [{ nextAttemptAt: "asc" }, { eventId: "asc" }],
      take: limit,
      include: { webhook: { select: { url: true, secret: true } } },
    });
    if (due.length === 0) return [];
    await tx.webhookDelivery.updateMany({ where: { id: { in: due.map((d) => d.id) } }, data: { attempts: { increment: 1 }, nextAttemptAt: leaseUntil } });
    return due.map((d) => ({ id: d.id, webhookId: d.webhookId, event: d.event, body: d.body, attempts: d.attempts + 1, url: d.webhook.url, secret: d.webhook.secret }));
  });
}

/** When the next pending delivery of an enabled webhook falls due (null when none is pending). */
export async function nextDueAt(): Promise<Date | null> {
  const db = await getDb();
  const row = await db.webhookDelivery.findFirst({
    where: { status: "pending", webhook: { disabledAt: null } },
    orderBy: { nextAttemptAt: "asc" },
    select: { nextAttemptAt: true },
  });
  return row?.nextAttemptAt ?? null;
}

export interface AttemptOutcome {
  status: "pending" | "delivered" | "failed";
  statusCode: number | null;
  error: string | null;
  nextAttemptAt?: Date;
  deliveredAt?: Date;
}

/** Records the answer of an attempt (the claim's attempt count already counts it). */
export async function recordAttempt(id: string, outcome: AttemptOutcome): Promise<void> {
  const db = await getDb();
  await db.webhookDelivery.updateMany({
    where: { id },
    data: {
      status: outcome.status,
      lastStatusCode: outcome.statusCode,
      lastError: outcome.error,
      ...(outcome.nextAttemptAt && { nextAttemptAt: outcome.nextAttemptAt }),
      ...(outcome.deliveredAt && { deliveredAt: outcome.deliveredAt }),
    },
  });
}
