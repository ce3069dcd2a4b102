/**
 * Contract of the webhook endpoints (admins only). URLs point at 127.0.0.1 ports that FETCH_ALLOW_HOSTS
 * names for this file; no worker runs here, so nothing is ever sent, and the webhooks subscribe to
 * an event that never happens, so that no other test file's worker finds deliveries of theirs.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb, inTransaction } from "@/data/db";
import { insertDeliveries } from "@/data/webhooks";
import { tokenFor } from "../support/api";
import { contract } from "../support/contract";
import { itRefusesWithoutCredentialsAndOversizedBodies } from "../support/contract-refusals";

const owned = ["listWebhooks", "createWebhook", "getWebhook", "updateWebhook", "deleteWebhook", "listWebhookDeliveries", "retryWebhookDelivery"] as const;
const c = contract(["listWebhooks", "createWebhook", "getWebhook", "updateWebhook", "deleteWebhook", "listWebhookDeliveries", "retryWebhookDelivery"]);
afterAll(() => c.assertEveryStatusCovered());

itRefusesWithoutCredentialsAndOversizedBodies(c, owned);

const ALLOWED = "127.0.0.1:9";
let before: string | undefined;
beforeAll(() => {
  before = process.env.FETCH_ALLOW_HOSTS;
  process.env.FETCH_ALLOW_HOSTS = ALLOWED;
});
afterAll(() => {
  if (before === undefined) delete process.env.FETCH_ALLOW_HOSTS;
  else process.env.FETCH_ALLOW_HOSTS = before;
});

const input = (over: Record<string, unknown> = {}) => ({
  url: `http://${ALLOWED}/hook`,
  events: ["story.never_happens"],
  secret: "0123456789abcdef-WXYZ",
  ...over,
});

describe("POST and GET /api/v1/webhooks", () => {
  it("registers and lists webhooks without ever answering the secret; 400 names bad fields and refused addresses; 403 anyone but admins", async () => {
    const admin = await tokenFor("admin");
    const created = await c.send("createWebhook", { token: admin.token, body: input({ events: ["claim.created", "claim.created", "*"] }) });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ url: `http://${ALLOWED}/hook`, events: ["claim.created", "*"], secretLastFour: "WXYZ", disabled: false, version: 1 });
    expect(created.text).not.toContain("0123456789abcdef");

    const bad = await c.send("createWebhook", { token: admin.token, body: { url: "", events: ["Claim Created"], secret: "short" } });
    expect(bad.status).toBe(400);
    expect(bad.body!.error.details.map((d: { path: string }) => d.path).sort()).toEqual(["events.0", "secret", "url"]);

    for (const [url, words] of [
      ["http://127.0.0.1:8080/hook", "loopback"],
      ["http://10.1.2.3/hook", "private"],
      ["http://169.254.169.254/latest", "metadata"],
      ["http://[fe80::1]/hook", "link-local"],
      ["ftp://127.0.0.1:9/hook", "http"],
    ] as const) {
      const refused = await c.send("createWebhook", { token: admin.token, body: input({ url }) });
      expect(refused.status, url).toBe(400);
      expect(refused.body!.error.message, url).toContain(words);
      expect(refused.body!.error.details, url).toEqual([{ path: "url", message: expect.stringContaining(words) }]);
    }

    const listed = await c.send("listWebhooks", { token: admin.token });
    expect(listed.status).toBe(200);
    expect(listed.body!.items.map((w: { id: string }) => w.id)).toContain(created.body!.id);
    expect(listed.text).not.toContain("0123456789abcdef");

    for (const role of ["viewer", "analyst", "editor"] as const) {
      const { token } = await tokenFor(role);
      expect((await c.send("listWebhooks", { token })).status).toBe(403);
      expect((await c.send("createWebhook", { token, body: input() })).status).toBe(403);
    }
  });
});

describe("GET, PATCH and DELETE /api/v1/webhooks/:id", () => {
  it("reads, disables and changes with the version, deletes; refuses the rest", async () => {
    const admin = await tokenFor("admin");
    const editor = await tokenFor("editor");
    const id = (await c.send("createWebhook", { token: admin.token, body: input() })).body!.id as string;

    const read = await c.send("getWebhook", { token: admin.token, params: { id } });
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({ id, secretLastFour: "WXYZ" });
    expect((await c.send("getWebhook", { token: admin.token, params: { id: "missing" } })).status).toBe(404);
    expect((await c.send("getWebhook", { token: editor.token, params: { id } })).status).toBe(403);

    const disabled = await c.send("updateWebhook", { token: admin.token, params: { id }, body: { version: 1, disabled: true, events: ["link.deleted"] } });
    expect(disabled.status).toBe(200);
    expect(disabled.body).toMatchObject({ disabled: true, events: ["link.deleted"], version: 2 });
    const stale = await c.send("updateWebhook", { token: admin.token, params: { id }, body: { version: 1, disabled: false } });
    expect(stale.status).toBe(409);
    expect(stale.body!.error.current).toMatchObject({ entity: "webhook", id, version: 2 });
    const refused = await c.send("updateWebhook", { token: admin.token, params: { id }, body: { version: 2, url: "http://192.168.1.1/" } });
    expect(refused.status).toBe(400);
    expect(refused.body!.error.details).toEqual([{ path: "url", message: expect.stringContaining("private") }]);
    expect((await c.send("updateWebhook", { token: admin.token, params: { id: "missing" }, body: { version: 1 } })).status).toBe(404);
    expect((await c.send("updateWebhook", { token: editor.token, params: { id }, body: { version: 2, disabled: false } })).status).toBe(403);

    expect((await c.send("deleteWebhook", { token: editor.token, params: { id } })).status).toBe(403);
    expect((await c.send("deleteWebhook", { token: admin.token, params: { id } })).status).toBe(204);
    expect((await c.send("deleteWebhook", { token: admin.token, params: { id } })).status).toBe(404);
    expect((await c.send("getWebhook", { token: admin.token, params: { id } })).status).toBe(404);
  });
});

describe("GET /api/v1/webhooks/:id/deliveries and POST .../retry", () => {
  it("answers the delivery log with codes and errors, and makes a failed delivery due again", async () => {
    const admin = await tokenFor("admin");
    const editor = await tokenFor("editor");
    const id = (await c.send("createWebhook", { token: admin.token, body: input() })).body!.id as string;
    const deliveryId = `delivery-${id}`;
    await inTransaction((tx) => insertDeliveries(tx, [{ id: deliveryId, webhookId: id, eventId: 1, event: "story.never_happens", body: "{}" }]));
    const db = await getDb();
    await db.webhookDelivery.update({
      where: { id: deliveryId },
      data: { status: "failed", attempts: 10, lastStatusCode: 500, lastError: "The site answered 500." },
    });
    // The worker is not running here: keep the webhook from ever being picked up elsewhere.
    await db.webhook.update({ where: { id }, data: { disabledAt: new Date() } });

    const log = await c.send("listWebhookDeliveries", { token: admin.token, params: { id } });
    expect(log.status).toBe(200);
    expect(log.body!.items).toEqual([
      expect.objectContaining({
        id: deliveryId,
        status: "failed",
        attempts: 10,
        lastStatusCode: 500,
        lastError: "The site answered 500.",
        nextAttemptAt: null,
      }),
    ]);
    expect((await c.send("listWebhookDeliveries", { token: admin.token, params: { id: "missing" } })).status).toBe(404);
    expect((await c.send("listWebhookDeliveries", { token: editor.token, params: { id } })).status).toBe(403);

    const retried = await c.send("retryWebhookDelivery", { token: admin.token, params: { id, deliveryId } });
    expect(retried.status).toBe(200);
    expect(retried.body).toMatchObject({ id: deliveryId, status: "pending", attempts: 0, nextAttemptAt: expect.any(String) });
    expect((await c.send("retryWebhookDelivery", { token: admin.token, params: { id, deliveryId: "missing" } })).status).toBe(404);
    expect((await c.send("retryWebhookDelivery", { token: admin.token, params: { id: "other", deliveryId } })).status).toBe(404);
    expect((await c.send("retryWebhookDelivery", { token: editor.token, params: { id, deliveryId } })).status).toBe(403);
  });
});
