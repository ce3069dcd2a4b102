/** Contract of re-fetching an article and of What changed: every documented status, each answer in its documented shape. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/data/db";
import { closeParsePool } from "@/domain/parsing/pool";
import { tokenFor } from "../support/api";
import { contract } from "../support/contract";
import { itRefusesWithoutCredentialsAndOversizedBodies } from "../support/contract-refusals";
import { makeStoryWithArticle } from "../support/factories";
import { newsPage } from "../support/news-pages";
import { allowOnly, type PageServer, startPageServer } from "../support/page-server";

const owned = ["refetchArticle", "getArticleChanges"] as const;
const c = contract(["refetchArticle", "getArticleChanges"]);
afterAll(() => c.assertEveryStatusCovered());
itRefusesWithoutCredentialsAndOversizedBodies(c, owned);

const TEXT = "Alpha said the bridge was closed on Monday after the storm had damaged it badly. Beta might reopen it.";

let pages: PageServer;
let restore: () => void;
beforeAll(async () => {
  pages = await startPageServer();
  restore = allowOnly(pages);
});
afterAll(async () => {
  restore();
  await pages.close();
  await closeParsePool();
});

/** An article whose page is served at `path`. */
async function fetchedArticle(path: string) {
  const { article } = await makeStoryWithArticle(TEXT);
  await (await getDb()).article.update({ where: { id: article.id }, data: { fetchUrl: `${pages.origin}${path}` } });
  return article;
}

describe("POST /api/v1/articles/:id/refetch", () => {
  it("answers 200, 403, 404, 409, 422 and 502 as documented", async () => {
    const { token } = await tokenFor("analyst");
    const article = await fetchedArticle("/a");
    pages.routes.set("/a", { type: "text/html", body: newsPage({ title: "A", paragraphs: [TEXT.replace("Monday", "Tuesday")] }) });
    const ok = await c.send("refetchArticle", { token, params: { id: article.id } });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ changed: true });

    const viewer = await tokenFor("viewer");
    expect((await c.send("refetchArticle", { token: viewer.token, params: { id: article.id } })).status).toBe(403);
    expect((await c.send("refetchArticle", { token, params: { id: "no-such-article" } })).status).toBe(404);

    // Edited while its page was being fetched: the re-fetch does not overwrite the edit.
    const raced = await fetchedArticle("/raced");
    pages.routes.set("/raced", () => {
      void getDb().then((db) => db.article.update({ where: { id: raced.id }, data: { version: { increment: 1 } } }));
      return { type: "text/html", body: newsPage({ title: "R", paragraphs: ["Entirely new words."] }), delayMs: 300 };
    });
    const stale = await c.send("refetchArticle", { token, params: { id: raced.id } });
    expect(stale.status).toBe(409);

    const { article: pasted } = await makeStoryWithArticle(TEXT);
    expect((await c.send("refetchArticle", { token, params: { id: pasted.id } })).status).toBe(422);
    const broken = await fetchedArticle("/broken");
    pages.routes.set("/broken", { status: 503, type: "text/plain", body: "down" });
    expect((await c.send("refetchArticle", { token, params: { id: broken.id } })).status).toBe(502);
  });
});

describe("GET /api/v1/articles/:id/changes", () => {
  it("answers 200, 400 and 404 as documented", async () => {
    const { token } = await tokenFor("viewer");
    const { article } = await makeStoryWithArticle(TEXT);
    const ok = await c.send("getArticleChanges", { token, params: { id: article.id } });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ since: { number: 1 }, current: { number: 1 }, diff: [{ op: "equal", text: TEXT }] });
    expect((await c.send("getArticleChanges", { token, params: { id: article.id }, query: { until: "x" } })).status).toBe(400);
    expect((await c.send("getArticleChanges", { token, params: { id: article.id }, query: { since: "nope" } })).status).toBe(404);
  });
});
