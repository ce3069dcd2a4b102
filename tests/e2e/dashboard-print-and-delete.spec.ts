import { expect, seriousA11yViolations, test } from "./fixtures";

test.describe("the dashboard for an editorial meeting (issue 15, bug 9)", () => {
  test.use({ role: "editor" });

  test("every chart is drawn without scrolling, so a full-page capture or a print shows it", async ({ page }) => {
    await page.setViewportSize({ width: 1440, height: 500 });
    await page.goto("/");
    await page.getByRole("link", { name: "Russian espionage affair in Serbia (2019–2020)" }).click();
    const charts = page.locator("figure.chart");
    await expect(charts.first()).toBeAttached();
    const count = await charts.count();
    expect(count).toBeGreaterThanOrEqual(1);
    // The last chart is below the fold of a 500 px window: it still draws once the page is idle.
    await expect(charts.last()).not.toBeInViewport();
    for (let i = 0; i < count; i++) await expect(charts.nth(i).locator("svg.recharts-surface").first()).toBeAttached({ timeout: 10_000 });
    await page.emulateMedia({ media: "print" });
    for (let i = 0; i < count; i++) await expect(charts.nth(i).locator("svg.recharts-surface").first()).toBeVisible();
  });

  test("deleting a proposition asks first, and it can be restored from Activity", async ({ page }) => {
    const post = (path: string, data: object) => page.request.post(path, { data }).then((r) => r.json());
    const story = await post("/api/v1/stories", { title: `Delete trial ${Date.now()}` });
    const a = await post(`/api/v1/stories/${story.id}/articles`, { title: "Daily report", text: "Officials said the bridge was closed on Monday." });
    await post(`/api/v1/stories/${story.id}/articles`, { title: "Residents", text: "Residents said the bridge stayed open." });
    const claim = await post(`/api/v1/articles/${a.id}/claims`, {
      exact: "Officials said the bridge was closed on Monday.",
      statement: "Closed",
      sourcing: "attributed",
    });
    const p = await post(`/api/v1/stories/${story.id}/propositions`, { statement: "The bridge closed on Monday" });
    await post(`/api/v1/propositions/${p.id}/links`, { claimId: claim.id, stance: "supports" });

    await page.goto(`/stories/${story.id}`);
    const row = page.locator("table.matrix tbody tr").filter({ hasText: "The bridge closed on Monday" });
    await row.locator("summary").click();
    await row.getByRole("button", { name: "Edit proposition" }).click();
    await row.getByRole("button", { name: "Delete proposition" }).click();
    const confirm = row.getByRole("alertdialog");
    await expect(confirm).toContainText("Delete “The bridge closed on Monday” and its 1 link to claims?");
    expect(await seriousA11yViolations(page)).toEqual([]);
    await confirm.getByRole("button", { name: "Keep it" }).click();
    await expect(confirm).toHaveCount(0);
    await row.getByRole("button", { name: "Delete proposition" }).click();
    await row.getByRole("alertdialog").getByRole("button", { name: "Delete", exact: true }).click();
    await expect(page.locator("table.matrix tbody tr").filter({ hasText: "The bridge closed on Monday" })).toHaveCount(0);

    await page.goto(`/stories/${story.id}/activity`);
    await page.getByRole("button", { name: "Restore" }).first().click();
    await expect(page.getByText("proposition.restore")).toBeVisible();
    await page.goto(`/stories/${story.id}`);
    await expect(page.locator("table.matrix tbody tr").filter({ hasText: "The bridge closed on Monday" })).toHaveCount(1);
  });
});
