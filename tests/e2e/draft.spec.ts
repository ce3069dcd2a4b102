import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, seriousA11yViolations, storyWithArticle, test } from "./fixtures";

const article = (file: string) => readFileSync(path.join("src", "demo", "articles", file), "utf8");

test.describe("the Draft panel, as an analyst", () => {
  test.use({ role: "analyst" });

  test("drafts propositions from two articles; accept, edit and reject with the keyboard, remembered", async ({ page }) => {
    const { storyId } = await storyWithArticle(page, { title: "Glaring Realities", text: article("glaring-realities.txt") });
    const second = await page.request.post(`/api/v1/stories/${storyId}/articles`, {
      data: { title: "How Putin is spying on his Serb allies", text: article("putin-spying-serb-allies.txt") },
    });
    expect(second.status()).toBe(201);
    await page.goto(`/stories/${storyId}`);
    const panel = page.getByRole("region", { name: /^Draft/ });
    await panel.getByRole("button", { name: "Draft propositions" }).click();
    const items = panel.locator(".draft-item");
    await expect(items.first()).toBeVisible();
    const total = await items.count();
    expect(total).toBeGreaterThan(5);
    // The best item pairs the two articles, each claim with its stance.
    await expect(items.first().locator(".draft-claim")).toHaveCount(2);
    await expect(items.first()).toContainText("Glaring Realities");
    await expect(items.first()).toContainText("How Putin is spying");
    await page.screenshot({ path: test.info().outputPath("draft-panel.png"), fullPage: true });
    expect(await seriousA11yViolations(page)).toEqual([]);

    // The list has the focus: J/K step.
    await page.keyboard.press("j");
    await expect(panel.getByRole("heading", { name: /2 of/ })).toBeVisible();
    await page.keyboard.press("k");
    await expect(panel.getByRole("heading", { name: /1 of/ })).toBeVisible();

    // A accepts: a proposition, sent to review, in the matrix.
    const statement = (await items.first().locator(".draft-statement").textContent())!;
    await page.keyboard.press("a");
    await expect(items).toHaveCount(total - 1);
    await expect(
      page
        .locator(".matrix, table")
        .filter({ hasText: statement.slice(0, 30) })
        .first(),
    ).toBeVisible();

    // E edits the statement, then accepts the edited item.
    await panel.locator(".draft-list").focus();
    await page.keyboard.press("e");
    const box = panel.getByRole("textbox", { name: "Proposition", exact: true });
    await expect(box).toBeFocused();
    await box.fill("An edited proposition from the draft");
    await expect(panel.getByRole("combobox").first()).toBeVisible();
    await page.screenshot({ path: test.info().outputPath("draft-edit.png") });
    expect(await seriousA11yViolations(page)).toEqual([]);
    await panel.getByRole("button", { name: "Accept as edited" }).click();
    await expect(items).toHaveCount(total - 2);
    await expect(page.getByText("An edited proposition from the draft").first()).toBeVisible();

    // R rejects; after a reload the rejected and accepted items are not drafted again.
    await panel.locator(".draft-list").focus();
    const rejected = (await items.first().getAttribute("data-key"))!;
    await page.keyboard.press("r");
    await expect(items).toHaveCount(total - 3);
    await page.reload();
    await page
      .getByRole("region", { name: /^Draft/ })
      .getByRole("button", { name: "Draft propositions" })
      .click();
    await expect(items.first()).toBeVisible();
    const keys = await items.evaluateAll((lis) => lis.map((li) => li.getAttribute("data-key")));
    expect(keys).not.toContain(rejected);
    expect(keys.length).toBeLessThan(total);
  });
});
