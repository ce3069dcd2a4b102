/**
 * Two people on one story at once (issue 16): an editor and an analyst in two browser contexts
 * see each other's presence, claims, links and review decisions without reloading; a form open
 * on a claim says when someone else changed it; a selection in progress survives an update.
 */
import type { Browser, Page } from "@playwright/test";
import { expect, openReader, storageStateOf, storyWithArticle, test, watchForInjection } from "./fixtures";
import { dragSelect } from "./select-text";

const TEXT_A = "Alpha said the bridge was closed on Monday. Beta might reopen it next week. Gamma agreed with the decision.";
const TEXT_B = "The bridge stayed open, officials confirmed. Nobody closed it.";

async function analystPage(browser: Browser): Promise<{ page: Page; close: () => Promise<void>; problems: () => string[] }> {
  const context = await browser.newContext({ storageState: storageStateOf("analyst") });
  const page = await context.newPage();
  const watch = await watchForInjection(page);
  return { page, close: () => context.close(), problems: watch.problems };
}

test.describe("live collaboration, editor and analyst at once", () => {
  test("presence, claims, links and decisions reach the other person without a reload", async ({ page, browser }) => {
    const { storyId, articleId, readerUrl } = await storyWithArticle(page, { title: "Bridge report", text: TEXT_A });
    const second = await page.request.post(`/api/v1/stories/${storyId}/articles`, { data: { title: "Open bridge", text: TEXT_B } });
    expect(second.status()).toBe(201);

    // The editor is on the dashboard, the analyst in the reader of the first article.
    await page.goto(`/stories/${storyId}`);
    await expect(page.locator(".presence-status")).toHaveText("Live");
    const analyst = await analystPage(browser);
    await openReader(analyst.page, readerUrl);
    await expect(page.locator(".presence-person")).toContainText(["Andrés Analyst"]);
    await expect(page.locator(".presence-person")).toContainText("reading “Bridge report”");
    await expect(analyst.page.locator(".presence-person")).toContainText("Edith Editor");

    // The editor moves to the same article; the analyst records a claim there by selecting words.
    await openReader(page, readerUrl);
    await expect(analyst.page.locator(".presence-person")).toContainText("reading “Bridge report”");
    await dragSelect(analyst.page, "Beta might reopen it next week.");
    await analyst.page.keyboard.press("n");
    const form = analyst.page.getByRole("form", { name: "New claim" });
    await form.getByLabel("Statement").fill("The bridge may reopen next week");
    await analyst.page.keyboard.press("Alt+3");
    await analyst.page.keyboard.press("Control+Enter");
    await expect(form).toBeHidden();
    // ...and it appears in the editor's reader, highlighted as new, without a reload.
    const fresh = page.locator('mark.hl[data-first][data-live="new"]', { hasText: "Beta might reopen" });
    await expect(fresh).toBeVisible();
    await expect(page.locator(".reader-side .claim-statement", { hasText: "The bridge may reopen next week" })).toBeVisible();

    // The analyst starts selecting words while the editor records a claim: the selection survives.
    await dragSelect(analyst.page, "Gamma agreed with the decision.");
    const claims = await (await page.request.get(`/api/v1/articles/${articleId}/claims`)).json();
    const theirs = claims.items[0];
    await page.request.post(`/api/v1/articles/${articleId}/claims`, {
      data: { exact: "Alpha said the bridge was closed on Monday.", statement: "Closed on Monday", sourcing: "attributed", source: "Alpha" },
    });
    await expect(analyst.page.locator(".reader-side .claim-statement", { hasText: "Closed on Monday" })).toBeVisible();
    expect(await analyst.page.evaluate(() => window.getSelection()?.toString())).toBe("Gamma agreed with the decision.");
    await analyst.page.keyboard.press("Escape");

    // The analyst opens their claim to edit it; the editor changes it meanwhile: the form says so.
    await analyst.page.locator(`#claim-${theirs.id} .claim-choose`).click();
    await analyst.page.locator(`#claim-${theirs.id}`).getByRole("button", { name: /^Edit/ }).click();
    const edit = analyst.page.getByRole("form", { name: "Edit claim" });
    await expect(edit).toBeVisible();
    const changed = await page.request.patch(`/api/v1/claims/${theirs.id}`, {
      data: { version: theirs.version, statement: "Reopening next week is possible" },
    });
    expect(changed.status()).toBe(200);
    await expect(analyst.page.locator(".changed-elsewhere")).toContainText("Edith Editor changed this claim (statement)");
    await expect(edit.getByLabel("Statement")).toHaveValue("The bridge may reopen next week");
    await edit.getByRole("button", { name: "Cancel" }).click();
    await expect(analyst.page.locator(".reader-side .claim-statement", { hasText: "Reopening next week is possible" })).toBeVisible();

    // The editor approves it: the analyst's list shows the new status.
    const current = await (await page.request.get(`/api/v1/claims/${theirs.id}`)).json();
    expect((await page.request.post(`/api/v1/claims/${theirs.id}/review`, { data: { version: current.version, decision: "approve" } })).status()).toBe(200);
    await expect(analyst.page.locator(`#claim-${theirs.id}`)).toContainText("Approved");

    // The analyst links it to a proposition on the dashboard's matrix: the editor's dashboard shows it.
    await page.goto(`/stories/${storyId}`);
    await expect(page.locator(".presence-status")).toHaveText("Live");
    const proposition = await analyst.page.request.post(`/api/v1/stories/${storyId}/propositions`, { data: { statement: "The bridge reopens soon" } });
    expect(proposition.status()).toBe(201);
    const { id: propositionId } = await proposition.json();
    await expect(page.getByText("The bridge reopens soon").first()).toBeVisible();
    const link = await analyst.page.request.post(`/api/v1/propositions/${propositionId}/links`, { data: { claimId: theirs.id, stance: "supports" } });
    expect(link.status()).toBe(201);
    await expect(page.locator("table").filter({ hasText: "The bridge reopens soon" }).first()).toContainText("Supports");

    // The analyst leaves: the editor's header forgets them within seconds.
    await analyst.close();
    await expect(page.locator(".presence-person")).toHaveCount(0, { timeout: 10_000 });
    await expect(page.getByText("Nobody else is here.")).toBeVisible();
    expect(analyst.problems()).toEqual([]);
  });
});

test.describe("notifications, live", () => {
  test("an analyst is told at once that their claim was sent back, with the note, and an @mention completes names", async ({ page, browser }) => {
    const { articleId, readerUrl } = await storyWithArticle(page, { title: "Port report", text: TEXT_A });
    const analyst = await analystPage(browser);
    await analyst.page.goto("/");
    await expect(analyst.page.locator(".notifications-link[data-live]")).toBeVisible();
    await page.goto("/review");
    await expect(page.locator(".notifications-link[data-live]")).toBeVisible();
    const queued = async () => Number(/\((\d+)\)/.exec((await page.getByRole("link", { name: /^Review/ }).textContent()) ?? "")?.[1] ?? 0);
    const queuedBefore = await queued();
    const before = Number(
      (await analyst.page
        .locator(".notifications-link .unread-count")
        .textContent()
        .catch(() => "0")) || 0,
    );

    const claim = await (
      await analyst.page.request.post(`/api/v1/articles/${articleId}/claims`, {
        data: { exact: "Gamma agreed with the decision.", statement: "Gamma agreed", sourcing: "confirmed", status: "needs_review" },
      })
    ).json();
    // The editor's queue and its count in the header follow without a reload.
    await expect(page.getByRole("link", { name: /^Review/ })).toHaveText(`Review (${queuedBefore + 1})`);
    await expect(page.getByText("Gamma agreed").first()).toBeVisible();
    const decision = await page.request.post(`/api/v1/claims/${claim.id}/review`, {
      data: { version: claim.version, decision: "send_back", comment: "Who is Gamma? Name them." },
    });
    expect(decision.status()).toBe(200);
    await expect(analyst.page.locator(".notifications-link .unread-count")).toHaveText(String(before + 1));
    await expect(analyst.page.locator(".notifications-announcer")).toHaveText("New notification: Edith Editor sent back your claim “Gamma agreed”");

    await analyst.page.getByRole("link", { name: /^Notifications/ }).click();
    const item = analyst.page.locator(".notification").first();
    await expect(item).toContainText("Edith Editor sent back your claim “Gamma agreed”");
    await expect(item).toContainText("Who is Gamma? Name them.");
    await item.getByRole("link").click();
    await expect(analyst.page).toHaveURL(new RegExp(`${readerUrl}#claim-${claim.id}$`));

    // The analyst answers in the claim's discussion, mentioning the editor by completing the name.
    await analyst.page.locator(`#claim-${claim.id}`).getByRole("button").first().click();
    const box = analyst.page.getByPlaceholder(/Add a comment/);
    await box.fill("Fixed, ");
    await box.pressSequentially("@Edi");
    await expect(analyst.page.getByRole("option", { name: /Edith Editor/ })).toBeVisible();
    await box.press("Enter");
    await expect(box).toHaveValue("Fixed, @Edith Editor ");
    await box.pressSequentially("please look again.");
    await analyst.page.getByRole("button", { name: "Comment" }).click();
    await page.goto("/notifications");
    await expect(page.locator(".notification").first()).toContainText("Andrés Analyst mentioned you on the claim “Gamma agreed”");
    await analyst.close();
  });
});
