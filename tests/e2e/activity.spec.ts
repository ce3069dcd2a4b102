import { expect, seriousA11yViolations, storyWithArticle, test } from "./fixtures";

test.describe("story activity, as an editor", () => {
  test.use({ role: "editor" });

  test("shows who changed what, and restores a deleted claim", async ({ page }) => {
    const { storyId, articleId, readerUrl } = await storyWithArticle(page, { title: "Report", text: "The minister said the plant will close in May." });
    const claim = await (
      await page.request.post(`/api/v1/articles/${articleId}/claims`, {
        data: { exact: "the plant will close in May", statement: "The plant closes in May", sourcing: "attributed", source: "the minister" },
      })
    ).json();
    expect((await page.request.delete(`/api/v1/claims/${claim.id}`, { data: { version: 1 } })).status()).toBe(204);

    await page.goto(`/stories/${storyId}/activity`);
    const row = page.locator("tr", { hasText: "claim.delete" });
    await expect(row).toContainText("Edith Editor");
    await expect(row).toContainText("The plant closes in May");
    expect(await seriousA11yViolations(page)).toEqual([]);
    await row.getByRole("button", { name: "Restore" }).click();
    // The page refreshes: the restore is recorded, and the delete no longer offers a restore.
    await expect(page.locator("tbody tr").first()).toContainText("claim.restore");
    await expect(row.getByRole("button", { name: "Restore" })).toHaveCount(0);

    await page.getByLabel("Change").selectOption({ label: "Claims" });
    await page.getByRole("button", { name: "Apply" }).click();
    await expect(page.locator("tbody tr").first()).toContainText("claim.restore");

    await page.goto(readerUrl);
    await expect(page.locator("mark.hl", { hasText: "the plant will close in May" })).toBeVisible();
  });
});
