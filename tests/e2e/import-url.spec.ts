import http from "node:http";
import { expect, seriousA11yViolations, test } from "./fixtures";
import { E2E_FETCH_PORT } from "./support/fetch-port";

const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Serbia expels spy | The Balkan Ledger</title>
<meta property="og:site_name" content="The Balkan Ledger"><meta name="author" content="Jana Novak">
<meta property="article:published_time" content="2019-11-21T10:00:00Z"></head>
<body><nav><a href="/">Home</a></nav><article><h1>Serbia expels Russian spy</h1>
<p>Serbian President Aleksandar Vučić said on Thursday that a Russian diplomat had paid a Serbian officer.</p>
<p>The Kremlin said it had no idea what the incident was about, according to spokesman Dmitry Peskov.</p></article></body></html>`;

// The only server these tests make the app fetch from: on 127.0.0.1, allowed by FETCH_ALLOW_HOSTS.
let server: http.Server;
test.beforeAll(async () => {
  server = http.createServer((request, response) => {
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
