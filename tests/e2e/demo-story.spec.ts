import { expect, seriousA11yViolations, test } from "./fixtures";

const STORY = "Russian espionage affair in Serbia (2019–2020)";

test.describe("the demo story, as a viewer", () => {
  test.use({ role: "viewer" });

  test("the stories list shows the demo story with its counts", async ({ page }) => {
    await page.goto("/");
    const card = page.locator(".story-card", { hasText: STORY });
    await expect(card).toContainText("2 articles");
    await expect(card).toContainText("32 claims");
    await expect(page.getByText("Vera Viewer")).toBeVisible();
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  test("the story page lists both articles and their claims", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("link", { name: STORY }).click();
    await expect(page.getByRole("heading", { level: 1, name: STORY })).toBeVisible();
    await page.getByRole("link", { name: "Articles", exact: true }).click();
    const glaring = page.locator("section", { has: page.getByRole("heading", { name: "Glaring Realities" }) });
    await expect(glaring).toContainText("by Muhammad Omar Iftikhar · May 2020");
    await expect(glaring.locator(".claim-item")).toHaveCount(16);
    const putin = page.locator("section", { has: page.getByRole("heading", { name: "How Putin is spying on his Serb allies" }) });
    await expect(putin.locator(".claim-item").first()).toBeVisible();
    await expect(page.getByText("Russian diplomat Georgij Kleban").first()).toBeVisible();
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  test("the reader highlights every claim and shows it on hover and on focus", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("link", { name: STORY }).click();
    await page.getByRole("link", { name: "Articles", exact: true }).click();
    await page.getByRole("link", { name: "How Putin is spying on his Serb allies" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "How Putin is spying on his Serb allies" })).toBeVisible();

    const claims = page.getByRole("complementary", { name: "Claims in this article" }).locator(".claim-item");
    const count = await claims.count();
    expect(count).toBeGreaterThanOrEqual(12);
    await expect(page.locator("mark.hl[data-first]")).toHaveCount(count);
    await expect(page.getByLabel("Sourcing legend")).toHaveText(/Confirmed.*Attributed.*Speculative/);

    const kleban = page.locator("mark.hl", { hasText: "Russian diplomat Georgij Kleban" });
    await kleban.hover();
    await expect(page.getByRole("tooltip")).toContainText("Kleban");

    // Keyboard: J chooses the first claim and shows it beside its words.
    await page.mouse.move(0, 0);
    await page.getByRole("document", { name: /Text of/ }).focus();
    await page.keyboard.press("j");
    await expect(claims.first()).toHaveClass(/is-active/);
    await expect(page.getByRole("tooltip")).toContainText(await claims.first().locator(".claim-statement").innerText());
    // Viewers read: no recording.
    await expect(page.getByText("Read-only: viewers cannot record claims.")).toBeVisible();
    expect(await seriousA11yViolations(page)).toEqual([]);
  });
});
