/** Contract of the story endpoints: every documented status, answers matching the documented schemas. */
import { afterAll, describe, expect, it } from "vitest";
import { createClaim, createLink, createProposition } from "@/demo/factories";
import { tokenFor } from "../support/api";
import { contract } from "../support/contract";
import { itRefusesWithoutCredentialsAndOversizedBodies } from "../support/contract-refusals";
import { makeStoryWithArticle } from "../support/factories";

const owned = ["listStories", "createStory", "getStory", "updateStory", "searchStoryClaims", "getComparison", "listActivity"] as const;
const c = contract(["listStories", "createStory", "getStory", "updateStory", "searchStoryClaims", "getComparison", "listActivity"]);
afterAll(() => c.assertEveryStatusCovered());

itRefusesWithoutCredentialsAndOversizedBodies(c, owned);

describe("GET /api/v1/stories", () => {
  it("pages with limit and cursor without repeating a story", async () => {
    const { token } = await tokenFor("viewer");
    await makeStoryWithArticle();
    await makeStoryWithArticle();
    await makeStoryWithArticle();
    const first = await c.send("listStories", { token, query: { limit: "2" } });
    expect(first.status).toBe(200);
    expect(first.body!.items).toHaveLength(2);
    const second = await c.send("listStories", { token, query: { limit: "2", cursor: first.body!.nextCursor } });
    expect(second.status).toBe(200);
    const ids = [...first.body!.items, ...second.body!.items].map((s: { id: string }) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("names a bad limit or cursor by its path", async () => {
    const { token } = await tokenFor("viewer");
    for (const [query, path, message] of [
      [{ limit: "201" }, "limit", "must be at most 200"],
      [{ limit: "two" }, "limit", "must be a number"],
      [{ limit: "1.5" }, "limit", "must be a whole number"],
      [{ cursor: "bm90LWpzb24" }, "cursor", "is malformed; pass back the nextCursor of the previous page"],
    ] as const) {
      const res = await c.send("listStories", { token, query });
      expect(res.status, JSON.stringify(query)).toBe(400);
      expect(res.body!.error.details).toEqual([{ path, message }]);
    }
  });
});

describe("POST /api/v1/stories", () => {
  it("creates for analysts, refuses viewers, names bad fields", async () => {
    const analyst = await tokenFor("analyst");
    const created = await c.send("createStory", { token: analyst.token, body: { title: "Floods", description: "Spring floods" } });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ title: "Floods", description: "Spring floods", version: 1, articleCount: 0, claimCount: 0 });

    const viewer = await tokenFor("viewer");
    const refused = await c.send("createStory", { token: viewer.token, body: { title: "Nope" } });
    expect(refused.status).toBe(403);
    expect(refused.body!.error.code).toBe("forbidden");

    const bad = await c.send("createStory", { token: analyst.token, body: { title: "x".repeat(301), description: 5, colour: "red" } });
    expect(bad.status).toBe(400);
    expect(bad.body!.error.details).toEqual(
      expect.arrayContaining([
        { path: "title", message: "must be at most 300 characters" },
        { path: "description", message: "must be a string" },
        { path: "(body)", message: 'has unknown field "colour"' },
      ]),
    );
  });
});

describe("GET and PATCH /api/v1/stories/:id", () => {
  it("reads, answers 404 for an unknown id, and updates with version checks", async () => {
    const { token } = await tokenFor("editor");
    const { story, article } = await makeStoryWithArticle();
    const read = await c.send("getStory", { token, params: { id: story.id } });
    expect(read.status).toBe(200);
    expect(read.body!.articles.map((a: { id: string }) => a.id)).toEqual([article.id]);
    expect((await c.send("getStory", { token, params: { id: "missing" } })).status).toBe(404);

    const changed = await c.send("updateStory", { token, params: { id: story.id }, body: { version: 1, description: "Now described" } });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ description: "Now described", version: 2 });
    const stale = await c.send("updateStory", { token, params: { id: story.id }, body: { version: 1, title: "Lost" } });
    expect(stale.status).toBe(409);
    expect(stale.body!.error.details).toEqual([{ path: "version", message: "current version is 2" }]);
    expect((await c.send("getStory", { token, params: { id: story.id } })).body!.title).toBe(story.title);

    const missing = await c.send("updateStory", { token, params: { id: "missing" }, body: { version: 1, title: "x" } });
    expect(missing.status).toBe(404);
    const bad = await c.send("updateStory", { token, params: { id: story.id }, body: { version: 0, title: "" } });
    expect(bad.status).toBe(400);
    expect(bad.body!.error.details).toEqual(
      expect.arrayContaining([
        { path: "version", message: "must be at least 1" },
        { path: "title", message: "must not be empty" },
      ]),
    );
    const noVersion = await c.send("updateStory", { token, params: { id: story.id }, body: { title: "x" } });
    expect(noVersion.body!.error.details).toEqual([{ path: "version", message: "is required" }]);
  });

  it("refuses an analyst changing someone else's story, and any viewer", async () => {
    const { story } = await makeStoryWithArticle();
    for (const role of ["analyst", "viewer"] as const) {
      const { token } = await tokenFor(role);
      const res = await c.send("updateStory", { token, params: { id: story.id }, body: { version: 1, title: "Mine now" } });
      expect(res.status, role).toBe(403);
    }
  });
});

describe("GET /api/v1/stories/:id/claims", () => {
  it("searches with filters, names a bad filter, 404 for an unknown story", async () => {
    const { token } = await tokenFor("viewer");
    const { story, article } = await makeStoryWithArticle();
    await createClaim({ articleId: article.id, exact: "Alpha said the bridge was closed.", statement: "Closed", sourcing: "attributed", source: "Alpha" });
    await createClaim({ articleId: article.id, exact: "Beta might reopen it.", statement: "Reopen", sourcing: "speculative" });
    const res = await c.send("searchStoryClaims", { token, params: { id: story.id }, query: { sourcing: "speculative" } });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ total: 1, items: [{ statement: "Reopen", articleTitle: "An article" }], nextCursor: null });
    const bad = await c.send("searchStoryClaims", { token, params: { id: story.id }, query: { sourcing: "rumoured" } });
    expect(bad.status).toBe(400);
    expect(bad.body!.error.details[0].path).toBe("sourcing.0");
    expect((await c.send("searchStoryClaims", { token, params: { id: "missing" } })).status).toBe(404);
  });
});

describe("GET /api/v1/stories/:id/comparison", () => {
  it("answers the comparison, 404 for an unknown story", async () => {
    const { token } = await tokenFor("viewer");
    const { story, article } = await makeStoryWithArticle();
    const claim = await createClaim({ articleId: article.id, exact: "Beta might reopen it.", statement: "Reopen", sourcing: "speculative" });
    const p = await createProposition({ storyId: story.id, statement: "It reopens" });
    await createLink({ storyId: story.id, claimId: claim.id, propositionId: p.id, stance: "supports" });
    const res = await c.send("getComparison", { token, params: { id: story.id } });
    expect(res.status).toBe(200);
    expect(res.body!.propositions[0].cells[article.id]).toEqual({ stance: "supports", sourcing: "speculative", claimIds: [claim.id] });
    expect((await c.send("getComparison", { token, params: { id: "missing" } })).status).toBe(404);
    // Approved only: the draft claim's link does not count; a bad value is named.
    const approved = await c.send("getComparison", { token, params: { id: story.id }, query: { approvedOnly: "true" } });
    expect(approved.status).toBe(200);
    expect(approved.body!.propositions[0].cells[article.id]).toEqual({ stance: "absent", sourcing: null, claimIds: [] });
    const bad = await c.send("getComparison", { token, params: { id: story.id }, query: { approvedOnly: "1" } });
    expect(bad.status).toBe(400);
    expect(bad.body!.error.details).toEqual([{ path: "approvedOnly", message: 'must be "true" or "false"' }]);
  });

  it("answers 304 to If-None-Match while nothing changed, and a new ETag after any write", async () => {
    const { token } = await tokenFor("viewer");
    const { story, article } = await makeStoryWithArticle();
    const first = await c.send("getComparison", { token, params: { id: story.id } });
    const etag = first.headers.get("etag")!;
    expect(etag).toMatch(/^"[\w-]+"$/);
    const again = await c.send("getComparison", { token, params: { id: story.id }, headers: { "if-none-match": etag } });
    expect(again.status).toBe(304);
    expect(again.headers.get("etag")).toBe(etag);
    // Another tag, or none, gets the full answer.
    expect((await c.send("getComparison", { token, params: { id: story.id }, headers: { "if-none-match": '"other"' } })).status).toBe(200);
    const claim = await createClaim({ articleId: article.id, exact: "Beta might reopen it.", statement: "Reopen", sourcing: "speculative" });
    const p = await createProposition({ storyId: story.id, statement: "It reopens" });
    await createLink({ storyId: story.id, claimId: claim.id, propositionId: p.id, stance: "supports" });
    const changed = await c.send("getComparison", { token, params: { id: story.id }, headers: { "if-none-match": etag } });
    expect(changed.status).toBe(200);
    expect(changed.headers.get("etag")).not.toBe(etag);
    expect(changed.body!.propositions).toHaveLength(1);
    // An unauthenticated conditional request is still refused.
    expect((await c.send("getComparison", { token: "cb_unknown", params: { id: story.id }, headers: { "if-none-match": etag } })).status).toBe(401);
  });
});

describe("GET /api/v1/stories/:id/activity", () => {
  it("pages audit entries newest first, names bad filters, 404 for an unknown story", async () => {
    const { token } = await tokenFor("editor");
    const story = (await c.send("createStory", { token, body: { title: "Audited" } })).body!;
    for (const [version, title] of [
      [1, "Audited twice"],
      [2, "Audited thrice"],
    ] as const) {
      expect((await c.send("updateStory", { token, params: { id: story.id }, body: { version, title } })).status).toBe(200);
    }
    const first = await c.send("listActivity", { token, params: { id: story.id }, query: { limit: "2" } });
    expect(first.status).toBe(200);
    expect(first.body!.items.map((e: { action: string }) => e.action)).toEqual(["story.update", "story.update"]);
    expect(first.body!.items[0].after).toEqual({ title: "Audited thrice" });
    const second = await c.send("listActivity", { token, params: { id: story.id }, query: { limit: "2", cursor: first.body!.nextCursor } });
    expect(second.body).toMatchObject({ items: [{ action: "story.create" }], nextCursor: null });

    const bad = await c.send("listActivity", { token, params: { id: story.id }, query: { from: "22/11/2026", limit: "0" } });
    expect(bad.status).toBe(400);
    expect(bad.body!.error.details.map((d: { path: string }) => d.path).sort()).toEqual(["from", "limit"]);
    expect((await c.send("listActivity", { token, params: { id: "missing" } })).status).toBe(404);
  });
});
