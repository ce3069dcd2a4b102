import { expect, seriousA11yViolations, test } from "./fixtures";

test.describe("the story timeline, as a viewer", () => {
  test.use({ role: "viewer" });

  test("the demo story's propositions each name their first report; the page passes axe at 1440 and 390 px", async ({ page }) => {
    const stories = (await (await page.request.get("/api/v1/stories")).json()) as { items: { id: string; title: string }[] };
    const story = stories.items.find((s) => s.title.startsWith("Russian espionage affair in Serbia"))!;
    await page.goto(`/stories/${story.id}`);
    await page.getByRole("link", { name: "Timeline" }).click();
    await expect(page.getByRole("link", { name: "Timeline" })).toHaveAttribute("aria-current", "page");
    await expect(page.getByText("First reported by").first()).toBeVisible();
    await expect(page.getByRole("heading", { name: "Articles and revisions" })).toBeVisible();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.screenshot({ path: "test-results/timeline.png", fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(await seriousA11yViolations(page)).toEqual([]);
  });
});
