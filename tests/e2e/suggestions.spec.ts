import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, seriousA11yViolations, storyWithArticle, test, openReader } from "./fixtures";

const GLARING = readFileSync(path.join("src", "demo", "articles", "glaring-realities.txt"), "utf8");

test.describe("assistance, as an analyst", () => {
  test.use({ role: "analyst" });

  test("suggestions mode on a freshly imported article: step, accept, reject with the keyboard", async ({ page }) => {
    const { readerUrl } = await storyWithArticle(page, { title: "Glaring Realities", text: GLARING });
    await openReader(page, readerUrl);
    await page.keyboard.press("s");
    const panel = page.getByRole("region", { name: /Suggestions/ });
    await expect(panel).toBeVisible();
    const items = panel.locator(".suggestion-item");
    await expect(items.first()).toBeVisible();
    const total = await items.count();
    expect(total).toBeGreaterThan(10);

    // The hedged and the attributed sentences, with their sourcing and cue words marked.
    const hedged = items.filter({ hasText: "is yet to be seen" });
    await expect(hedged).toContainText("Speculative");
    await expect(hedged.locator("mark.cue")).toHaveText("is yet to be seen");
    const perhaps = items.filter({ hasText: "Moscow perhaps has other plans" });
    await expect(perhaps.locator("mark.cue")).toHaveText("perhaps");
    const attributed = items.filter({ hasText: "said the Serbian president" });
    await expect(attributed).toContainText("Attributed");
    await expect(attributed).toContainText("the Serbian president");

    // The current suggestion is marked in the article text too: its words, and its cue words
    // (not by colour alone: bold, underlined by kind, titled).
    const text = page.getByRole("document");
    const current = (await items.first().locator("mark.cue").first().textContent())!;
    await expect(text.locator(".sugg-span").first()).toBeVisible();
    const cueInText = text.locator("mark.cue").first();
    await expect(cueInText).toHaveText(current);
    await expect(cueInText).toHaveAttribute("title", /^Cue: /);
    await page.screenshot({ path: test.info().outputPath("suggestions-mode.png") });
    expect(await seriousA11yViolations(page)).toEqual([]);

    await page.keyboard.press("j");
    await expect(panel.getByRole("heading", { name: /2 of/ })).toBeVisible();
    await page.keyboard.press("k");
    await expect(panel.getByRole("heading", { name: /1 of/ })).toBeVisible();
    const first = (await items.first().locator(".suggestion-quote").textContent())!;
    await page.keyboard.press("a");
    await expect(page.getByRole("status").filter({ hasText: "Claim saved" })).toBeVisible();
    await expect(items).toHaveCount(total - 1);
    await page.keyboard.press("r");
    await expect(items).toHaveCount(total - 2);

    // Decisions are remembered; the accepted one is a claim highlighted in the text.
    await page.reload();
    await expect(page.locator("mark.hl").first()).toContainText(first.slice(0, 20));
    await page.keyboard.press("s");
    await expect(page.getByRole("region", { name: /Suggestions/ }).locator(".suggestion-item")).toHaveCount(total - 2);
  });
});

test.describe("suggested matches on the demo story, as an editor", () => {
  test.use({ role: "editor" });

  test("a Kleban claim's top matches include the other article's unlinked Kleban claims, with the title divergence", async ({ page }) => {
    const stories = await (await page.request.get("/api/v1/stories")).json();
    const demo = stories.items.find((s: { title: string }) => /Serbia/i.test(s.title));
    expect(demo).toBeTruthy();
    const claims = (await (await page.request.get(`/api/v1/stories/${demo.id}/claims`)).json()).items as {
      id: string;
      statement: string;
      selector: { exact: string };
    }[];
    const kleban = claims.find((c) => c.selector.exact.includes("Lt.Col. Kleban"))!;
    const matches = (await (await page.request.get(`/api/v1/claims/${kleban.id}/matches`)).json()).items as {
      claimId?: string;
      statement: string;
      reasonText: string;
    }[];
    const top = matches.slice(0, 5).filter((m) => m.claimId && /Kleban/.test(m.statement));
    expect(top.length).toBeGreaterThan(0);
    // The diplomat Georgij Kleban claim is already its counterpart (both speak to the lieutenant
    // colonel proposition): suggesting it again would only invite a duplicate link.
    expect(matches.map((m) => m.statement)).not.toContain("The man handing over the bag was the Russian diplomat Georgij Kleban");
    // The rare shared name dominates: the best-ranked claim of the other article is a Kleban claim.
    expect(matches.find((m) => m.claimId)?.statement).toMatch(/Kleban/);
    expect(top.some((m) => /title or rank for Kleban/.test(m.reasonText))).toBe(true);

    await page.goto(`/stories/${demo.id}/compare`);
    await page.locator("mark.hl", { hasText: "Lt.Col. Kleban" }).first().click();
    const suggested = page.getByRole("region", { name: "Suggested matches" });
    await expect(suggested).toContainText("Kleban");
    await expect(suggested).toContainText("different title or rank for Kleban");
    await suggested.scrollIntoViewIfNeeded();
    await page.screenshot({ path: test.info().outputPath("suggested-matches.png"), fullPage: true });
    expect(await seriousA11yViolations(page)).toEqual([]);
  });
});
