/**
 * POST /api/v1/stories/:id/articles with { url }: the page is fetched from the tests' own server on
 * 127.0.0.1 (allowed by FETCH_ALLOW_HOSTS), read by the HTML import, and its metadata fills the
 * article. Every failure is a 4xx or 502 naming what went wrong, and stores nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/data/db";
import { closeParsePool } from "@/domain/parsing/pool";
import { POST as createArticle } from "../../app/api/v1/stories/[id]/articles/route";
import { call, tokenFor } from "../support/api";
import { makeStoryWithArticle } from "../support/factories";
import { newsPage } from "../support/news-pages";
import { allowOnly, type PageServer, startPageServer } from "../support/page-server";

let server: PageServer;
let restore: () => void;
let token: string;
let storyId: string;
beforeAll(async () => {
  server = await startPageServer();
  restore = allowOnly(server);
  token = (await tokenFor("analyst")).token;
  storyId = (await makeStoryWithArticle()).story.id;
});
afterAll(async () => {
  restore();
  await server.close();
  await closeParsePool();
});

const importUrl = (body: Record<string, unknown>, id = storyId) => call(createArticle, "/", { token, params: { id }, body });
const articleCount = async () => (await getDb()).article.count({ where: { storyId } });

const PARAGRAPHS = [
  "Serbian President Aleksandar Vučić said on Thursday that a Russian diplomat had been filmed handing money to a Serbian officer.",
  "The video, published online, shows the meeting in a Belgrade car park, according to the security services.",
  "Kremlin spokesman Dmitry Peskov said Moscow had not been informed and might ask for an explanation.",
];

describe("import by URL", () => {
  it("fetches the page and fills title, byline, dates, outlet, language and canonical URL", async () => {
    server.routes.set("/news/spy-video", {
      type: "text/html; charset=utf-8",
      body: newsPage({
        title: "Serbia shows video of Russian spy | The Balkan Wire",
        site: "The Balkan Wire",
        author: "Ana Horvat",
        published: "2019-11-21T23:30:00+01:00",
        modified: "2019-11-22T08:00:00Z",
        lang: "en-GB",
        canonical: `${server.origin}/news/spy-video`,
        paragraphs: PARAGRAPHS,
      }),
    });
    const res = await importUrl({ url: `${server.origin}/news/spy-video?utm_source=x` });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({
      title: "Serbia shows video of Russian spy",
      outlet: "The Balkan Wire",
      author: "Ana Horvat",
      publishedAt: "2019-11-21T23:30:00+01:00",
      modifiedAt: "2019-11-22T08:00:00Z",
      language: "en",
      url: `${server.origin}/news/spy-video`,
      revisionNumber: 1,
    });
    expect(res.body!.fetchedAt).toEqual(expect.any(String));
    expect(res.body!.text).toBe(PARAGRAPHS.join("\n\n"));
    expect(res.body!.text).not.toMatch(/Home|Copyright/);
  });

  it("takes the outlet from the host when the page names none, and lets the request override the metadata", async () => {
    server.routes.set("/plain-page", { type: "text/html", body: newsPage({ title: "Plain", paragraphs: PARAGRAPHS }) });
    const res = await importUrl({ url: `${server.origin}/plain-page`, title: "My title", language: "sr" });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({ title: "My title", outlet: "127.0.0.1", language: "sr", url: `${server.origin}/plain-page` });
  });

  it("reads a plain-text page, its first line as the title", async () => {
    server.routes.set("/wire.txt", { type: "text/plain; charset=utf-8", body: "Wire: spy video shown\n\nThe video was shown in Belgrade." });
    const res = await importUrl({ url: `${server.origin}/wire.txt` });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({ title: "Wire: spy video shown", text: "Wire: spy video shown\n\nThe video was shown in Belgrade." });
  });

  it("answers each failure with a status and a message naming it, and stores nothing", async () => {
    server.routes.set("/gone", { status: 410, type: "text/html", body: "gone" });
    server.routes.set("/file.pdf", { type: "application/pdf", body: "%PDF-1.4" });
    server.routes.set("/loop", { status: 302, headers: { location: "/loop" } });
    server.routes.set("/to-metadata", { status: 302, headers: { location: "http://169.254.169.254/latest/meta-data/" } });
    server.routes.set("/empty", { type: "text/html", body: "<html><head><title>Empty</title></head><body></body></html>" });
    const before = await articleCount();
    const cases: [string, number, RegExp][] = [
      [`${server.origin}/gone`, 502, /answered 410/],
      [`${server.origin}/file.pdf`, 422, /serves application\/pdf/],
      [`${server.origin}/loop`, 502, /redirected more than 5 times/],
      [`${server.origin}/to-metadata`, 400, /169\.254\.169\.254 is a cloud metadata address/],
      [`http://127.0.0.1:${server.port + 1}/news`, 400, /127\.0\.0\.1 is a loopback address/],
      [`http://localhost:${server.port}/news/spy-video`, 400, /a loopback address/],
      [`http://[::1]:${server.port}/`, 400, /a loopback address/],
      [`http://10.20.30.40/`, 400, /a private network address/],
      [`${server.origin}/empty`, 400, /no text/],
    ];
    for (const [url, status, message] of cases) {
      const res = await importUrl({ url });
      expect(res.status, `${url}: ${JSON.stringify(res.body)}`).toBe(status);
      expect(res.body!.error.message, url).toMatch(message);
    }
    expect((await importUrl({ url: "ftp://example.org/x" })).body!.error.details[0].path).toBe("url");
    expect(await articleCount()).toBe(before);
  });

  it("does not fetch for a story that does not exist, nor for a viewer", async () => {
    server.routes.set("/counted", { type: "text/html", body: newsPage({ title: "Counted", paragraphs: PARAGRAPHS }) });
    expect((await importUrl({ url: `${server.origin}/counted` }, "no-such-story")).status).toBe(404);
    const viewer = (await tokenFor("viewer")).token;
    const res = await call(createArticle, "/", { token: viewer, params: { id: storyId }, body: { url: `${server.origin}/counted` } });
    expect(res.status).toBe(403);
    expect(server.hits.get("/counted")).toBeUndefined();
  });
});
