/**
 * Webhook deliveries end to end (issue 16), against the tests' own receiver on 127.0.0.1 (allowed by
 * FETCH_ALLOW_HOSTS for this file, and nothing else): a change's event is stored in the outbox with
 * the change, sent signed, retried after a 500 with backoff until delivered or out of attempts,
 * and sent after a worker restart; and the outbox's claim: workers claiming at once never get the same
 * delivery (FOR UPDATE SKIP LOCKED on PostgreSQL), a lease that runs out (a worker that died
 * mid-request) makes it due again, a disabled webhook's deliveries wait. In one file, because only
 * one worker may run at a time for these checks to hold. Runs on SQLite and PostgreSQL.
 */
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import pg from "pg";
import { dbProvider, getDb, inTransaction } from "@/data/db";
import { claimDueDeliveries, insertDeliveries, insertWebhook } from "@/data/webhooks";
import { createClaim } from "@/domain/claims/service";
import { verifySignature } from "@/domain/webhooks/signature";
import { createWebhook, listDeliveries, retryDelivery, updateWebhook } from "@/domain/webhooks/service";
import { startWebhookWorker, stopWebhookWorker, webhookWorkerIdle } from "@/server/webhooks/worker";
import { makeStoryWithArticle, makeUser } from "../support/factories";
import { allowOnlyReceiver, eventually, startWebhookReceiver, type WebhookReceiver } from "../support/webhook-receiver";

const SECRET = "a shared secret of some length";
const RETRY = { baseMs: 40, capMs: 160, maxAttempts: 3 };

let receiver: WebhookReceiver;
let restore: () => void;
let admin: Awaited<ReturnType<typeof makeUser>>["actor"];

beforeAll(async () => {
  receiver = await startWebhookReceiver();
  restore = allowOnlyReceiver(receiver);
  admin = (await makeUser("admin")).actor;
  await startWebhookWorker({ retry: RETRY });
});

afterAll(async () => {
  await stopWebhookWorker();
  // Other files' events must not queue deliveries to a receiver that is gone.
  await (await getDb()).webhook.updateMany({ where: { id: { in: created } }, data: { disabledAt: new Date() } });
  restore();
  await receiver.close();
});

async function hookAt(path: string, events = ["claim.created"]) {
  const hook = await createWebhook(admin, { url: `${receiver.origin}${path}`, events, secret: SECRET });
  created.push(hook.id);
  return hook;
}

async function recordClaim() {
  const { actor, article } = await makeStoryWithArticle("Alpha said the bridge was closed. Beta might reopen it.");
  return createClaim(actor, article.id, { exact: "Alpha said the bridge was closed.", statement: "Closed", sourcing: "attributed" });
}

/**
 * Other test files may record claims at the same time (one database for the run): every check looks
 * only at the deliveries of this test's own claims.
 */
const deliveriesOf = async (webhookId: string, claimIds: string[]) =>
  (await (await getDb()).webhookDelivery.findMany({ where: { webhookId }, orderBy: { createdAt: "asc" } })).filter((d) =>
    claimIds.some((id) => d.body.includes(id)),
  );
const at = (path: string, claimIds: string[]) => receiver.received.filter((r) => r.path === path && claimIds.some((id) => r.body.includes(id)));
const created: string[] = [];

describe("webhook deliveries", () => {
  it("POSTs the event as JSON, signed with HMAC-SHA256 over timestamp and body", async () => {
    const hook = await hookAt("/signed");
    const claim = await recordClaim();
    const [request] = await eventually(() => at("/signed", [claim.id]).length > 0 && at("/signed", [claim.id]), 10_000, "the delivery");
    expect(request!.method).toBe("POST");
    expect(request!.headers["content-type"]).toBe("application/json");
    const timestamp = String(request!.headers["x-claimboard-timestamp"]);
    const signature = String(request!.headers["x-claimboard-signature"]);
    expect(Math.abs(Number(timestamp) - Date.now() / 1000)).toBeLessThan(60);
    expect(signature).toMatch(/^sha256=[0-9a-f]{64}$/);
    expect(verifySignature(SECRET, timestamp, request!.body, signature)).toBe(true);
    expect(verifySignature("another secret entirely", timestamp, request!.body, signature)).toBe(false);
    expect(verifySignature(SECRET, String(Number(timestamp) + 1), request!.body, signature)).toBe(false);
    const body = JSON.parse(request!.body) as { id: string; event: string; data: Record<string, unknown> };
    expect(body).toMatchObject({ event: "claim.created", data: { entity: "claim", action: "created", entityId: claim.id, version: 1 } });
    expect(request!.headers["x-claimboard-event"]).toBe("claim.created");
    expect(request!.headers["x-claimboard-delivery"]).toBe(body.id);

    const [logged] = await eventually(async () => {
      const log = (await listDeliveries(admin, hook.id)).filter((d) => d.id === body.id);
      return log[0]?.status === "delivered" && log;
    });
    expect(logged).toMatchObject({ id: body.id, event: "claim.created", status: "delivered", attempts: 1, lastStatusCode: 204, nextAttemptAt: null });
  });

  it("sends only the events a webhook subscribes to, and nothing to a disabled one", async () => {
    const picky = await hookAt("/picky", ["link.deleted"]);
    const off = await hookAt("/off", ["*"]);
    await updateWebhook(admin, off.id, { version: off.version, disabled: true });
    const claim = await recordClaim();
    await webhookWorkerIdle();
    expect(await deliveriesOf(picky.id, [claim.id])).toEqual([]);
    expect(await deliveriesOf(off.id, [claim.id])).toEqual([]);
    expect(at("/picky", [claim.id])).toEqual([]);
    expect(at("/off", [claim.id])).toEqual([]);
  });

  it("retries a 500 with backoff, and records each answer until it is delivered", async () => {
    receiver.answer.set("/flaky", (n) => (n === 1 ? 500 : 200));
    const hook = await hookAt("/flaky");
    const claim = await recordClaim();
    const [done] = await eventually(async () => {
      const rows = await deliveriesOf(hook.id, [claim.id]);
      return rows[0]?.status === "delivered" && rows;
    });
    expect(done).toMatchObject({ attempts: 2, lastStatusCode: 200, lastError: null });
    const hits = at("/flaky", [claim.id]);
    expect(hits).toHaveLength(2);
    // The same delivery, signed afresh each time.
    expect(hits[1]!.headers["x-claimboard-delivery"]).toBe(hits[0]!.headers["x-claimboard-delivery"]);
    expect(hits[1]!.body).toBe(hits[0]!.body);
  });

  it("gives up after the last attempt (failed, with the last code), and an admin's retry sends it again", async () => {
    let down = true;
    receiver.answer.set("/down", () => (down ? 503 : 200));
    const hook = await hookAt("/down");
    const claim = await recordClaim();
    const [failed] = await eventually(async () => {
      const rows = await deliveriesOf(hook.id, [claim.id]);
      return rows[0]?.status === "failed" && rows;
    });
    expect(failed).toMatchObject({ attempts: RETRY.maxAttempts, lastStatusCode: 503 });
    const hits = at("/down", [claim.id]);
    expect(hits).toHaveLength(RETRY.maxAttempts);
    // Exponential backoff: at least 40 ms, then at least 80 ms between attempts.
    expect(hits[1]!.at - hits[0]!.at).toBeGreaterThanOrEqual(RETRY.baseMs * 0.9);
    expect(hits[2]!.at - hits[1]!.at).toBeGreaterThanOrEqual(RETRY.baseMs * 2 * 0.9);
    const log = (await listDeliveries(admin, hook.id)).filter((d) => d.id === failed!.id);
    expect(log[0]).toMatchObject({ status: "failed", nextAttemptAt: null, lastStatusCode: 503 });

    down = false;
    const retried = await retryDelivery(admin, hook.id, failed!.id);
    expect(retried).toMatchObject({ status: "pending", attempts: 0 });
    await eventually(async () => (await deliveriesOf(hook.id, [claim.id]))[0]?.status === "delivered");
    expect(at("/down", [claim.id])).toHaveLength(RETRY.maxAttempts + 1);
  });

  it("keeps deliveries stored while the worker is stopped, and sends them when it starts again", async () => {
    await stopWebhookWorker();
    const hook = await hookAt("/restart");
    const claims = [(await recordClaim()).id, (await recordClaim()).id];
    await new Promise((r) => setTimeout(r, 300));
    expect(at("/restart", claims)).toEqual([]);
    expect((await deliveriesOf(hook.id, claims)).map((d) => d.status)).toEqual(["pending", "pending"]);

    await startWebhookWorker({ retry: RETRY });
    await eventually(async () => (await deliveriesOf(hook.id, claims)).every((d) => d.status === "delivered"));
    expect(at("/restart", claims)).toHaveLength(2);
  });

  // Another instance's write: a row and its NOTIFY from a connection of its own, with no in-process wake.
  it.runIf(dbProvider() === "postgresql")("is woken by NOTIFY when another instance stores a delivery", async () => {
    const hook = await hookAt("/elsewhere", ["story.never_happens"]);
    const marker = randomUUID();
    const other = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await other.connect();
    try {
      await other.query("BEGIN");
      await other.query(
        `INSERT INTO "webhook_delivery" ("id", "webhookId", "eventId", "event", "body", "updatedAt") VALUES ($1, $2, 1, 'story.never_happens', $3, now())`,
        [marker, hook.id, JSON.stringify({ id: marker, event: "story.never_happens" })],
      );
      await other.query("SELECT pg_notify('claimboard_webhooks', '')");
      await other.query("COMMIT");
    } finally {
      await other.end();
    }
    const [request] = await eventually(() => at("/elsewhere", [marker]).length > 0 && at("/elsewhere", [marker]), 5_000, "the woken delivery");
    expect(request!.headers["x-claimboard-delivery"]).toBe(marker);
  });

  it("does not deliver where the outbound policy no longer allows (checked at each attempt)", async () => {
    const hook = await hookAt("/revoked");
    restore();
    let claimId = "";
    try {
      claimId = (await recordClaim()).id;
      const [row] = await eventually(async () => {
        const rows = await deliveriesOf(hook.id, [claimId]);
        // Claimed (attempts counted) before the attempt's outcome is recorded: wait for the outcome.
        return rows[0]?.lastError ? rows : null;
      });
      expect(row!.status).not.toBe("delivered");
      expect(row!.lastError).toMatch(/loopback/);
    } finally {
      restore = allowOnlyReceiver(receiver);
    }
    expect(at("/revoked", [claimId])).toEqual([]);
  });
});

async function webhookWithDeliveries(count: number) {
  const { user } = await makeUser("admin");
  return inTransaction(async (tx) => {
    const hook = await insertWebhook(tx, {
      id: randomUUID(),
      url: "http://127.0.0.1:9/never",
      events: ["*"],
      secret: "a test secret of some length",
      createdById: user.id,
    });
    const ids = Array.from({ length: count }, () => randomUUID());
    await insertDeliveries(
      tx,
      ids.map((id, i) => ({ id, webhookId: hook.id, eventId: i + 1, event: "claim.created", body: "{}" })),
    );
    created.push(hook.id);
    // Claimed here directly: the webhook never takes part in other files' deliveries.
    await tx.webhook.update({ where: { id: hook.id }, data: { events: ["story.never_happens"] } });
    return { hook, ids };
  });
}

/** Only this test's rows (other files' rows may be due too). */
const mine = (claimed: { id: string }[], ids: string[]) => claimed.map((c) => c.id).filter((id) => ids.includes(id));

describe("claiming due deliveries (the worker stopped, so that these claims are the only ones)", () => {
  beforeAll(() => stopWebhookWorker());

  it("hands each due delivery to one claimer only, and again once its lease has run out", async () => {
    const { ids } = await webhookWithDeliveries(12);
    const now = new Date();
    const lease = new Date(now.getTime() + 60_000);
    const batches = await Promise.all(Array.from({ length: 4 }, () => claimDueDeliveries(now, lease, 50)));
    const claimed = batches.flatMap((b) => mine(b, ids));
    expect(claimed.sort()).toEqual([...ids].sort());
    expect(new Set(claimed).size).toBe(ids.length);
    const first = batches.flat().find((c) => c.id === ids[0])!;
    expect(first).toMatchObject({ attempts: 1, url: "http://127.0.0.1:9/never", secret: "a test secret of some length", event: "claim.created" });

    // Leased: not due again before the lease ends; due (a second attempt) after it.
    expect(mine(await claimDueDeliveries(new Date(now.getTime() + 59_000), lease, 50), ids)).toEqual([]);
    const again = await claimDueDeliveries(new Date(now.getTime() + 61_000), new Date(now.getTime() + 120_000), 50);
    expect(mine(again, ids).sort()).toEqual([...ids].sort());
    expect(again.find((c) => c.id === ids[0])!.attempts).toBe(2);
  });

  it("leaves a disabled webhook's deliveries waiting", async () => {
    const { hook, ids } = await webhookWithDeliveries(2);
    const db = await getDb();
    await db.webhook.update({ where: { id: hook.id }, data: { disabledAt: new Date() } });
    expect(mine(await claimDueDeliveries(new Date(), new Date(Date.now() + 60_000), 50), ids)).toEqual([]);
    await db.webhook.update({ where: { id: hook.id }, data: { disabledAt: null } });
    expect(mine(await claimDueDeliveries(new Date(), new Date(Date.now() + 60_000), 50), ids).sort()).toEqual([...ids].sort());
  });
});
