/**
 * The story dashboard (issue 15): headline cards that count the matrix rows, orphaned claims left
 * out with a notice, unlinked claims linked in one step, and no serious axe violations at desktop
 * and phone widths.
 */
import type { APIRequestContext, Page } from "@playwright/test";
import { expect, seriousA11yViolations, storageStateOf, test } from "./fixtures";

const A = "Officials said the bridge was closed on Monday. The mayor might reopen it in June. Traffic was heavy.";
const B = "The bridge was closed on Monday, residents said. The mayor will reopen it in May.";
const C = "According to the police, the bridge was closed on Monday. Buses were diverted.";

async function api(request: APIRequestContext) {
  const post = async (path: string, data: object) => {
    const r = await request.post(path, { data });
    expect(r.status(), `${path}: ${await r.text()}`).toBe(201);
    return r.json();
  };
  return { post };
}

/**
 * Three articles: all three agree that the bridge closed (1 row, 3 pairs), two diverge on the
 * month of reopening (1 row; 1 divergent pair and 2 only-in pairs), and one alone reports the
 * buses (1 row, 2 only-in pairs). `loose` is a claim that speaks to no proposition.
 */
async function threeArticleStory(request: APIRequestContext) {
  const { post } = await api(request);
  const story = await post("/api/v1/stories", { title: `Dashboard ${Date.now()}-${Math.random().toString(36).slice(2, 6)}` });
  const a = await post(`/api/v1/stories/${story.id}/articles`, { title: "Daily report", text: A });
  const b = await post(`/api/v1/stories/${story.id}/articles`, { title: "Residents", text: B });
  const c = await post(`/api/v1/stories/${story.id}/articles`, { title: "Police log", text: C });
  const claim = (articleId: string, exact: string, statement: string, sourcing = "confirmed") =>
    post(`/api/v1/articles/${articleId}/claims`, { exact, statement, sourcing });
  const closedA = await claim(a.id, "the bridge was closed on Monday", "The bridge closed on Monday");
  const closedB = await claim(b.id, "The bridge was closed on Monday", "The bridge closed on Monday");
  const closedC = await claim(c.id, "the bridge was closed on Monday", "The bridge closed on Monday");
  const june = await claim(a.id, "The mayor might reopen it in June.", "Reopening in June", "speculative");
  const may = await claim(b.id, "The mayor will reopen it in May.", "Reopening in May", "speculative");
  const buses = await claim(c.id, "Buses were diverted.", "Buses were diverted");
  const loose = await claim(a.id, "Traffic was heavy.", "Traffic was heavy");
  const closed = await post(`/api/v1/stories/${story.id}/propositions`, { statement: "The bridge closed on Monday" });
  const reopen = await post(`/api/v1/stories/${story.id}/propositions`, { statement: "The bridge reopens in June" });
  const diverted = await post(`/api/v1/stories/${story.id}/propositions`, { statement: "Buses were diverted" });
  const link = (p: { id: string }, claimId: string, stance = "supports") => post(`/api/v1/propositions/${p.id}/links`, { claimId, stance });
  await link(closed, closedA.id);
  await link(closed, closedB.id);
  await link(closed, closedC.id);
  await link(reopen, june.id);
  await link(reopen, may.id, "contradicts");
  await link(diverted, buses.id);
  return { story, a, b, c, closedA, loose };
}

/** Each card's number, and how many matrix rows of its kind the table shows (all rows shown). */
async function cardsAndRows(page: Page) {
  const out: Record<string, { card: number; rows: number; detail: string }> = {};
  for (const kind of ["agreement", "divergence", "sourcing_gap", "only_in"]) {
    const card = page.locator(`.figure[data-kind="${kind}"]`);
    out[kind] = {
      card: Number(await card.locator(".figure-value").innerText()),
      rows: await page.locator(`table.matrix tbody tr[data-kind="${kind}"]`).count(),
      // Two articles make one pair, and then no pair detail is shown.
      detail: (await card.locator(".figure-pairs").count()) ? ((await card.locator(".figure-pairs").textContent()) ?? "") : "",
    };
  }
  return out;
}

test.describe("the dashboard, as an editor", () => {
  test.use({ role: "editor" });

  test("each headline card counts the matrix rows of its kind; the pair counts are the detail", async ({ page }) => {
    const { story } = await threeArticleStory(page.request);
    await page.goto(`/stories/${story.id}`);
    await expect(page.locator("table.matrix tbody tr")).toHaveCount(3);
    const figures = await cardsAndRows(page);
    for (const [kind, f] of Object.entries(figures)) expect(f.card, kind).toBe(f.rows);
    expect(figures.agreement).toEqual({ card: 1, rows: 1, detail: "across 3 article pairs" });
    expect(figures.divergence).toEqual({ card: 1, rows: 1, detail: "across 1 article pair" });
    expect(figures.only_in).toEqual({ card: 1, rows: 1, detail: "across 4 article pairs" });
    expect(figures.sourcing_gap).toMatchObject({ card: 0, rows: 0 });

    // The REST answer carries the same figures, next to the unchanged pair counts.
    const cmp = await (await page.request.get(`/api/v1/stories/${story.id}/comparison`)).json();
    expect(cmp.propositionTotals).toEqual({ agreements: 1, divergences: 1, sourcingGaps: 0, onlyIn: 1, unlinked: 0 });
    expect(cmp.totals).toMatchObject({ agreements: 3, divergences: 1, onlyIn: 4, propositions: 3 });
    expect(cmp.pairs).toHaveLength(3);
  });

  test("on the demo story too, the cards equal the rows of each kind", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("link", { name: "Russian espionage affair in Serbia (2019–2020)" }).click();
    const more = page.getByRole("link", { name: "Show all", exact: true });
    if (await more.count()) await more.click();
    await expect(page.locator("table.matrix tbody tr").first()).toBeVisible();
    for (const [kind, f] of Object.entries(await cardsAndRows(page))) expect(f.card, kind).toBe(f.rows);
  });

  test("a claim whose words were deleted stops counting, and the dashboard says it waits for repair", async ({ page }) => {
    const { story, a } = await threeArticleStory(page.request);
    const article = await (await page.request.get(`/api/v1/articles/${a.id}`)).json();
    // The edit removes the sentence of the Daily report's "closed on Monday" claim.
    const revised = await page.request.put(`/api/v1/articles/${a.id}/text`, {
      data: { version: article.version, text: "The mayor might reopen it in June. Traffic was heavy." },
    });
    expect(revised.status()).toBe(200);

    await page.goto(`/stories/${story.id}`);
    const notice = page.getByRole("region", { name: "1 orphaned claim is not counted until repaired" });
    await expect(notice).toBeVisible();
    // Still an agreement (Residents and Police log), now over 1 pair instead of 3.
    await expect(page.locator('.figure[data-kind="agreement"] .figure-pairs')).toHaveText("across 1 article pair");
    const row = page.locator("table.matrix tbody tr", { hasText: "The bridge closed on Monday" });
    await expect(row.locator("td").nth(0)).toContainText("Not reported");
    // Opened, the row still lists the claim, marked as left out.
    await row.locator("summary").click();
    await expect(row.locator(".row-claims li", { hasText: "Daily report" })).toContainText("Orphaned: not counted until repaired");
    expect(await seriousA11yViolations(page)).toEqual([]);

    await notice.getByRole("link", { name: "Repair 1 claim in “Daily report”" }).click();
    await expect(page).toHaveURL(new RegExp(`/stories/${story.id}/articles/${a.id}#orphaned-title$`));
    await expect(page.getByRole("heading", { name: "Needs repair (1)" })).toBeVisible();
  });

  test("an unlinked claim is linked in one step, or becomes a new proposition", async ({ page }) => {
    const { story, a, c } = await threeArticleStory(page.request);
    const { post } = await api(page.request);
    const police = await post(`/api/v1/articles/${c.id}/claims`, {
      exact: "According to the police",
      statement: "The police are the source",
      sourcing: "attributed",
    });
    await page.goto(`/stories/${story.id}`);
    const list = page.getByRole("region", { name: "Claims that speak to no proposition (2)" });
    await expect(list).toBeVisible();
    await expect(list.locator(".unlinked-item")).toHaveCount(2);

    // Linked to an existing proposition, chosen in the list.
    const traffic = list.getByRole("form", { name: "Link the claim “Traffic was heavy”" });
    await traffic.getByLabel("Proposition").selectOption({ label: "Buses were diverted" });
    await traffic.getByRole("button", { name: "Link", exact: true }).click();
    await expect(page.getByRole("region", { name: "Claims that speak to no proposition (1)" })).toBeVisible();
    const buses = page.locator("table.matrix tbody tr", { hasText: "Buses were diverted" });
    await expect(buses.locator("td").nth(0)).toContainText("Supports");
    const linked = await (await page.request.get(`/api/v1/stories/${story.id}/propositions`)).json();
    const diverted = linked.items.find((p: { statement: string }) => p.statement === "Buses were diverted");
    expect(diverted.links.map((l: { articleId: string }) => l.articleId)).toContain(a.id);

    // Made into a new proposition, worded like the claim.
    const source = page.getByRole("form", { name: "Link the claim “The police are the source”" });
    await source.getByLabel("This claim").selectOption("contradicts");
    await source.getByRole("button", { name: "New proposition from this claim" }).click();
    await expect(page.getByRole("region", { name: /Claims that speak to no proposition/ })).toHaveCount(0);
    const row = page.locator("table.matrix tbody tr", { hasText: "The police are the source" });
    await expect(row).toContainText("Only in one");
    await expect(row.locator("td").nth(2)).toContainText("Contradicts");
    const after = await (await page.request.get(`/api/v1/stories/${story.id}/propositions`)).json();
    expect(after.items.find((p: { statement: string }) => p.statement === "The police are the source").links).toMatchObject([
      { claimId: police.id, stance: "contradicts" },
    ]);
  });

  test("the claims page lists the unlinked claims with the same one-step link", async ({ page }) => {
    const { story } = await threeArticleStory(page.request);
    await page.goto(`/stories/${story.id}/claims`);
    const list = page.getByRole("region", { name: "Claims that speak to no proposition (1)" });
    const form = list.getByRole("form", { name: "Link the claim “Traffic was heavy”" });
    await form.getByLabel("Proposition").selectOption({ label: "The bridge closed on Monday" });
    await form.getByRole("button", { name: "Link", exact: true }).click();
    await expect(page.getByRole("region", { name: /Claims that speak to no proposition/ })).toHaveCount(0);
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  for (const width of [1440, 390]) {
    test(`the dashboard has no serious or critical axe violations at ${width} px`, async ({ page }) => {
      await page.setViewportSize({ width, height: width > 1000 ? 900 : 844 });
      const { story, a } = await threeArticleStory(page.request);
      // Six articles make 15 pairs: more than the pairs table's height, so it scrolls at both widths.
      const { post } = await api(page.request);
      for (const title of ["Fourth", "Fifth", "Sixth"]) await post(`/api/v1/stories/${story.id}/articles`, { title, text: C });
      const article = await (await page.request.get(`/api/v1/articles/${a.id}`)).json();
      await page.request.put(`/api/v1/articles/${a.id}/text`, {
        data: { version: article.version, text: "The mayor might reopen it in June. Traffic was heavy." },
      });
      for (const url of [`/stories/${story.id}`, "/"]) {
        await page.goto(url);
        if (url === "/") await page.getByRole("link", { name: "Russian espionage affair in Serbia (2019–2020)" }).click();
        await expect(page.locator("table.matrix")).toBeVisible();
        expect(await seriousA11yViolations(page)).toEqual([]);
        // Only the matrix and the pairs table scroll sideways, never the page (long propositions in the unlinked list's selects).
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
        // The regions that scroll on their own are reachable by keyboard.
        for (const name of ["Comparison matrix", "Pairs of articles, table"]) {
          const region = page.getByRole("region", { name });
          await region.focus();
          await expect(region).toBeFocused();
        }
      }
    });
  }
});

test.describe("the dashboard, as a viewer", () => {
  test.use({ role: "viewer" });

  test("lists unlinked claims without the means to link them", async ({ page, browser }) => {
    const editor = await browser.newContext({ storageState: storageStateOf("editor"), baseURL: test.info().project.use.baseURL });
    const { story } = await threeArticleStory(editor.request);
    await editor.close();
    await page.goto(`/stories/${story.id}`);
    const list = page.getByRole("region", { name: "Claims that speak to no proposition (1)" });
    await expect(list).toContainText("Traffic was heavy");
    await expect(list).toContainText("Analysts and editors can link them to propositions.");
    await expect(list.getByRole("form")).toHaveCount(0);
  });
});
