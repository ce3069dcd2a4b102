/** Contract of the article endpoints (and an article's claims list and claim creation). */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createClaim } from "@/demo/factories";
import { MAX_ARTICLE_CHARS } from "@/domain/articles/schemas";
import { tokenFor } from "../support/api";
import { contract } from "../support/contract";
import { itRefusesWithoutCredentialsAndOversizedBodies } from "../support/contract-refusals";
import { makeStoryWithArticle } from "../support/factories";
import { allowOnly, type PageServer, startPageServer } from "../support/page-server";

const owned = ["createArticle", "getArticle", "updateArticle", "reviseArticleText", "listArticleClaims", "createClaim"] as const;
const c = contract(["createArticle", "getArticle", "updateArticle", "reviseArticleText", "listArticleClaims", "createClaim"]);
afterAll(() => c.assertEveryStatusCovered());

itRefusesWithoutCredentialsAndOversizedBodies(c, owned);

const TEXT = "Alpha said the bridge was closed. Beta might reopen it.";

describe("POST /api/v1/stories/:id/articles", () => {
  it("adds from text for analysts; refuses viewers; 404 for an unknown story", async () => {
    const { story } = await makeStoryWithArticle();
    const analyst = await tokenFor("analyst");
    const res = await c.send("createArticle", {
      token: analyst.token,
      params: { id: story.id },
      body: { title: "Second", text: "Gamma confirmed it.", language: "sr-Latn" },
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ title: "Second", text: "Gamma confirmed it.", language: "sr-Latn", storyId: story.id, revisionNumber: 1, version: 1 });
    const viewer = await tokenFor("viewer");
    expect((await c.send("createArticle", { token: viewer.token, params: { id: story.id }, body: { title: "x", text: "y" } })).status).toBe(403);
    expect((await c.send("createArticle", { token: analyst.token, params: { id: "missing" }, body: { title: "x", text: "y" } })).status).toBe(404);
  });

  it("names each bad field, including a text over the maximum length", async () => {
    const { story } = await makeStoryWithArticle();
    const { token } = await tokenFor("editor");
    const res = await c.send("createArticle", {
      token,
      params: { id: story.id },
      body: { title: "", text: "x".repeat(MAX_ARTICLE_CHARS + 1), language: "english", url: "ftp://x" },
    });
    expect(res.status).toBe(400);
    expect(res.body!.error.details).toEqual(
      expect.arrayContaining([
        { path: "title", message: "must not be empty" },
        { path: "text", message: "must be at most 200,000 characters" },
        { path: "language", message: 'must be a language tag such as "en" or "sr-Latn"' },
        { path: "url", message: "must be an http(s) URL" },
      ]),
    );
    const empty = await c.send("createArticle", { token, params: { id: story.id }, body: { title: "Blank", text: "   " } });
    expect(empty.body!.error.details).toEqual([{ path: "text", message: "must contain the article's text" }]);
  });
});

describe("POST /api/v1/stories/:id/articles with { url }", () => {
  // Pages come from the tests' own server on 127.0.0.1 only (FETCH_ALLOW_HOSTS).
  let pages: PageServer;
  let restore: () => void;
  beforeAll(async () => {
    pages = await startPageServer();
    restore = allowOnly(pages);
  });
  afterAll(async () => {
    restore();
    await pages.close();
  });

  it("answers 422 for a page of another type and 502 for a site that cannot be had", async () => {
    const { story } = await makeStoryWithArticle();
    const { token } = await tokenFor("analyst");
    pages.routes.set("/image", { type: "image/png", body: "PNG" });
    const wrongType = await c.send("createArticle", { token, params: { id: story.id }, body: { url: `${pages.origin}/image` } });
    expect(wrongType.status).toBe(422);
    expect(wrongType.body!.error).toMatchObject({ code: "unprocessable", details: [{ path: "url", message: "is not an HTML or text page" }] });
    pages.routes.set("/broken", { status: 500, type: "text/html", body: "oops" });
    const broken = await c.send("createArticle", { token, params: { id: story.id }, body: { url: `${pages.origin}/broken` } });
    expect(broken.status).toBe(502);
    expect(broken.body!.error).toMatchObject({ code: "upstream_failed", message: expect.stringMatching(/answered 500/) });
  });
});

describe("GET and PATCH /api/v1/articles/:id", () => {
  it("reads, edits with a version check, and refuses what it must", async () => {
    const { article } = await makeStoryWithArticle(TEXT);
    const { token } = await tokenFor("editor");
    const read = await c.send("getArticle", { token, params: { id: article.id } });
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({ text: TEXT, revisionId: article.revision.id });
    expect((await c.send("getArticle", { token, params: { id: "missing" } })).status).toBe(404);

    const edited = await c.send("updateArticle", { token, params: { id: article.id }, body: { version: 1, outlet: "The Daily", publishedAt: "2020-05-14" } });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ outlet: "The Daily", publishedAt: "2020-05-14", version: 2 });
    const stale = await c.send("updateArticle", { token, params: { id: article.id }, body: { version: 1, outlet: "Lost" } });
    expect(stale.status).toBe(409);
    expect((await c.send("getArticle", { token, params: { id: article.id } })).body!.outlet).toBe("The Daily");
    expect((await c.send("updateArticle", { token, params: { id: "missing" }, body: { version: 1 } })).status).toBe(404);
    const bad = await c.send("updateArticle", { token, params: { id: article.id }, body: { version: 2, publishedAt: "14 May", text: "no" } });
    expect(bad.status).toBe(400);
    expect(bad.body!.error.details.map((d: { path: string }) => d.path).sort()).toEqual(["(body)", "publishedAt"]);
    const analyst = await tokenFor("analyst");
    expect((await c.send("updateArticle", { token: analyst.token, params: { id: article.id }, body: { version: 2, outlet: "Mine" } })).status).toBe(403);
  });
});

describe("PUT /api/v1/articles/:id/text", () => {
  it("revises, reports re-anchoring, and refuses stale, foreign, unknown and bad input", async () => {
    const { article } = await makeStoryWithArticle(TEXT);
    await createClaim({ articleId: article.id, exact: "Beta might reopen it.", statement: "Reopen", sourcing: "speculative" });
    const { token } = await tokenFor("editor");
    const res = await c.send("reviseArticleText", { token, params: { id: article.id }, body: { version: 1, text: `Update: ${TEXT}` } });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ article: { version: 2, revisionNumber: 2 }, claims: { moved: 1, orphaned: 0 } });
    expect((await c.send("reviseArticleText", { token, params: { id: article.id }, body: { version: 1, text: "Lost" } })).status).toBe(409);
    expect((await c.send("reviseArticleText", { token, params: { id: "missing" }, body: { version: 1, text: "x" } })).status).toBe(404);
    const bad = await c.send("reviseArticleText", { token, params: { id: article.id }, body: { version: "2", text: 7 } });
    expect(bad.status).toBe(400);
    expect(bad.body!.error.details).toEqual([
      { path: "version", message: "must be a number" },
      { path: "text", message: "must be a string" },
    ]);
    const viewer = await tokenFor("viewer");
    expect((await c.send("reviseArticleText", { token: viewer.token, params: { id: article.id }, body: { version: 2, text: "Mine" } })).status).toBe(403);
  });
});

describe("GET /api/v1/articles/:id/claims", () => {
  it("pages with limit and cursor, names a bad limit, 404 for an unknown article", async () => {
    const { article } = await makeStoryWithArticle(TEXT);
    await createClaim({ articleId: article.id, exact: "Alpha said the bridge was closed.", statement: "Closed", sourcing: "attributed" });
    await createClaim({ articleId: article.id, exact: "Beta might reopen it.", statement: "Reopen", sourcing: "speculative" });
    const { token } = await tokenFor("viewer");
    const first = await c.send("listArticleClaims", { token, params: { id: article.id }, query: { limit: "1" } });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ items: [{ statement: "Closed" }], nextCursor: expect.any(String) });
    const second = await c.send("listArticleClaims", { token, params: { id: article.id }, query: { limit: "1", cursor: first.body!.nextCursor } });
    expect(second.body).toMatchObject({ items: [{ statement: "Reopen" }], nextCursor: null });
    const bad = await c.send("listArticleClaims", { token, params: { id: article.id }, query: { limit: "1000" } });
    expect(bad.status).toBe(400);
    expect(bad.body!.error.details).toEqual([{ path: "limit", message: "must be at most 200" }]);
    expect((await c.send("listArticleClaims", { token, params: { id: "missing" } })).status).toBe(404);
  });
});

describe("POST /api/v1/articles/:id/claims", () => {
  it("records by offsets or quote and refuses what it must", async () => {
    const { article } = await makeStoryWithArticle(TEXT);
    const analyst = await tokenFor("analyst");
    const byOffsets = await c.send("createClaim", {
      token: analyst.token,
      params: { id: article.id },
      body: { start: 0, end: 33, statement: "Closed", sourcing: "attributed", source: "Alpha", revisionId: article.revision.id },
    });
    expect(byOffsets.status).toBe(201);
    expect(byOffsets.body!.selector).toMatchObject({ exact: TEXT.slice(0, 33), start: 0, end: 33 });

    const approved = await c.send("createClaim", {
      token: analyst.token,
      params: { id: article.id },
      body: { exact: "Beta might reopen it.", statement: "Reopen", sourcing: "speculative", status: "approved" },
    });
    expect(approved.status).toBe(403);
    const viewer = await tokenFor("viewer");
    expect(
      (await c.send("createClaim", { token: viewer.token, params: { id: article.id }, body: { exact: "Beta", statement: "x", sourcing: "speculative" } }))
        .status,
    ).toBe(403);

    const staleRevision = await c.send("createClaim", {
      token: analyst.token,
      params: { id: article.id },
      body: { start: 0, end: 5, statement: "x", sourcing: "confirmed", revisionId: "an-old-revision" },
    });
    expect(staleRevision.status).toBe(409);
    expect(staleRevision.body!.error.details).toEqual([{ path: "revisionId", message: `the current revision is ${article.revision.id}` }]);

    const absent = await c.send("createClaim", {
      token: analyst.token,
      params: { id: article.id },
      body: { exact: "Gamma", statement: "x", sourcing: "confirmed" },
    });
    expect(absent.status).toBe(400);
    expect(absent.body!.error.details[0].path).toBe("exact");
    const bad = await c.send("createClaim", {
      token: analyst.token,
      params: { id: article.id },
      body: { start: -1, end: 3, statement: "", sourcing: "rumour" },
    });
    expect(bad.status).toBe(400);
    expect(bad.body!.error.details.map((d: { path: string }) => d.path).sort()).toEqual(["sourcing", "start", "statement"]);
    expect(
      (await c.send("createClaim", { token: analyst.token, params: { id: "missing" }, body: { exact: "x", statement: "x", sourcing: "confirmed" } })).status,
    ).toBe(404);
  });
});
