import { test as base } from "@playwright/test";
import { expect, seriousA11yViolations, test } from "./fixtures";

test.describe("API reference, signed in", () => {
  test.use({ role: "analyst" });

  test("is linked from the header, lists every endpoint, states the limits, and is accessible", async ({ page }) => {
    // A long page: axe checks every table cell's contrast.
    test.setTimeout(150_000);
    await page.goto("/");
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "API" }).click();
    await expect(page).toHaveURL(/\/api-reference$/);
    await expect(page.getByRole("heading", { level: 1, name: "Claimboard API reference" })).toBeVisible();
    await page.screenshot({ path: "test-results/api-reference-top.png" });

    // Every operation of the published document is on the page.
    const doc = await (await page.request.get("/api/v1/openapi.json")).json();
    const ids = Object.values(doc.paths as Record<string, Record<string, { operationId: string }>>).flatMap((item) =>
      Object.values(item).map((op) => op.operationId),
    );
    expect(ids.length).toBeGreaterThan(30);
    for (const id of ids) await expect(page.locator(`article#${id}`)).toHaveCount(1);

    const limits = page.getByRole("table", { name: "Limits the server enforces" });
    await expect(limits.getByRole("row", { name: /JSON body/ })).toContainText("2 MiB");
    await expect(limits.getByRole("row", { name: /Article text/ })).toContainText("200,000 characters");
    await expect(limits.getByRole("row", { name: /Page size/ })).toContainText("50 by default, at most 200");

    const createClaim = page.locator("article#createClaim");
    await expect(createClaim.getByRole("heading", { name: "Record a claim" })).toBeVisible();
    await expect(createClaim.getByRole("table", { name: /Request body/ })).toContainText("statement");
    await expect(createClaim.getByText("409 Conflict")).toBeVisible();

    await page.getByRole("navigation", { name: "API reference contents" }).getByRole("link", { name: "Record a claim" }).click();
    await expect(page).toHaveURL(/#createClaim$/);

    await page.screenshot({ path: "test-results/api-reference.png", fullPage: false });

    // Answers that are not JSON name their media types; so does a CSV request body.
    const exportStory = page.locator("article#exportStory");
    const ok = exportStory.locator(".api-response").filter({ hasText: "200" });
    for (const type of ["application/json", "text/csv", 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"', "application/ld+json"]) {
      await expect(ok.getByRole("listitem").filter({ has: page.getByText(type, { exact: true }) })).toHaveCount(1);
    }
    await expect(page.locator("article#importClaims")).toContainText("Or as text/csv: ClaimsCsv");
    await page.getByRole("navigation", { name: "API reference contents" }).getByRole("link", { name: "Export a story" }).click();
    await page.screenshot({ path: "test-results/api-reference-export.png", fullPage: false });
    expect(await seriousA11yViolations(page)).toEqual([]);
  });
});

base("the API reference and the document are public", async ({ page }) => {
  const doc = await page.request.get("/api/v1/openapi.json");
  expect(doc.status()).toBe(200);
  expect((await doc.json()).openapi).toBe("3.1.0");
  await page.goto("/api-reference");
  await expect(page.getByRole("heading", { level: 1, name: "Claimboard API reference" })).toBeVisible();
  await expect(page.locator("article#createToken")).toContainText("No authentication");
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "API" })).toBeVisible();
});
