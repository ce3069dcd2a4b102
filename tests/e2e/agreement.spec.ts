import { type APIRequestContext } from "@playwright/test";
import { DEMO_PASSWORD, expect, seriousA11yViolations, storageStateOf, test } from "./fixtures";

/**
 * Issue 17, the round trip: an editor gives an article to two analysts in an independent round;
 * each records a claim on the same words without seeing the other's; the editor reads the
 * agreement, chooses one version, closes the round, and both analysts then read the claim of record.
 */
const TEXT = "The minister said the bridge was closed. Engineers might reopen it in May. The mayor agreed.";

async function tokenOf(request: APIRequestContext, email: string, password = DEMO_PASSWORD) {
  const res = await request.post("/api/v1/tokens", { data: { email, password } });
  expect(res.status(), `token for ${email}`).toBe(201);
  return { authorization: `Bearer ${((await res.json()) as { token: string }).token}` };
}

test("independent round: assign two analysts, annotate apart, adjudicate and close", async ({ page, browser, request }) => {
  test.setTimeout(120_000);
  const editor = await tokenOf(request, "editor@claimboard.local");
  const admin = await tokenOf(request, "admin@claimboard.local");
  const suffix = Date.now().toString(36);
  const second = { name: `Bea Second ${suffix}`, email: `bea-${suffix}@claimboard.local`, password: "second analyst pass" };
  expect((await request.post("/api/v1/users", { headers: admin, data: { ...second, role: "analyst" } })).status()).toBe(201);
  const story = (await (await request.post("/api/v1/stories", { headers: editor, data: { title: `Round trip ${suffix}` } })).json()) as { id: string };
  const article = (await (
    await request.post(`/api/v1/stories/${story.id}/articles`, { headers: editor, data: { title: "Bridge report", text: TEXT } })
  ).json()) as {
    id: string;
  };

  // The editor assigns the article from its page.
  await page.goto(`/stories/${story.id}/articles/${article.id}`);
  await page.getByText("Assign this article").click();
  const form = page.getByRole("form", { name: "Assign this article" });
  await form.getByLabel("Andrés Analyst").check();
  await form.getByLabel(second.name).check();
  await form.getByLabel(/Independent round/).check();
  await form.getByLabel("Due (optional)").fill("2027-01-15");
  await form.getByLabel("Note (optional)").fill("Sourcing tags first");
  await form.getByRole("button", { name: "Assign" }).click();
  await expect(form.getByRole("status")).toContainText(`Assigned this article to Andrés Analyst, ${second.name}`);
  expect(await seriousA11yViolations(page)).toEqual([]);
  await form.screenshot({ path: "test-results/agreement-assign.png" });

  // Each analyst records a claim on the same words, with a different sourcing.
  const first = await tokenOf(request, "analyst@claimboard.local");
  const other = await tokenOf(request, second.email, second.password);
  const exact = "Engineers might reopen it in May.";
  for (const [headers, sourcing, statement] of [
    [first, "speculative", "Engineers may reopen the bridge"],
    [other, "attributed", "Engineers say the bridge reopens in May"],
  ] as const)
    expect((await request.post(`/api/v1/articles/${article.id}/claims`, { headers, data: { exact, statement, sourcing } })).status()).toBe(201);

  // The first analyst's My work and reader show only their own claim.
  const analystContext = await browser.newContext({ storageState: storageStateOf("analyst") });
  const analyst = await analystContext.newPage();
  await analyst.goto("/my-work");
  await expect(analyst.getByRole("link", { name: "Bridge report" })).toBeVisible();
  await expect(analyst.getByText("Sourcing tags first")).toBeVisible();
  expect(await seriousA11yViolations(analyst)).toEqual([]);
  await analyst.screenshot({ path: "test-results/agreement-my-work.png", fullPage: true });
  await analyst.goto(`/stories/${story.id}/articles/${article.id}`);
  await expect(analyst.getByText("Engineers may reopen the bridge").first()).toBeVisible();
  await expect(analyst.getByText("Engineers say the bridge reopens in May")).toHaveCount(0);

  // The editor reads the agreement and adjudicates: the second analyst's version, edited.
  await page.goto(`/stories/${story.id}/articles/${article.id}/agreement`);
  await expect(page.getByText("1 of 1 units differ")).toBeVisible();
  expect(await seriousA11yViolations(page)).toEqual([]);
  const version = page.getByRole("article", { name: `${second.name}'s version` });
  await version.getByRole("button", { name: "Edit, then choose" }).click();
  await version.getByLabel("Source").fill("the engineers");
  await version.getByRole("button", { name: "Save as the claim of record" }).click();
  await expect(version.getByText("Claim of record")).toBeVisible();
  await page.screenshot({ path: "test-results/agreement-adjudication.png", fullPage: true });
  await page.getByRole("button", { name: "Close the round…" }).click();
  await page.getByRole("button", { name: "Close the round now" }).click();
  await expect(page.getByText("The round is closed")).toBeVisible();

  // Afterwards the first analyst reads the claim of record; their own version is in the activity.
  await analyst.goto(`/stories/${story.id}/articles/${article.id}`);
  await expect(analyst.getByText("Engineers say the bridge reopens in May").first()).toBeVisible();
  await expect(analyst.getByText("Engineers may reopen the bridge")).toHaveCount(0);
  await analystContext.close();

  await page.goto(`/stories/${story.id}/agreement`);
  await expect(page.getByRole("cell", { name: "Closed" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Download CSV" })).toBeVisible();
  expect(await seriousA11yViolations(page)).toEqual([]);
  await page.screenshot({ path: "test-results/agreement-story.png", fullPage: true });
});
