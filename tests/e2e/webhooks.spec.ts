import type { Page } from "@playwright/test";
import { expect, seriousA11yViolations, storyWithArticle, test } from "./fixtures";

// The admin's webhooks pages (issue 16): register (a refused private address first), see deliveries
// with the receiver's code and the next attempt, retry, disable, delete; axe-clean, and at 390 px
// without sideways scrolling. The receiver is a path of this same server (FETCH_ALLOW_HOSTS names
// only it, playwright.config.ts), which answers 404: a failing delivery, retried later.

test.use({ role: "admin" });

const PHONE = { width: 390, height: 844 };
// Cells of a delivery row after its header cell (the event): status, code, attempts, next attempt.
const [CODE, ATTEMPTS, NEXT] = [1, 2, 3];

async function noSidewaysScroll(page: Page) {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(page.viewportSize()!.width);
}

test("an admin registers a webhook, reads its delivery log, retries, disables and deletes it", async ({ page, baseURL }) => {
  const port = new URL(baseURL!).port;
  const receiver = `http://127.0.0.1:${port}/api/v1/e2e-webhook-receiver-${Date.now()}`;

  await page.goto("/admin");
  await page.getByRole("link", { name: "webhooks" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Webhooks" })).toBeVisible();
  expect(await seriousA11yViolations(page)).toEqual([]);

  // A private address is refused, and the form says why.
  await page.getByLabel("URL").fill("http://10.20.30.40/hook");
  await page.getByRole("button", { name: "Generate" }).click();
  await expect(page.getByLabel("Secret")).toHaveValue(/^[0-9a-f]{64}$/);
  await page.getByRole("button", { name: "Register webhook" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "refused" })).toContainText("a private network address");

  // Only story creations.
  await page.getByLabel("URL").fill(receiver);
  await page.getByLabel("All events").uncheck();
  const stories = page.getByRole("group", { name: "Stories" });
  await stories.getByLabel("created").check();
  expect(await seriousA11yViolations(page)).toEqual([]);
  await page.getByRole("button", { name: "Register webhook" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Registered" })).toContainText(`Registered ${receiver}`);
  await page.reload();
  const row = page.getByRole("row").filter({ hasText: receiver });
  await expect(row).toContainText("story.created");
  await expect(row).not.toContainText("All events");

  // A story is created: its event is delivered, the receiver answers 404, a retry is scheduled.
  await storyWithArticle(page, { title: "Webhooks", text: "Alpha said the bridge was closed." });
  await row.getByRole("link", { name: `Deliveries of ${receiver}` }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(receiver);
  const delivery = page.locator("tr[data-status]").first();
  await expect(async () => {
    await page.reload();
    await expect(delivery).toContainText("story.created", { timeout: 1_000 });
    await expect(delivery).toHaveAttribute("data-status", "pending", { timeout: 1_000 });
    await expect(delivery.locator("td").nth(CODE)).toHaveText("404", { timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
  await expect(delivery.locator("td").nth(ATTEMPTS)).toHaveText("1");
  await expect(delivery.locator("td").nth(NEXT)).toContainText("UTC");
  expect(await seriousA11yViolations(page)).toEqual([]);

  await page.setViewportSize(PHONE);
  await noSidewaysScroll(page);
  await page.screenshot({ path: "test-results/webhooks-deliveries-phone.png", fullPage: true });
  await page.setViewportSize({ width: 1280, height: 900 });

  // Retry now: sent again at once (and answered 404 again).
  await delivery.getByRole("button", { name: /Retry now/ }).click();
  await expect(async () => {
    await page.reload();
    await expect(delivery.locator("td").nth(CODE)).toHaveText("404", { timeout: 1_000 });
    await expect(delivery.locator("td").nth(ATTEMPTS)).toHaveText("1", { timeout: 1_000 });
  }).toPass({ timeout: 15_000 });

  // Disable, then delete (asked twice, no browser dialog).
  await page.getByRole("link", { name: "Webhooks" }).first().click();
  const listed = page.getByRole("row").filter({ hasText: receiver });
  await listed.getByRole("button", { name: `Disable ${receiver}` }).click();
  await expect(listed).toContainText("Disabled");

  await page.setViewportSize(PHONE);
  await noSidewaysScroll(page);
  await page.screenshot({ path: "test-results/webhooks-phone.png", fullPage: true });
  expect(await seriousA11yViolations(page)).toEqual([]);
  await page.setViewportSize({ width: 1280, height: 900 });

  await listed.getByRole("button", { name: `Delete ${receiver}`, exact: true }).click();
  await listed.getByRole("button", { name: `Delete for good ${receiver}` }).click();
  await expect(page.getByRole("row").filter({ hasText: receiver })).toHaveCount(0);
});

test("non-admins are refused the webhooks page", async ({ browser }) => {
  const context = await browser.newContext({ storageState: "tmp/e2e-auth/editor.json" });
  const page = await context.newPage();
  const response = await page.goto("/admin/webhooks");
  expect(response?.status()).toBe(403);
  await context.close();
});
