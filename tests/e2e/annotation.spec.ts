import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, seriousA11yViolations, storyWithArticle, test, openReader } from "./fixtures";
import { dragSelect } from "./select-text";

const ARTICLE = readFileSync(path.join("src", "demo", "articles", "putin-spying-serb-allies.txt"), "utf8");
const GLARING = readFileSync(path.join("src", "demo", "articles", "glaring-realities.txt"), "utf8");

test.describe("annotating an article, as an analyst", () => {
  test.use({ role: "analyst" });

  test("paste an article, record claims by selecting text, reload, and follow an edit of the text", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("button", { name: "New story" }).click();
    await page.getByLabel("Title").fill(`Annotation trial ${Date.now()}`);
    await page.getByRole("button", { name: "Create story" }).click();
    await expect(page.getByRole("link", { name: "Add article" })).toBeVisible();
    await page.getByRole("link", { name: "Add article" }).click();
    await page.getByLabel("Title").fill("How Putin is spying on his Serb allies");
    await page.getByLabel("Or paste the article’s text").fill(ARTICLE);
    await page.getByRole("button", { name: "Add article" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "How Putin is spying on his Serb allies" })).toBeVisible();

    const record = async (from: string, to: string | undefined, statement: string, key: "1" | "2" | "3", source = "") => {
      await dragSelect(page, from, to);
      await page.keyboard.press("n");
      const form = page.getByRole("form", { name: "New claim" });
      await expect(form).toBeVisible();
      await form.getByLabel("Statement").fill(statement);
      await page.keyboard.press(`Alt+${key}`);
      if (source) await form.getByLabel("Source").fill(source);
      await page.keyboard.press("Control+Enter");
      await expect(form).toBeHidden();
    };
    await record(
      "Serbian President Aleksandar Vučić confirmed",
      "press conference in Belgrade",
      "Vučić confirmed the case at a press conference",
      "1",
      "Aleksandar Vučić",
    );
    await record("the messenger was the Russian diplomat Georgij Kleban", undefined, "Kleban was a Russian diplomat", "1", "Aleksandar Vučić");
    // Across a paragraph break.
    await record("NATO member since June 2017.", "North Macedonia, Russia could", "Russia could succeed in Bosnia and North Macedonia", "3");
    await record("is said to have identified the Russian diplomat Kleban", undefined, "A Bulgarian journalist identified Kleban", "3", "media reports");
    await record("We have no idea what the incident is about.", undefined, "Kremlin denies knowledge", "2", "Dmitry Peskov");

    const quotes = [
      "Serbian President Aleksandar Vučić confirmed at a press conference in Belgrade",
      "the messenger was the Russian diplomat Georgij Kleban",
      "is said to have identified the Russian diplomat Kleban",
      "We have no idea what the incident is about.",
    ];
    const expectHighlights = async () => {
      const marks = page.locator("mark.hl[data-first]");
      await expect(marks).toHaveCount(5);
      const texts = await page.locator(".reader-side .claim-item .claim-statement").allTextContents();
      expect(texts).toHaveLength(5);
      for (const q of quotes) await expect(page.locator("mark.hl", { hasText: q.slice(0, 20) }).first()).toBeVisible();
    };
    await expectHighlights();
    await page.reload();
    await expectHighlights();
    // The claim across the line break covers both paragraphs' words.
    const crossing = await page.locator("mark.hl").evaluateAll((els) =>
      els
        .filter((e) => e.getAttribute("data-claims")?.includes(els.find((x) => x.textContent?.startsWith("NATO member"))?.getAttribute("data-claim") ?? "none"))
        .map((e) => e.textContent)
        .join("|"),
    );
    expect(crossing).toContain("NATO member since June 2017.");
    expect(crossing).toContain("North Macedonia, Russia could");
    expect(await seriousA11yViolations(page)).toEqual([]);

    // Edit the text above the claims: they follow their words.
    await page.getByRole("link", { name: "Edit article" }).click();
    const textarea = page.getByLabel("Article text");
    await textarea.fill("EDITOR'S NOTE: this report was updated.\n\n" + (await textarea.inputValue()).replace("A YouTube video", "A short YouTube video"));
    await page.getByRole("button", { name: "Save new revision" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Saved revision 2" })).toContainText("5 claims follow their words");
    await page.getByRole("link", { name: "Back to the article" }).click();
    await expect(page.getByText("EDITOR'S NOTE")).toBeVisible();
    await expectHighlights();
  });

  test("keyboard: select words, record, move between claims, delete and undo, help overlay", async ({ page }) => {
    const { readerUrl } = await storyWithArticle(page, { title: "Glaring Realities", text: GLARING });
    await openReader(page, readerUrl);
    await page.getByRole("document", { name: /Text of/ }).focus();
    for (let i = 0; i < 3; i++) await page.keyboard.press("Shift+ArrowRight");
    await page.keyboard.press("n");
    const form = page.getByRole("form", { name: "New claim" });
    await expect(form.getByLabel("Selected words")).toHaveText("Glaring Realities");
    await page.keyboard.press("Escape");
    await expect(form).toBeHidden();

    await page.keyboard.press("?");
    await expect(page.getByRole("dialog", { name: "Keyboard shortcuts" })).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(page.getByRole("dialog")).toBeHidden();

    // Record one claim of our own, then delete it and undo.
    await dragSelect(page, "The situation is fluid.");
    await page.keyboard.press("Enter");
    await form.getByLabel("Statement").fill("The situation is fluid");
    await page.keyboard.press("Alt+1");
    await page.keyboard.press("Control+Enter");
    await expect(form).toBeHidden();
    const list = page.locator(".reader-side .claim-item");
    const before = await list.count();
    await expect(page.locator(".reader-side .claim-item.is-active")).toContainText("The situation is fluid");
    await page.keyboard.press("x");
    await expect(list).toHaveCount(before - 1);
    await expect(page.getByRole("status").filter({ hasText: "Deleted" })).toBeVisible();
    await page.keyboard.press("u");
    await expect(list).toHaveCount(before);

    // J and K walk the claims in reading order.
    await dragSelect(page, "Russia has been infiltrating");
    await page.keyboard.press("n");
    await form.getByLabel("Statement").fill("Russia infiltrates Serbia");
    await page.keyboard.press("Alt+1");
    await page.keyboard.press("Control+Enter");
    await expect(list).toHaveCount(2);
    await page.keyboard.press("Escape");
    await page.keyboard.press("j");
    await expect(list.first()).toHaveClass(/is-active/);
    await expect(list.first()).toContainText("Russia infiltrates Serbia");
    await page.keyboard.press("j");
    await expect(list.last()).toHaveClass(/is-active/);
    await page.keyboard.press("k");
    await expect(list.first()).toHaveClass(/is-active/);

    // Someone else's claim cannot be changed by an analyst.
    await page.goto("/");
    await page.getByRole("link", { name: "Russian espionage affair in Serbia (2019–2020)" }).click();
    await page.getByRole("link", { name: "Articles", exact: true }).click();
    await page.getByRole("link", { name: "Glaring Realities" }).first().click();
    await page.getByRole("document", { name: /Text of/ }).focus();
    await page.keyboard.press("j");
    await expect(list.first()).toHaveClass(/is-active/);
    await expect(list.first().getByRole("button", { name: /Delete|Edit/ })).toHaveCount(0);
    await page.keyboard.press("x");
    await expect(list.first()).toBeVisible();
  });
});
