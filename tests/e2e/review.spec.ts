import type { Browser, Page } from "@playwright/test";
import { expect, seriousA11yViolations, storageStateOf, storyWithArticle, test } from "./fixtures";
import type { Role } from "@/domain/vocabulary";

async function pageAs(browser: Browser, role: Role): Promise<Page> {
  const context = await browser.newContext({ storageState: storageStateOf(role) });
  return context.newPage();
}

test.describe("editorial review", () => {
  test.use({ role: "analyst" });

  test("an analyst's claim goes through review to approval, with a send-back on the way", async ({ page, browser }) => {
    const { storyId, articleId, readerUrl } = await storyWithArticle(page, {
      title: "Bridge report",
      text: "The mayor said the bridge will reopen in June. Engineers doubt it.",
    });
    const claim = await (
      await page.request.post(`/api/v1/articles/${articleId}/claims`, {
        data: { exact: "the bridge will reopen in June", statement: "The bridge reopens in June", sourcing: "attributed", source: "the mayor" },
      })
    ).json();

    // The analyst submits it.
    await page.goto(readerUrl);
    const item = page.locator(`#claim-${claim.id}`);
    await item.getByRole("button", { name: /The bridge reopens in June/ }).click();
    await expect(item.getByRole("button", { name: "Approve" })).toHaveCount(0);
    await item.getByRole("button", { name: "Submit for review" }).click();
    await expect(item.locator(".badge-status")).toHaveText("Needs review");

    // The editor sends it back with a note, from the queue.
    const editor = await pageAs(browser, "editor");
    await editor.goto(`/review?story=${storyId}`);
    const queued = editor.locator("li.card", { hasText: "The bridge reopens in June" });
    await expect(queued).toContainText("Andrés Analyst");
    expect(await seriousA11yViolations(editor)).toEqual([]);
    await queued.getByRole("button", { name: "Send back…" }).click();
    await queued.getByLabel("What needs to change?").fill("Quote the mayor's exact words about June.");
    await queued.getByRole("button", { name: "Send back", exact: true }).click();
    await expect(editor.getByRole("status").filter({ hasText: "Sent the claim back to its author" })).toBeVisible();
    await expect(queued).toHaveCount(0);

    // The analyst sees the note beside the claim, revises and resubmits.
    await page.reload();
    await item.getByRole("button", { name: /The bridge reopens in June/ }).click();
    await expect(item.locator(".comment[data-kind='sent_back']")).toContainText("Quote the mayor's exact words about June.");
    await expect(item.locator(".badge-status").first()).toHaveText("Draft");
    await item.getByLabel("Add a comment").fill("Done: the quote is the mayor's own words.");
    await item.getByRole("button", { name: "Comment" }).click();
    await expect(item.locator(".comment")).toHaveCount(2);
    await item.getByRole("button", { name: "Submit for review" }).click();
    await expect(item.locator(".badge-status").first()).toHaveText("Needs review");
    await page.screenshot({ path: "test-results/review-analyst.png", fullPage: true });

    // The editor approves it.
    await editor.goto(`/review?story=${storyId}`);
    await editor.locator("li.card", { hasText: "The bridge reopens in June" }).getByRole("button", { name: "Approve" }).click();
    await expect(editor.getByRole("status").filter({ hasText: "Approved the claim" })).toBeVisible();
    await editor.goto(`/review?story=${storyId}`);
    await expect(editor.getByText("Nothing waits for review")).toBeVisible();
    const approved = await (await page.request.get(`/api/v1/claims/${claim.id}`)).json();
    expect(approved.status).toBe("approved");
  });
});

test.describe("the queue filtered by story", () => {
  test.use({ role: "editor" });

  test("keeps the story selected after its last item is approved, and says what waits elsewhere", async ({ page }) => {
    const { storyId, articleId } = await storyWithArticle(page, { title: "Ferry report", text: "The operator said the ferry will run every hour." });
    const story = await (await page.request.get(`/api/v1/stories/${storyId}`)).json();
    const claim = await (
      await page.request.post(`/api/v1/articles/${articleId}/claims`, {
        data: { exact: "the ferry will run every hour", statement: "Hourly ferry", sourcing: "attributed", source: "the operator" },
      })
    ).json();
    expect((await page.request.patch(`/api/v1/claims/${claim.id}`, { data: { version: claim.version, status: "needs_review" } })).status()).toBe(200);
    const all = await (await page.request.get("/api/v1/review-queue?limit=200")).json();
    const elsewhere = all.items.filter((i: { storyId: string }) => i.storyId !== storyId).length;
    expect(elsewhere).toBeGreaterThan(0);

    await page.goto(`/review?story=${storyId}`);
    const storySelect = page.getByLabel("Story");
    await expect(storySelect).toHaveValue(storyId);
    await page.locator("li.card", { hasText: "Hourly ferry" }).getByRole("button", { name: "Approve" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Approved the claim" })).toBeVisible();
    await expect(page.locator("li.card", { hasText: "Hourly ferry" })).toHaveCount(0);

    // The filter still shows the story the URL names, and the empty queue says where work waits.
    await expect(storySelect).toHaveValue(storyId);
    await expect(storySelect.locator("option:checked")).toHaveText(story.title);
    const empty = page.locator(".empty");
    await expect(empty).toContainText(`Nothing waits for review in ${story.title}`);
    await expect(empty).toContainText(`${elsewhere} ${elsewhere === 1 ? "item waits" : "items wait"} in other stories`);
    await page.screenshot({ path: "test-results/review-filter-empty.png", fullPage: true });

    // Loaded afresh, the same.
    await page.reload();
    await expect(storySelect).toHaveValue(storyId);
    await expect(empty).toContainText(`Nothing waits for review in ${story.title}`);
    expect(await seriousA11yViolations(page)).toEqual([]);

    await empty.getByRole("link", { name: "Show all stories" }).click();
    await expect(page).toHaveURL(/\/review$/);
    await expect(storySelect).toHaveValue("");
    await expect(page.locator("ol.queue-list > li")).toHaveCount(Math.min(elsewhere, 50));
  });
});

test.describe("what each role sees", () => {
  test("viewers read claims and comments but get no controls; only admins see Accounts", async ({ browser }) => {
    const editor = await pageAs(browser, "editor");
    const { storyId, articleId, readerUrl } = await storyWithArticle(editor, { title: "Roles", text: "Officials confirmed the plant closed on Monday." });
    const claim = await (
      await editor.request.post(`/api/v1/articles/${articleId}/claims`, {
        data: { exact: "the plant closed on Monday", statement: "The plant closed", sourcing: "confirmed", source: "officials" },
      })
    ).json();
    await editor.request.post(`/api/v1/claims/${claim.id}/comments`, { data: { body: "Second source needed." } });

    const viewer = await pageAs(browser, "viewer");
    await viewer.goto(readerUrl);
    const item = viewer.locator(`#claim-${claim.id}`);
    await item.getByRole("button", { name: /The plant closed/ }).click();
    await expect(item.getByText("Second source needed.")).toBeVisible();
    await expect(item.getByLabel("Add a comment")).toHaveCount(0);
    await expect(item.getByRole("button", { name: /Approve|Submit for review|Edit|Delete/ })).toHaveCount(0);
    await expect(viewer.getByRole("link", { name: "Accounts" })).toHaveCount(0);
    expect((await viewer.goto("/admin"))?.status()).toBe(403);
    await expect(viewer.getByRole("heading", { name: "You cannot use this page" })).toBeVisible();

    const analyst = await pageAs(browser, "analyst");
    await analyst.goto(readerUrl);
    await analyst
      .locator(`#claim-${claim.id}`)
      .getByRole("button", { name: /The plant closed/ })
      .click();
    // Someone else's claim: the analyst can comment, but not edit, approve or submit it.
    await expect(analyst.locator(`#claim-${claim.id}`).getByLabel("Add a comment")).toBeVisible();
    await expect(analyst.locator(`#claim-${claim.id}`).getByRole("button", { name: /Approve|Edit|Delete/ })).toHaveCount(0);

    await editor.goto(`/stories/${storyId}`);
    await expect(editor.getByRole("link", { name: "Accounts" })).toHaveCount(0);
    const admin = await pageAs(browser, "admin");
    await admin.goto("/");
    await expect(admin.getByRole("link", { name: "Accounts" })).toBeVisible();
  });
});

test.describe("accounts and tokens", () => {
  test.use({ role: "admin" });

  test("an admin creates an account, re-roles and disables it", async ({ page }) => {
    const email = `e2e-${Date.now()}@claimboard.local`;
    await page.goto("/admin");
    await page.getByLabel("Name").fill("Petra Proofreader");
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Role", { exact: true }).selectOption("viewer");
    await page.getByLabel("First password").fill("short");
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page.locator(".alert-error")).toContainText("at least 8 characters");
    await page.getByLabel("First password").fill("a proper password");
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page.locator(".alert-ok")).toContainText(`Created ${email}`);
    const row = page.locator("tr", { hasText: email });
    await row.getByLabel("Role of Petra Proofreader").selectOption("analyst");
    await expect(row.getByRole("status")).toContainText("is now Analyst");
    await row.getByRole("button", { name: "Disable Petra Proofreader" }).click();
    await expect(row.getByText("Disabled", { exact: true })).toBeVisible();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.screenshot({ path: "test-results/admin.png", fullPage: true });
    // A disabled account cannot get a token.
    expect((await page.request.post("/api/v1/tokens", { data: { email, password: "a proper password" } })).status()).toBe(403);
  });

  test("a person creates an API token, sees it once, and revokes it", async ({ page, playwright }) => {
    await page.goto("/account");
    await page.getByLabel("Name").fill("E2E script");
    await page.getByRole("button", { name: "Create token" }).click();
    const token = (await page.getByTestId("new-token").textContent())!.trim();
    expect(token).toMatch(/^cb_/);
    const api = await playwright.request.newContext({ baseURL: test.info().project.use.baseURL, extraHTTPHeaders: { authorization: `Bearer ${token}` } });
    expect((await api.get("/api/v1/stories")).status()).toBe(200);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.locator("tr", { hasText: "E2E script" }).getByRole("button", { name: "Revoke E2E script" }).click();
    await expect(page.locator("tr", { hasText: "E2E script" })).toHaveCount(0);
    expect((await api.get("/api/v1/stories")).status()).toBe(401);
    await api.dispose();
  });
});

test.describe("a stale edit", () => {
  test.use({ role: "editor" });

  test("names who changed the claim and keeps what was typed", async ({ page }) => {
    const { articleId, readerUrl } = await storyWithArticle(page, { title: "Stale", text: "The council said taxes will rise by 3 percent." });
    const claim = await (
      await page.request.post(`/api/v1/articles/${articleId}/claims`, {
        data: { exact: "taxes will rise by 3 percent", statement: "Taxes rise 3%", sourcing: "attributed", source: "the council" },
      })
    ).json();
    await page.goto(readerUrl);
    const item = page.locator(`#claim-${claim.id}`);
    await item.getByRole("button", { name: /Taxes rise 3%/ }).click();
    await item.getByRole("button", { name: /Edit/ }).click();
    const statement = page.getByLabel("Statement");
    await statement.fill("Taxes rise by 3 percent next year");
    // Meanwhile, someone else changes it.
    expect((await page.request.patch(`/api/v1/claims/${claim.id}`, { data: { version: 1, source: "the city council" } })).status()).toBe(200);
    await page.getByRole("button", { name: /Save/ }).click();
    const notice = page.locator(".alert-warning");
    await expect(notice).toContainText("Edith Editor changed this claim");
    await expect(statement).toHaveValue("Taxes rise by 3 percent next year");
    await notice.getByRole("button", { name: "Load their version" }).click();
    await expect(notice).toContainText("the city council");
    await page.screenshot({ path: "test-results/conflict.png", fullPage: true });
    await page.getByRole("button", { name: /Save/ }).click();
    await expect(page.getByText("Claim updated.")).toBeVisible();
    const saved = await (await page.request.get(`/api/v1/claims/${claim.id}`)).json();
    expect(saved).toMatchObject({ statement: "Taxes rise by 3 percent next year", version: 3 });
  });
});
