import type { Page } from "@playwright/test";
import { expect, seriousA11yViolations, storyWithArticle, test } from "./fixtures";

/** A story with three claims submitted for review. */
async function threeWaiting(page: Page) {
  const { storyId, articleId } = await storyWithArticle(page, {
    title: "Harbour report",
    text: "The port authority said the harbour will close in May. Fishermen expect losses. The council may compensate them.",
  });
  const claims = [];
  for (const [exact, statement] of [
    ["the harbour will close in May", "Harbour closes in May"],
    ["Fishermen expect losses.", "Fishermen expect losses"],
    ["The council may compensate them.", "Council may compensate"],
  ]) {
    const claim = await (
      await page.request.post(`/api/v1/articles/${articleId}/claims`, { data: { exact, statement, sourcing: "attributed", status: "needs_review" } })
    ).json();
    claims.push(claim as { id: string; version: number });
  }
  return { storyId, articleId, claims };
}

async function pending(page: Page): Promise<number> {
  const queue = await (await page.request.get("/api/v1/review-queue?limit=200")).json();
  return queue.items.length as number;
}

test.describe("review in bulk", () => {
  test.use({ role: "editor" });

  test("the header shows how much waits; an editor approves a selection at once", async ({ page }) => {
    const { storyId, claims } = await threeWaiting(page);
    const before = await pending(page);
    expect(before).toBeGreaterThanOrEqual(3);
    await page.goto(`/review?story=${storyId}`);
    const nav = page.getByRole("navigation", { name: "Main" });
    await expect(nav.getByRole("link", { name: `Review (${before})` })).toBeVisible();

    const items = page.locator("ol.queue-list > li");
    await expect(items).toHaveCount(3);
    expect(await seriousA11yViolations(page)).toEqual([]);

    // Select all, then leave one out.
    await page.getByLabel("Select all on this page").check();
    await expect(page.getByText("3 items selected")).toBeVisible();
    await page.getByLabel("Select “Council may compensate”").uncheck();
    await expect(page.getByText("2 items selected")).toBeVisible();
    await expect(page.getByRole("button", { name: "Send back selected" })).toBeDisabled();
    await page.getByLabel(/Note to the authors/).fill("Checked against the authority's notice.");
    await page.screenshot({ path: "/tmp/h9-review-selected.png", fullPage: true });
    await page.getByRole("button", { name: "Approve selected" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Approved 2 items." })).toBeVisible();
    await expect(items).toHaveCount(1);
    await expect(items.first()).toContainText("Council may compensate");
    await expect(nav.getByRole("link", { name: `Review (${before - 2})` })).toBeVisible();
    await page.screenshot({ path: "/tmp/h9-review-after.png", fullPage: true });

    const first = await (await page.request.get(`/api/v1/claims/${claims[0]!.id}`)).json();
    expect(first.status).toBe("approved");
    const last = await (await page.request.get(`/api/v1/claims/${claims[2]!.id}`)).json();
    expect(last.status).toBe("needs_review");

    // Stale: someone else changed the last one since the page loaded; nothing is decided and it is named.
    expect(
      (
        await page.request.patch(`/api/v1/claims/${claims[2]!.id}`, { data: { version: last.version, statement: "Council may compensate fishermen" } })
      ).status(),
    ).toBe(200);
    await page.getByLabel("Select all on this page").check();
    await page.getByLabel(/Note to the authors/).fill("Say who at the council.");
    await page.getByRole("button", { name: "Send back selected" }).click();
    const alert = page.getByRole("alert").filter({ hasText: "Nothing was sent back" });
    await expect(alert).toBeVisible();
    await expect(alert).toContainText("“Council may compensate”");
    expect((await (await page.request.get(`/api/v1/claims/${claims[2]!.id}`)).json()).status).toBe("needs_review");
  });
});
