import { expect, seriousA11yViolations, test } from "./fixtures";

const DEMO = "Russian espionage affair in Serbia (2019–2020)";

/** The value of each headline figure card on the current page, by kind. */
async function figureValues(page: import("@playwright/test").Page) {
  const cards = page.locator(".figure[data-kind]");
  await expect(cards).toHaveCount(4);
  const values: Record<string, string> = {};
  for (const card of await cards.all()) values[(await card.getAttribute("data-kind"))!] = await card.locator(".figure-value").innerText();
  return values;
}

test.describe("the story report for editorial meetings (issue 15)", () => {
  // Viewers read, so they get the report and its PDF too.
  test.use({ role: "viewer" });

  test("shows the dashboard's figures, the matrix and the claims, prints cleanly, and downloads as a PDF", async ({ page }, info) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto("/");
    await page.getByRole("link", { name: DEMO }).click();
    await expect(page.getByRole("heading", { level: 1, name: DEMO })).toBeVisible();
    const dashboard = await figureValues(page);
    const matrixRows = await page.locator("table.matrix tbody tr").count();

    await page.getByRole("link", { name: "Report", exact: true }).click();
    await expect(page).toHaveURL(/\/stories\/[^/]+\/report$/);
    await expect(page.getByRole("heading", { level: 1, name: DEMO })).toBeVisible();
    expect(await figureValues(page)).toEqual(dashboard);
    await expect(page.getByRole("heading", { name: "Headline figures" })).toBeVisible();
    // Every proposition in the matrix, and under its own heading with its claims.
    await expect(page.locator("table.matrix tbody tr")).toHaveCount(matrixRows);
    await expect(page.getByRole("region", { name: "Matrix, table" })).toBeVisible();
    const propositions = page.locator("section[aria-labelledby='report-propositions'] article");
    await expect(propositions).toHaveCount(matrixRows);
    await expect(page.locator("blockquote").filter({ hasText: "Vučić" }).first()).toBeVisible();
    // The dashboard's charts, drawn once the page is idle.
    const charts = page.locator("figure.chart");
    await expect(charts.first().locator("svg.recharts-surface").first()).toBeAttached({ timeout: 10_000 });
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.screenshot({ path: info.outputPath("report-screen.png"), fullPage: true });

    // Printing: no app header or navigation, no buttons; the content stays.
    await expect(page.getByRole("button", { name: "Print report" })).toBeVisible();
    await page.emulateMedia({ media: "print" });
    await expect(page.locator(".app-header")).toBeHidden();
    await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
    await expect(page.getByRole("navigation", { name: "Report actions" })).toBeHidden();
    await expect(page.getByRole("button", { name: "Print report" })).toBeHidden();
    await expect(page.getByRole("heading", { level: 1, name: DEMO })).toBeVisible();
    await expect(page.locator("table.matrix")).toBeVisible();
    await expect(charts.first().locator("svg.recharts-surface").first()).toBeVisible();
    // Links read as plain text on paper (an article's URL is written out): checked on a link put
    // into the report, as the demo's articles have no URL.
    const plain = await page.locator("#report-articles").evaluate((heading) => {
      const a = document.createElement("a");
      a.href = "https://example.org/article";
      a.textContent = "https://example.org/article";
      heading.parentElement!.append(a);
      const style = getComputedStyle(a);
      const body = getComputedStyle(document.body);
      const answer = {
        decoration: style.textDecorationLine,
        sameColour: style.color === getComputedStyle(heading.parentElement!).color || style.color === body.color,
      };
      a.remove();
      return answer;
    });
    expect(plain).toEqual({ decoration: "none", sameColour: true });
    await page.screenshot({ path: info.outputPath("report-print.png"), fullPage: true });
    // What the browser prints, page by page (Chromium's own print to PDF), to look at.
    await page.pdf({ path: info.outputPath("report-printed.pdf"), format: "A4", printBackground: true });
    await page.emulateMedia({ media: "screen" });

    // The PDF, from the report's link.
    const pdfLink = page.getByRole("link", { name: "Download PDF" });
    const href = (await pdfLink.getAttribute("href"))!;
    expect(href).toMatch(/\/api\/v1\/stories\/[^/]+\/export\?format=pdf$/);
    const [download] = await Promise.all([page.waitForEvent("download"), pdfLink.click()]);
    expect(download.suggestedFilename()).toBe("russian-espionage-affair-in-serbia-2019-2020.report.pdf");
    const res = await page.request.get(href);
    expect(res.status()).toBe(200);
    expect(res.headers()["content-type"]).toBe("application/pdf");
    expect(res.headers()["content-disposition"]).toMatch(/^attachment; filename=".+\.report\.pdf"$/);
    expect((await res.body()).subarray(0, 5).toString()).toBe("%PDF-");
  });

  test("the Export menu offers the report as a PDF", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("link", { name: DEMO }).click();
    await page.getByText("Export", { exact: true }).click();
    const item = page.getByRole("list", { name: "Export formats" }).getByRole("link", { name: /Story report \(PDF\)/ });
    await expect(item).toHaveAttribute("href", /\/export\?format=pdf$/);
  });
});
