import http from "node:http";
import { expect, seriousA11yViolations, test } from "./fixtures";
import { E2E_FETCH_PORT } from "./support/fetch-port";

const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Serbia expels spy | The Balkan Ledger</title>
<meta property="og:site_name" content="The Balkan Ledger"><meta name="author" content="Jana Novak">
<meta property="article:published_time" content="2019-11-21T10:00:00Z"></head>
<body><nav><a href="/">Home</a></nav><article><h1>Serbia expels Russian spy</h1>
<p>Serbian President Aleksandar Vučić said on Thursday that a Russian diplomat had paid a Serbian officer.</p>
<p>The Kremlin said it had no idea what the incident was about, according to spokesman Dmitry Peskov.</p></article></body></html>`;

const LIVE = (edition: number) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Officer arrested</title>
<meta property="og:site_name" content="The Wire"></head><body><article><h1>Officer arrested</h1>
<p>The officer, a lieutenant colonel of the Serbian army, was arrested on ${edition === 1 ? "Friday" : "Sunday"} in Belgrade.</p>
<p>The Kremlin ${edition === 1 ? "may ask" : "will ask"} Belgrade for an explanation of the video that was shown on Thursday evening.</p>
</article></body></html>`;

// The only server these tests make the app fetch from: on 127.0.0.1, allowed by FETCH_ALLOW_HOSTS.
let server: http.Server;
let edition = 1;
test.beforeAll(async () => {
  server = http.createServer((request, response) => {
    if (request.url === "/world/live") {
      response.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      return response.end(LIVE(edition));
    }
    if (request.url === "/world/spy") {
      response.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      return response.end(PAGE);
    }
    response.writeHead(404, { "content-type": "text/plain" });
    response.end("not here");
  });
  await new Promise<void>((resolve) => server.listen(E2E_FETCH_PORT, "127.0.0.1", resolve));
});
test.afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

test.describe("importing an article by its link, as an analyst", () => {
  test.use({ role: "analyst" });

  test("pasting a link adds the article with the page's details; a refused or missing page says why", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("button", { name: "New story" }).click();
    await page.getByLabel("Title").fill(`Link trial ${Date.now()}`);
    await page.getByRole("button", { name: "Create story" }).click();
    await page.getByRole("link", { name: "Add article" }).click();
    expect(await seriousA11yViolations(page)).toEqual([]);

    const address = page.getByLabel("The article’s address");
    // Another port on the same loopback address is not allowed.
    await address.fill(`http://127.0.0.1:${E2E_FETCH_PORT + 1}/world/spy`);
    await page.getByRole("button", { name: "Import from link" }).click();
    await expect(page.locator("#import-url-error")).toContainText("127.0.0.1 is a loopback address (this machine), which Claimboard does not connect to");
    await address.fill(`http://127.0.0.1:${E2E_FETCH_PORT}/world/missing`);
    await page.getByRole("button", { name: "Import from link" }).click();
    await expect(page.locator("#import-url-error")).toContainText("The site answered 404");
    expect(await seriousA11yViolations(page)).toEqual([]);

    await address.fill(`http://127.0.0.1:${E2E_FETCH_PORT}/world/spy`);
    await page.getByRole("button", { name: "Import from link" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Serbia expels spy" })).toBeVisible();
    await expect(page.getByText("The Balkan Ledger · by Jana Novak · 21 November 2019")).toBeVisible();
    await expect(page.getByText("said on Thursday that a Russian diplomat")).toBeVisible();
    await page.screenshot({ path: "test-results/import-url.png", fullPage: true });
  });
});

test.describe("re-fetching an article whose page changed, as an editor", () => {
  test.use({ role: "editor" });

  test("the new revision opens What changed: each claim's change and the text diff", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("button", { name: "New story" }).click();
    await page.getByLabel("Title").fill(`Refetch trial ${Date.now()}`);
    await page.getByRole("button", { name: "Create story" }).click();
    await page.getByRole("link", { name: "Add article" }).click();
    edition = 1;
    await page.getByLabel("The article’s address").fill(`http://127.0.0.1:${E2E_FETCH_PORT}/world/live`);
    await page.getByRole("button", { name: "Import from link" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Officer arrested" })).toBeVisible();

    // Record two claims through the API, as the annotation tests do by selection.
    const articleId = page.url().split("/").pop()!;
    const article = await (await page.request.get(`/api/v1/articles/${articleId}`)).json();
    for (const [exact, statement] of [
      ["The officer, a lieutenant colonel of the Serbian army, was arrested on Friday in Belgrade.", "Arrested on Friday"],
      ["The Kremlin may ask Belgrade for an explanation of the video that was shown on Thursday evening.", "Kremlin may ask"],
    ]) {
      const res = await page.request.post(`/api/v1/articles/${articleId}/claims`, {
        data: { exact, statement, sourcing: "confirmed", revisionId: article.revisionId },
        headers: { origin: new URL(page.url()).origin },
      });
      expect(res.status(), await res.text()).toBe(201);
    }

    await page.getByRole("button", { name: "Re-fetch from the page" }).click();
    await expect(page.getByRole("status").filter({ hasText: "The published page has not changed." })).toBeVisible();
    edition = 2;
    await page.getByRole("button", { name: "Re-fetch from the page" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "What changed" })).toBeVisible();
    const rows = page.getByRole("row");
    await expect(rows.filter({ hasText: "Arrested on Friday" })).toContainText("Reworded");
    await expect(rows.filter({ hasText: "Kremlin may ask" })).toContainText("Re-hedged");
    await expect(rows.filter({ hasText: "Kremlin may ask" })).toContainText("lost “may”");
    await expect(page.getByLabel("added: Sunday")).toBeVisible();
    await expect(page.getByLabel("removed: Friday")).toBeVisible();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.screenshot({ path: "test-results/what-changed.png", fullPage: true });
    await page.setViewportSize({ width: 390, height: 800 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.screenshot({ path: "test-results/what-changed-phone.png", fullPage: true });
  });
});
