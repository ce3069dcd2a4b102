/**
 * Webhooks, for every role: only admins register, read, change, delete them, read their delivery
 * log and retry deliveries; everyone else gets 403 and nothing changes. Addresses are loopback
 * ports that FETCH_ALLOW_HOSTS names for this file; no worker runs, so nothing is sent.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Role } from "@/domain/vocabulary";
import { GET as listWebhooks, POST as createWebhook } from "../../app/api/v1/webhooks/route";
import { DELETE as deleteWebhook, GET as getWebhook, PATCH as patchWebhook } from "../../app/api/v1/webhooks/[id]/route";
import { GET as listDeliveries } from "../../app/api/v1/webhooks/[id]/deliveries/route";
import { POST as retryDelivery } from "../../app/api/v1/webhooks/[id]/deliveries/[deliveryId]/retry/route";
import { call, tokenFor } from "../support/api";
import { makeUser, makeWebhookWithDelivery } from "../support/factories";

let before: string | undefined;
beforeAll(() => {
  before = process.env.FETCH_ALLOW_HOSTS;
  process.env.FETCH_ALLOW_HOSTS = "127.0.0.1:9";
});
afterAll(() => {
  if (before === undefined) delete process.env.FETCH_ALLOW_HOSTS;
  else process.env.FETCH_ALLOW_HOSTS = before;
});

type Fixture = Awaited<ReturnType<typeof makeWebhookWithDelivery>>;
type Operation = [name: string, run: (token: string, f: Fixture) => Promise<{ status: number }>];

const operations: Operation[] = [
  ["list webhooks", (t) => call(listWebhooks, "/", { token: t })],
  [
    "register a webhook",
    (t) => call(createWebhook, "/", { token: t, body: { url: "http://127.0.0.1:9/hook", events: ["story.never_happens"], secret: "long enough secret" } }),
  ],
  ["read a webhook", (t, f) => call(getWebhook, "/", { token: t, params: { id: f.webhook.id } })],
  [
    "change a webhook",
    (t, f) => call(patchWebhook, "/", { token: t, method: "PATCH", params: { id: f.webhook.id }, body: { version: 1, events: ["link.deleted"] } }),
  ],
  ["read the delivery log", (t, f) => call(listDeliveries, "/", { token: t, params: { id: f.webhook.id } })],
  ["retry a delivery", (t, f) => call(retryDelivery, "/", { token: t, method: "POST", params: { id: f.webhook.id, deliveryId: f.deliveryId } })],
  ["delete a webhook", (t, f) => call(deleteWebhook, "/", { token: t, method: "DELETE", params: { id: f.webhook.id } })],
];

const roles: Role[] = ["viewer", "analyst", "editor", "admin"];

describe("role matrix: webhooks", () => {
  it.each(roles)("%s", async (role) => {
    const { token } = await tokenFor(role);
    const owner = await makeUser("admin");
    const outcomes: string[] = [];
    for (const [name, run] of operations) {
      const { status } = await run(token, await makeWebhookWithDelivery(owner.user.id));
      const expected = role === "admin" ? (name === "register a webhook" ? 201 : name === "delete a webhook" ? 204 : 200) : 403;
      if (status !== expected) outcomes.push(`${name}: got ${status}, expected ${expected}`);
    }
    expect(outcomes).toEqual([]);
  });
});
