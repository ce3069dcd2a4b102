/**
 * Issue 14, finding 1, for the other heavy inputs: a story export of a million bad items (2 MB, under
 * the body limit) made a million zod issues, 637 MB of heap, which killed a server capped at 256 MB;
 * a claims CSV of 350,000 one-character rows took 200 MB to check. The export is read in the parsing
 * worker, an answer names at most MAX_ERROR_DETAILS problems, and a CSV holds at most MAX_CSV_ROWS.
 */
import { afterAll, describe, expect, it } from "vitest";
import { MAX_ERROR_DETAILS } from "@/domain/errors";
import { MAX_CSV_ROWS } from "@/domain/exchange/csv-claims";
import { closeParsePool } from "@/domain/parsing/pool";
import { POST as importClaims } from "../../app/api/v1/articles/[id]/claims/import/route";
import { POST as importStory } from "../../app/api/v1/stories/import/route";
import { call, tokenFor } from "../support/api";
import { makeStoryWithArticle } from "../support/factories";

afterAll(() => closeParsePool());

const exportWithBadArticles = (n: number) => `{"format":"claimboard-story","formatVersion":1,"articles":[${"1,".repeat(n - 1)}1]}`;

describe("hostile story exports", () => {
  it("answers a million bad items without the server's heap taking them", async () => {
    const editor = await tokenFor("editor");
    global.gc?.();
    const before = process.memoryUsage().heapUsed;
    const res = await call(importStory, "/api/v1/stories/import", { token: editor.token, rawBody: exportWithBadArticles(1_000_000) });
    const grown = process.memoryUsage().heapUsed - before;
    expect([400, 422]).toContain(res.status);
    expect(res.body!.error.message).toBeTruthy();
    expect(res.body!.error.details?.length ?? 0).toBeLessThanOrEqual(MAX_ERROR_DETAILS);
    expect(grown).toBeLessThan(150 * 1024 * 1024);
  }, 90_000);

  it("names the first problems and counts the rest", async () => {
    const editor = await tokenFor("editor");
    const res = await call(importStory, "/api/v1/stories/import", { token: editor.token, rawBody: exportWithBadArticles(5_000) });
    expect(res.status).toBe(400);
    expect(res.body!.error.details).toHaveLength(MAX_ERROR_DETAILS);
    expect(res.body!.error.message).toMatch(/and 500\d more problems/);
  }, 30_000);

  it("still says plainly when the body is not JSON", async () => {
    const editor = await tokenFor("editor");
    const res = await call(importStory, "/api/v1/stories/import", { token: editor.token, rawBody: "{not json" });
    expect(res.status).toBe(400);
    expect(res.body!.error.message).toMatch(/not valid JSON/);
  });

  it("refuses a viewer before reading the file", async () => {
    const viewer = await tokenFor("viewer");
    const res = await call(importStory, "/api/v1/stories/import", { token: viewer.token, rawBody: exportWithBadArticles(1_000_000) });
    expect(res.status).toBe(403);
  });
});

describe("hostile claim CSVs", () => {
  const csvOf = (rows: number) => "quote,statement,sourcing\n" + "zebra quokka,s,attributed\n".repeat(rows);

  it(`refuses more than ${MAX_CSV_ROWS} rows with 413, naming the limit`, async () => {
    const editor = await tokenFor("editor");
    const { article } = await makeStoryWithArticle();
    const res = await call(importClaims, `/api/v1/articles/${article.id}/claims/import?dryRun=true`, {
      token: editor.token,
      params: { id: article.id },
      headers: { "content-type": "text/csv" },
      rawBody: "quote,statement,sourcing\n" + "a,b,c\n".repeat(300_000),
    });
    expect(res.status).toBe(413);
    expect(res.body!.error.message).toContain(String(MAX_CSV_ROWS));
  });

  it(`checks a file of exactly ${MAX_CSV_ROWS} rows`, async () => {
    const editor = await tokenFor("editor");
    const { article } = await makeStoryWithArticle();
    const res = await call(importClaims, `/api/v1/articles/${article.id}/claims/import?dryRun=true`, {
      token: editor.token,
      params: { id: article.id },
      headers: { "content-type": "text/csv" },
      rawBody: csvOf(MAX_CSV_ROWS),
    });
    expect(res.status).toBe(200);
    expect(res.body!.total).toBe(MAX_CSV_ROWS);
    expect(res.body!.rows).toHaveLength(MAX_CSV_ROWS);
  }, 30_000);
});
