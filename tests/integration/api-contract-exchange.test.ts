/** Contract of exports and imports: every format's media type, story import, CSV claim import. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createClaim } from "@/demo/factories";
import { exportMediaTypes } from "@/server/openapi/operations/exchange";
import { tokenFor } from "../support/api";
import { contract, oversizedBody } from "../support/contract";
import { itRefusesWithoutCredentialsAndOversizedBodies } from "../support/contract-refusals";
import { makeStoryWithArticle } from "../support/factories";

const owned = ["exportStory", "importStory", "importClaims"] as const;
const c = contract(["exportStory", "importStory", "importClaims"]);
afterAll(() => c.assertEveryStatusCovered());

itRefusesWithoutCredentialsAndOversizedBodies(c, owned);

let storyId: string;
let articleId: string;
let viewer: string;

beforeAll(async () => {
  const { story, article, user } = await makeStoryWithArticle();
  await createClaim({
    articleId: article.id,
    exact: "Alpha said the bridge was closed.",
    statement: "Closed",
    sourcing: "attributed",
    source: "Alpha",
    createdById: user.id,
  });
  storyId = story.id;
  articleId = article.id;
  viewer = (await tokenFor("viewer")).token;
});

describe("GET /api/v1/stories/:id/export", () => {
  it.each(Object.entries(exportMediaTypes))("%s answers its documented media type and schema", async (format, mediaType) => {
    const res = await c.send("exportStory", { token: viewer, params: { id: storyId }, query: { format } });
    expect(res.status).toBe(200);
    expect(res.mediaType).toBe(mediaType);
    expect(res.headers.get("content-disposition")).toMatch(/^attachment; filename="story-[a-z0-9-]+\.[a-z.]+"$/);
  });

  it("answers json by default, 400 for an unknown format, 404 for an unknown story", async () => {
    const res = await c.send("exportStory", { token: viewer, params: { id: storyId } });
    expect(res.mediaType).toBe("application/json");
    expect(res.body).toMatchObject({ format: "claimboard-story", formatVersion: 1, story: { id: storyId } });
    const bad = await c.send("exportStory", { token: viewer, params: { id: storyId }, query: { format: "xml" } });
    expect(bad.status).toBe(400);
    expect(bad.body!.error.details).toEqual([{ path: "format", message: "must be one of json, csv, w3c, claimreview, pdf" }]);
    expect((await c.send("exportStory", { token: viewer, params: { id: "missing" }, query: { format: "csv" } })).status).toBe(404);
  });
});

describe("POST /api/v1/stories/import", () => {
  it("imports a json export as a new story; 400 for another file, 403 for viewers and for analysts importing approvals", async () => {
    const exported = (await c.send("exportStory", { token: viewer, params: { id: storyId } })).body!;
    const analyst = await tokenFor("analyst");
    const imported = await c.send("importStory", { token: analyst.token, body: exported });
    expect(imported.status).toBe(201);
    // A story of that title exists (the original): the copy is marked.
    expect(imported.body).toMatchObject({
      title: `${exported.story.title} (imported ${new Date().toISOString().slice(0, 10)})`,
      imported: { articles: 1, revisions: 1, claims: 1, propositions: 0, links: 0, comments: 0 },
    });
    expect(imported.body!.id).not.toBe(storyId);
    const preview = await c.send("importStory", { token: analyst.token, query: { dryRun: "true" }, body: exported });
    expect(preview.status).toBe(200);
    expect(preview.body).toMatchObject({ dryRun: true, originalTitle: exported.story.title, counts: { articles: 1, claims: 1 } });

    const notAnExport = await c.send("importStory", { token: analyst.token, body: { title: "A story" } });
    expect(notAnExport.status).toBe(400);
    expect(notAnExport.body!.error.details).toEqual([{ path: "format", message: 'is missing, expected "claimboard-story"' }]);
    expect((await c.send("importStory", { token: viewer, body: exported })).status).toBe(403);
    const approved = structuredClone(exported);
    approved.articles[0].claims[0].status = "approved";
    const refused = await c.send("importStory", { token: analyst.token, body: approved });
    expect(refused.status).toBe(403);
    expect(refused.body!.error.message).toMatch(/1 approved claim/);
  });
});

describe("POST /api/v1/articles/:id/claims/import", () => {
  const csv = "quote,statement,sourcing,source\r\nBeta might reopen it.,Reopening,speculative,Beta\r\n";

  it("previews (200) and imports (201), from text/csv or JSON", async () => {
    const analyst = await tokenFor("analyst");
    const { article } = await makeStoryWithArticle();
    const csvBody = { token: analyst.token, params: { id: article.id }, headers: { "content-type": "text/csv" }, rawBody: csv };
    const preview = await c.send("importClaims", { ...csvBody, query: { dryRun: "true" } });
    expect(preview.status).toBe(200);
    expect(preview.body).toMatchObject({ dryRun: true, total: 1, valid: 1, imported: 0, rows: [{ row: 2, status: "valid" }] });
    const written = await c.send("importClaims", csvBody);
    expect(written.status).toBe(201);
    expect(written.body).toMatchObject({ dryRun: false, imported: 1, rows: [{ row: 2, status: "imported", claimId: expect.any(String) }] });

    const json = await c.send("importClaims", { token: analyst.token, params: { id: articleId }, body: { csv, mode: "valid-only", dryRun: true } });
    expect(json.status).toBe(200);
    expect(json.body).toMatchObject({ mode: "valid-only", dryRun: true, valid: 1 });
  });

  it("refuses bad rows whole (400), viewers (403), unknown articles (404), and big CSVs (413)", async () => {
    const editor = await tokenFor("editor");
    const send = (token: string, id: string, rawBody: string) =>
      c.send("importClaims", { token, params: { id }, headers: { "content-type": "text/csv" }, rawBody });
    const bad = await send(editor.token, articleId, `${csv}Not in the text.,Gone,speculative,\r\n`);
    expect(bad.status).toBe(400);
    expect(bad.body!.error.details).toEqual([{ path: "rows.3.quote", message: expect.any(String) }]);
    const badOption = await c.send("importClaims", { token: editor.token, params: { id: articleId }, body: { csv, mode: "some" } });
    expect(badOption.status).toBe(400);
    expect(badOption.body!.error.details).toEqual([{ path: "mode", message: 'must be "all" or "valid-only"' }]);
    expect((await send(viewer, articleId, csv)).status).toBe(403);
    expect((await send(editor.token, "missing", csv)).status).toBe(404);
    const big = await send(editor.token, articleId, `${csv}${"x".repeat(oversizedBody().length)}`);
    expect(big.status).toBe(413);
  });
});
