import { expect, openReader, seriousA11yViolations, storyWithArticle, test } from "./fixtures";
import { dragSelect } from "./select-text";

test.describe("editors' review settings and marks", () => {
  test.use({ role: "editor" });

  test("own claims start approved: toggled on /account, the reader's new claim form starts approved", async ({ page }) => {
    const { readerUrl } = await storyWithArticle(page, {
      title: "Tram report",
      text: "The operator said the new tram line opens in September. Residents welcomed it.",
    });
    await page.goto("/account");
    const toggle = page.getByLabel("My own claims start approved");
    await expect(toggle).not.toBeChecked();
    try {
      await toggle.check();
      await expect(page.getByRole("status").filter({ hasText: "Saved: claims you record now start approved." })).toBeVisible();
      expect(await seriousA11yViolations(page)).toEqual([]);
      await page.screenshot({ path: "/tmp/h9-account.png", fullPage: true });

      await openReader(page, readerUrl);
      await dragSelect(page, "the new tram line opens in September");
      await page.keyboard.press("n");
      const form = page.getByRole("form", { name: "New claim" });
      await expect(form.getByLabel("Status")).toHaveValue("approved");
      await form.getByLabel("Statement").fill("The tram opens in September");
      await page.keyboard.press("Alt+2");
      await page.keyboard.press("Control+Enter");
      await expect(form).toBeHidden();
      await expect(page.locator(".claim-item", { hasText: "The tram opens in September" }).locator(".badge-status")).toHaveText("Approved");
    } finally {
      // The demo editor is shared with the other specs.
      await page.goto("/account");
      await page.getByLabel("My own claims start approved").uncheck();
      await expect(page.getByRole("status").filter({ hasText: "start as drafts" })).toBeVisible();
    }
  });

  test("a claim that followed reworded text says so in the reader; the dashboard counts approved work only on request", async ({ page }) => {
    const { storyId, articleId, readerUrl } = await storyWithArticle(page, {
      title: "Bridge report",
      text: "The minister said the bridge would be closd until Monday. Residents were not consulted.",
    });
    const other = await (
      await page.request.post(`/api/v1/stories/${storyId}/articles`, { data: { title: "Second view", text: "The bridge stays open, the council insists." } })
    ).json();
    const claim = await (
      await page.request.post(`/api/v1/articles/${articleId}/claims`, {
        data: { exact: "the bridge would be closd until Monday", statement: "Closed until Monday", sourcing: "attributed", status: "approved" },
      })
    ).json();
    const open = await (
      await page.request.post(`/api/v1/articles/${other.id}/claims`, {
        data: { exact: "The bridge stays open", statement: "Stays open", sourcing: "confirmed", status: "draft" },
      })
    ).json();
    const proposition = await (await page.request.post(`/api/v1/stories/${storyId}/propositions`, { data: { statement: "The bridge is closed" } })).json();
    for (const [claimId, stance] of [
      [claim.id, "supports"],
      [open.id, "contradicts"],
    ]) {
      expect((await page.request.post(`/api/v1/propositions/${proposition.id}/links`, { data: { claimId, stance, status: "approved" } })).status()).toBe(201);
    }

    // The dashboard: all work shows the divergence; approved only leaves the draft claim out.
    await page.goto(`/stories/${storyId}`);
    const row = page.locator("#matrix tr", { hasText: "The bridge is closed" });
    await expect(row.locator("td.cell-contradicts")).toHaveCount(1);
    await page.getByRole("navigation", { name: "Count" }).getByRole("link", { name: "Approved only" }).click();
    await expect(page).toHaveURL(/approved=1/);
    await expect(page.getByText("Counting approved claims and approved links only")).toBeVisible();
    await expect(row.locator("td.cell-contradicts")).toHaveCount(0);
    await expect(row.locator("td.cell-supports")).toHaveCount(1);
    // The matrix's own links keep the switch.
    await page.getByRole("navigation", { name: "Sort" }).getByRole("link", { name: "Story order" }).click();
    await expect(page).toHaveURL(/approved=1/);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.screenshot({ path: "/tmp/h9-dashboard-approved.png", fullPage: true });

    // The text is corrected: the claim follows the reworded words, goes back to review, and is marked.
    const article = await (await page.request.get(`/api/v1/articles/${articleId}`)).json();
    const revised = await page.request.put(`/api/v1/articles/${articleId}/text`, {
      data: { version: article.version, text: "The minister said the bridge would be closed until Monday. Residents were not consulted." },
    });
    expect((await revised.json()).claims).toMatchObject({ reworded: 1, rewordedIds: [claim.id] });
    await openReader(page, readerUrl);
    const item = page.locator(`#claim-${claim.id}`);
    await expect(item.getByText("Words changed: check")).toBeVisible();
    await expect(item.locator(".badge-status")).toHaveText("Needs review");
    await page.screenshot({ path: "/tmp/h9-reader-words-changed.png", fullPage: true });
    await page.goto(`/review?story=${storyId}`);
    await expect(page.locator("li.card", { hasText: "Closed until Monday" }).getByText("Words changed: check")).toBeVisible();
  });
});
