/** Contract of the notification endpoints. */
import { afterAll, describe, expect, it } from "vitest";
import { createClaim } from "@/domain/claims/service";
import { reviewClaim } from "@/domain/review/service";
import { tokenFor } from "../support/api";
import { contract } from "../support/contract";
import { itRefusesWithoutCredentialsAndOversizedBodies } from "../support/contract-refusals";
import { makeStoryWithArticle } from "../support/factories";
import { readSse } from "../support/sse";

const owned = ["listPeople", "listMyNotifications", "markAllNotificationsRead", "markNotification", "streamMyEvents"] as const;
const c = contract(["listPeople", "listMyNotifications", "markAllNotificationsRead", "markNotification", "streamMyEvents"]);
afterAll(() => c.assertEveryStatusCovered());

itRefusesWithoutCredentialsAndOversizedBodies(c, owned);

async function approvedClaimOf() {
  const { actor: editor, article } = await makeStoryWithArticle();
  const analyst = await tokenFor("analyst");
  const claim = await createClaim(analyst.actor, article.id, { exact: "Beta might reopen it.", statement: "Reopen", sourcing: "speculative" });
  await reviewClaim(editor, claim.id, { version: claim.version, decision: "approve" });
  return { analyst, editor, claim };
}

describe("notification endpoints", () => {
  it("finds people to mention by part of their name; 400 for a bad limit", async () => {
    const { token, user } = await tokenFor("viewer");
    const found = await c.send("listPeople", { token, query: { q: user.name.slice(0, 6).toUpperCase(), limit: "50" } });
    expect(found.status).toBe(200);
    expect(found.body!.items.length).toBeGreaterThan(0);
    expect(found.body!.items.every((p: { name: string }) => p.name.toLowerCase().includes(user.name.slice(0, 6).toLowerCase()))).toBe(true);
    expect((await c.send("listPeople", { token, query: { limit: "0" } })).status).toBe(400);
  });

  it("list, mark one, mark all; 400 for bad input, 404 for another person's", async () => {
    const { analyst } = await approvedClaimOf();
    const other = await tokenFor("editor");
    const list = await c.send("listMyNotifications", { token: analyst.token });
    expect(list.status).toBe(200);
    expect(list.body).toMatchObject({ unread: 1, nextCursor: null, items: [expect.objectContaining({ kind: "approved", read: false })] });
    const id = String(list.body!.items[0].id);
    expect((await c.send("listMyNotifications", { token: analyst.token, query: { unread: "maybe" } })).status).toBe(400);
    expect((await c.send("markNotification", { token: other.token, params: { id }, body: { read: true } })).status).toBe(404);
    const bad = await c.send("markNotification", { token: analyst.token, params: { id }, body: { read: 1 } });
    expect(bad.status).toBe(400);
    expect(bad.body!.error.details).toEqual([{ path: "read", message: expect.any(String) }]);
    expect((await c.send("markNotification", { token: analyst.token, params: { id }, body: { read: true } })).body).toMatchObject({ read: true });
    await c.send("markNotification", { token: analyst.token, params: { id }, body: { read: false } });
    expect((await c.send("markAllNotificationsRead", { token: analyst.token })).body).toEqual({ marked: 1, unread: 0 });
  });

  it("streams the unread count and new notifications", async () => {
    const { analyst } = await approvedClaimOf();
    const { response, abort } = await c.open("streamMyEvents", { token: analyst.token });
    expect(response.status).toBe(200);
    const sse = readSse(response, abort);
    expect(JSON.parse((await sse.next()).data)).toMatchObject({ unread: 1 });
    sse.close();
    const bad = await c.send("streamMyEvents", { token: analyst.token, headers: { "last-event-id": "x" } });
    expect(bad.status).toBe(400);
  });
});
