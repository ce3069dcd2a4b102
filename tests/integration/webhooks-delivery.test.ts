/**
 * Webhook deliveries end to end (issue 16), against the tests' own receiver on 127.0.0.1 (allowed by
 * FETCH_ALLOW_HOSTS for this file, and nothing else): a change's event is stored in the outbox with
 * the change, sent signed, retried after a 500 with backoff until delivered or out of attempts,
 * and sent after a worker restart. Runs on SQLite and PostgreSQL.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/data/db";
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
  restore();
  await receiver.close();
});

async function hookAt(path: string, events = ["claim.created"]) {
  return createWebhook(admin, { url: `${receiver.origin}${path}`, events, secret: SECRET });
}

async function recordClaim() {
  const { actor, article } = await makeStoryWithArticle("Alpha said the bridge was closed. Beta might reopen it.");
  return createClaim(actor, article.id, { exact: "Alpha said the bridge was closed.", statement: "Closed", sourcing: "attributed" });
}

const deliveriesOf = async (webhookId: string) => (await getDb()).webhookDelivery.findMany({ where: { webhookId } });
const at = (path: string) => receiver.received.filter((r) => r.path === path);

describe("webhook deliveries", () => {
  it("POSTs the event as JSON, signed with HMAC-SHA256 over timestamp and body", async () => {
    const hook = await hookAt("/signed");
    const claim = await recordClaim();
    const [request] = await eventually(() => at("/signed").length > 0 && at("/signed"), 10_000, "the delivery");
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
      const log = await listDeliveries(admin, hook.id);
      return log[0]?.status === "delivered" && log;
    });
    expect(logged).toMatchObject({ id: body.id, event: "claim.created", status: "delivered", attempts: 1, lastStatusCode: 204, nextAttemptAt: null });
  });

  it("sends only the events a webhook subscribes to, and nothing to a disabled one", async () => {
    const picky = await hookAt("/picky", ["link.deleted"]);
    const off = await hookAt("/off", ["*"]);
    await updateWebhook(admin, off.id, { version: off.version, disabled: true });
    await recordClaim();
    await webhookWorkerIdle();
    expect(await deliveriesOf(picky.id)).toEqual([]);
    expect(await deliveriesOf(off.id)).toEqual([]);
    expect(at("/picky")).toEqual([]);
    expect(at("/off")).toEqual([]);
  });

  it("retries a 500 with backoff, and records each answer until it is delivered", async () => {
    receiver.answer.set("/flaky", (n) => (n === 1 ? 500 : 200));
    const hook = await hookAt("/flaky");
    await recordClaim();
    const [done] = await eventually(async () => {
      const rows = await deliveriesOf(hook.id);
      return rows[0]?.status === "delivered" && rows;
    });
    expect(done).toMatchObject({ attempts: 2, lastStatusCode: 200, lastError: null });
    const hits = at("/flaky");
    expect(hits).toHaveLength(2);
    // The same delivery, signed afresh each time.
    expect(hits[1]!.headers["x-claimboard-delivery"]).toBe(hits[0]!.headers["x-claimboard-delivery"]);
    expect(hits[1]!.body).toBe(hits[0]!.body);
  });

  it("gives up after the last attempt (failed, with the last code), and an admin's retry sends it again", async () => {
    let down = true;
    receiver.answer.set("/down", () => (down ? 503 : 200));
    const hook = await hookAt("/down");
    await recordClaim();
    const [failed] = await eventually(async () => {
      const rows = await deliveriesOf(hook.id);
      return rows[0]?.status === "failed" && rows;
    });
    expect(failed).toMatchObject({ attempts: RETRY.maxAttempts, lastStatusCode: 503 });
    const hits = at("/down");
    expect(hits).toHaveLength(RETRY.maxAttempts);
    // Exponential backoff: at least 40 ms, then at least 80 ms between attempts.
    expect(hits[1]!.at - hits[0]!.at).toBeGreaterThanOrEqual(RETRY.baseMs * 0.9);
    expect(hits[2]!.at - hits[1]!.at).toBeGreaterThanOrEqual(RETRY.baseMs * 2 * 0.9);
    const log = await listDeliveries(admin, hook.id);
    expect(log[0]).toMatchObject({ status: "failed", nextAttemptAt: null, lastStatusCode: 503 });

    down = false;
    const retried = await retryDelivery(admin, hook.id, failed!.id);
    expect(retried).toMatchObject({ status: "pending", attempts: 0 });
    await eventually(async () => (await deliveriesOf(hook.id))[0]?.status === "delivered");
    expect(at("/down")).toHaveLength(RETRY.maxAttempts + 1);
  });

  it("keeps deliveries stored while the worker is stopped, and sends them when it starts again", async () => {
    await stopWebhookWorker();
    const hook = await hookAt("/restart");
    await recordClaim();
    await recordClaim();
    await new Promise((r) => setTimeout(r, 300));
    expect(at("/restart")).toEqual([]);
    expect((await deliveriesOf(hook.id)).map((d) => d.status)).toEqual(["pending", "pending"]);

    await startWebhookWorker({ retry: RETRY });
    await eventually(async () => (await deliveriesOf(hook.id)).every((d) => d.status === "delivered"));
    expect(at("/restart")).toHaveLength(2);
  });

  it("does not deliver where the outbound policy no longer allows (checked at each attempt)", async () => {
    const hook = await hookAt("/revoked");
    restore();
    try {
      await recordClaim();
      const [row] = await eventually(async () => {
        const rows = await deliveriesOf(hook.id);
        return rows[0] && rows[0].attempts > 0 && rows;
      });
      expect(row!.status).not.toBe("delivered");
      expect(row!.lastError).toMatch(/loopback/);
    } finally {
      restore = allowOnlyReceiver(receiver);
    }
    expect(at("/revoked")).toEqual([]);
  });
});
