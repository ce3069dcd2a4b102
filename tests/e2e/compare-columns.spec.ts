import type { Page } from "@playwright/test";
import { expect, openReader, seriousA11yViolations, test } from "./fixtures";

// Side by side with any number of articles as columns, the chooser in the URL, phones, and
// "Link to proposition" from the reader (issue 15, "missing pieces").

const TEXTS = [
  { title: "Daily report", text: "Officials said the bridge was closed on Monday. The mayor might reopen it in June." },
  { title: "Residents' view", text: "The bridge stayed open on Monday, according to residents. Traffic was heavy." },
  { title: "Evening bulletin", text: "Police confirmed the bridge was shut all Monday. Repairs start next week." },
  { title: "Weekly digest", text: "Whether the bridge closed on Monday is disputed. The mayor has not commented." },
];
const QUOTES = [
  "Officials said the bridge was closed on Monday.",
  "The bridge stayed open on Monday",
  "Police confirmed the bridge was shut all Monday.",
  "Whether the bridge closed on Monday is disputed.",
];

async function fourArticleStory(page: Page) {
  const post = async (path: string, data: object) => {
    const r = await page.request.post(path, { data });
    expect(r.status(), path).toBe(201);
    return r.json();
  };
  const story = await post("/api/v1/stories", { title: `Columns ${Date.now()}-${Math.random().toString(36).slice(2, 6)}` });
  const articles: { id: string; title: string }[] = [];
  const claims: { id: string }[] = [];
  for (const [i, t] of TEXTS.entries()) {
    const a = await post(`/api/v1/stories/${story.id}/articles`, t);
    articles.push(a);
    claims.push(
      await post(`/api/v1/articles/${a.id}/claims`, { exact: QUOTES[i], statement: QUOTES[i]!.replace(/\.$/, ""), sourcing: "attributed", source: "someone" }),
    );
  }
  return { storyId: story.id as string, articles, claims, post };
}

const columns = (page: Page) => page.getByRole("region", { name: /Article columns/ }).locator("section.side");
const columnTitles = (page: Page) => columns(page).locator("h2").allTextContents();

test.describe("side by side with any number of articles, as an editor", () => {
  test.use({ role: "editor" });

  test("at 1440 px: all four articles by default, a chooser that updates the URL, sideways scrolling, and linking in the third column", async ({ page }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    const { storyId, articles } = await fourArticleStory(page);
    const ids = articles.map((a) => a.id);

    await page.goto(`/stories/${storyId}/compare`);
    await expect(columns(page)).toHaveCount(4);
    expect(await columnTitles(page)).toEqual(TEXTS.map((t) => t.title));
    const chooser = page.getByRole("group", { name: /Articles side by side/ });
    for (const t of TEXTS) await expect(chooser.getByRole("checkbox", { name: t.title })).toBeChecked();

    // Four columns do not fit next to the link panel: the strip scrolls sideways, by keyboard too.
    const strip = page.getByRole("region", { name: /Article columns/ });
    await expect(strip).toHaveAttribute("tabindex", "0");
    const overflow = await strip.evaluate((el) => el.scrollWidth - el.clientWidth);
    expect(overflow).toBeGreaterThan(50);
    await strip.focus();
    for (let i = 0; i < 3; i++) await page.keyboard.press("ArrowRight");
    await expect.poll(() => strip.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
    // Nothing else overflows the page.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1440);
    expect(await seriousA11yViolations(page)).toEqual([]);

    // Unticking the fourth article: three columns, and the URL says which.
    await chooser.getByRole("checkbox", { name: "Weekly digest" }).uncheck();
    await expect(page).toHaveURL(new RegExp(`[?&]articles=${ids.slice(0, 3).join(",")}$`));
    await expect(columns(page)).toHaveCount(3);
    expect(await columnTitles(page)).toEqual(TEXTS.slice(0, 3).map((t) => t.title));
    await expect(page.getByRole("form", { name: "Choose articles" })).toHaveCount(1);
    // Three fit: no sideways scrolling.
    await expect.poll(() => strip.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(1);
    await page.screenshot({ path: "/tmp/h6b-compare-1440.png", fullPage: true });

    // The shared URL reloads to the same choice.
    await page.reload();
    await expect(columns(page)).toHaveCount(3);
    await expect(chooser.getByRole("checkbox", { name: "Weekly digest" })).not.toBeChecked();

    // Link the third column's claim to a new proposition, then the first column's claim to it.
    await columns(page).nth(2).locator("mark.hl", { hasText: "Police confirmed" }).click();
    const form = page.getByRole("form", { name: "Link to a proposition" });
    await form.getByLabel("Or a new proposition").fill("The bridge was closed on Monday");
    await form.getByRole("button", { name: "Create and link" }).click();
    const speaksTo = page.locator(".link-panel > .link-list > .link-item");
    await expect(speaksTo).toHaveCount(1);
    await expect(speaksTo).toContainText("The bridge was closed on Monday");
    await expect(speaksTo).toContainText("In “Daily report”: not reported");
    await expect(speaksTo).toContainText("In “Residents' view”: not reported");

    await columns(page).nth(0).locator("mark.hl", { hasText: "Officials said" }).click();
    await form.getByLabel("Search propositions").fill("closed monday");
    await form.getByRole("button", { name: "Link “Officials said the bridge was closed on Monday” to “The bridge was closed on Monday”" }).click();
    await expect(speaksTo).toContainText("In “Evening bulletin”:");
    await expect(speaksTo.getByRole("button", { name: /Police confirmed the bridge was shut all Monday/ })).toBeVisible();
    // The counterpart is marked in the third column.
    await expect(columns(page).nth(2).locator("mark.hl", { hasText: "Police confirmed" })).toHaveClass(/is-active/);

    // The residents' claim contradicts: a divergence against both others.
    await columns(page).nth(1).locator("mark.hl", { hasText: "The bridge stayed open" }).click();
    await form.getByLabel("contradicts").check();
    await form.getByRole("button", { name: "Link “The bridge stayed open on Monday” to “The bridge was closed on Monday”" }).click();
    await expect(speaksTo.locator(".row-kind-divergence")).toHaveCount(2);
    expect(await seriousA11yViolations(page)).toEqual([]);

    const props = (await (await page.request.get(`/api/v1/stories/${storyId}/propositions`)).json()).items as {
      statement: string;
      links: { articleId: string; stance: string }[];
    }[];
    expect(props).toHaveLength(1);
    expect(props[0]!.links.map((l) => [ids.indexOf(l.articleId), l.stance]).sort()).toEqual([
      [0, "supports"],
      [1, "contradicts"],
      [2, "supports"],
    ]);
  });

  test("with more columns than fit, a counterpart in a hidden column is brought into view; choosing a claim keeps the strip still", async ({ page }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    const { storyId, claims, post } = await fourArticleStory(page);
    const p = await post(`/api/v1/stories/${storyId}/propositions`, { statement: "The bridge was closed on Monday" });
    await post(`/api/v1/propositions/${p.id}/links`, { claimId: claims[0]!.id, stance: "supports" });
    await post(`/api/v1/propositions/${p.id}/links`, { claimId: claims[3]!.id, stance: "contradicts" });
    await page.goto(`/stories/${storyId}/compare`);
    const strip = page.getByRole("region", { name: /Article columns/ });
    await columns(page).nth(0).locator("mark.hl").first().click();
    await expect(page.locator(".link-panel")).toBeVisible();
    expect(await strip.evaluate((el) => el.scrollLeft)).toBe(0);
    const fourth = columns(page).nth(3);
    const inStrip = () =>
      strip.evaluate((el, i) => {
        const s = el.getBoundingClientRect();
        const c = el.querySelectorAll("section.side")[i]!.getBoundingClientRect();
        return c.left >= s.left - 1 && c.right <= s.right + 1;
      }, 3);
    expect(await inStrip()).toBe(false);
    await page
      .locator(".link-panel")
      .getByRole("button", { name: /Whether the bridge closed on Monday is disputed/ })
      .click();
    await expect.poll(inStrip).toBe(true);
    await expect(fourth.locator("mark.hl.is-active")).toHaveCount(1);
    await expect(page.locator(".link-panel h2")).toHaveText("Whether the bridge closed on Monday is disputed");
  });

  test("the demo story side by side at 1440 and 390 px: its articles as columns, no serious accessibility violations", async ({ page }) => {
    const stories = await (await page.request.get("/api/v1/stories")).json();
    const demo = stories.items.find((s: { title: string }) => /Serbia/i.test(s.title));
    const story = await (await page.request.get(`/api/v1/stories/${demo.id}`)).json();
    for (const width of [1440, 390]) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(`/stories/${demo.id}/compare`);
      await expect(columns(page)).toHaveCount(story.articles.length);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      const mark = columns(page).nth(1).locator("mark.hl").first();
      await mark.click();
      await expect(page.locator(".link-panel")).toBeVisible();
      // The panel opens close to the claim: within a screen's height of it.
      const [m, p] = [await mark.boundingBox(), await page.locator(".link-panel").boundingBox()];
      expect(p!.y - (m!.y + m!.height)).toBeLessThan(900);
      await page.screenshot({ path: `/tmp/h6b-demo-${width}.png` });
      expect(await seriousA11yViolations(page), `at ${width} px`).toEqual([]);
    }
  });

  test("the older ?a=&b= pair still shows those two; an id of no article of the story is named", async ({ page }) => {
    const { storyId, articles } = await fourArticleStory(page);
    await page.goto(`/stories/${storyId}/compare?a=${articles[3]!.id}&b=${articles[1]!.id}`);
    expect(await columnTitles(page)).toEqual(["Residents' view", "Weekly digest"]);
    await page.goto(`/stories/${storyId}/compare?articles=${articles[2]!.id},no-such-article`);
    await expect(page.locator(".alert-warning")).toContainText("Not an article of this story: “no-such-article”");
    expect(await columnTitles(page)).toEqual(["Evening bulletin"]);
    // The only ticked article cannot be unticked.
    await expect(page.getByRole("checkbox", { name: "Evening bulletin" })).toBeDisabled();
  });

  test("at 390 px: the columns stack one after another, the chooser works, nothing overflows", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    const { storyId, articles } = await fourArticleStory(page);
    await page.goto(
      `/stories/${storyId}/compare?articles=${articles
        .slice(0, 3)
        .map((a) => a.id)
        .join(",")}`,
    );
    await expect(columns(page)).toHaveCount(3);
    const boxes = await columns(page).evaluateAll((els) => els.map((el) => el.getBoundingClientRect().toJSON() as DOMRect));
    for (const [i, box] of boxes.entries()) {
      expect(box.width, `column ${i} width`).toBeGreaterThan(390 * 0.85);
      expect(box.x + box.width).toBeLessThanOrEqual(390);
      if (i > 0) expect(box.y).toBeGreaterThan(boxes[i - 1]!.y + boxes[i - 1]!.height - 1);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(await seriousA11yViolations(page)).toEqual([]);

    // The chooser, by keyboard: tick the fourth article.
    await page.getByRole("checkbox", { name: "Weekly digest" }).focus();
    await page.keyboard.press("Space");
    await expect(columns(page)).toHaveCount(4);
    await expect(page).toHaveURL(new RegExp(`articles=${articles.map((a) => a.id).join(",")}$`));

    // Choosing a claim opens the link panel right after that article, and linking works there.
    await columns(page).nth(2).locator("mark.hl", { hasText: "Police confirmed" }).click();
    const panel = columns(page).nth(2).locator(".link-panel");
    await expect(panel).toBeVisible();
    await panel.getByLabel("Or a new proposition").fill("The bridge was shut on Monday");
    await panel.getByRole("button", { name: "Create and link" }).click();
    await expect(panel.locator(":scope > .link-list > .link-item")).toContainText("The bridge was shut on Monday");
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.screenshot({ path: "/tmp/h6b-compare-390.png", fullPage: true });
    expect(await seriousA11yViolations(page)).toEqual([]);
  });
});

test.describe("Link to proposition in the reader", () => {
  test.use({ role: "analyst" });

  test("a chosen claim links to an existing proposition (searched for) with a stance, or to a new one", async ({ page }) => {
    const { storyId, articles, claims, post } = await fourArticleStory(page);
    await post(`/api/v1/stories/${storyId}/propositions`, { statement: "The bridge was closed on Monday" });
    await post(`/api/v1/stories/${storyId}/propositions`, { statement: "The mayor will reopen the bridge in June" });

    await openReader(page, `/stories/${storyId}/articles/${articles[1]!.id}`);
    await page.locator(`#claim-${claims[1]!.id} .claim-choose`).click();
    const item = page.locator(`#claim-${claims[1]!.id}`);
    await expect(item).toContainText("Not linked to any proposition yet.");
    await item.getByRole("button", { name: "Link to proposition" }).click();
    await expect(item.getByRole("button", { name: "Link to proposition" })).toHaveAttribute("aria-expanded", "true");
    const form = item.getByRole("form", { name: "Link to a proposition" });
    await form.getByLabel("Search propositions").fill("mayor");
    const options = form.getByRole("list", { name: "Propositions, best match first" }).locator("li");
    await expect(options).toHaveCount(1);
    await expect(options).toContainText("The mayor will reopen the bridge in June");
    await form.getByLabel("Search propositions").fill("closed");
    await expect(options).toHaveCount(1);
    await form.getByLabel("contradicts").check();
    await form.getByLabel("Note on what differs").fill("residents saw it open");
    await options.getByRole("button", { name: "Link “The bridge stayed open on Monday” to “The bridge was closed on Monday”" }).click();
    await expect(item.getByRole("status")).toHaveText("Linked to “The bridge was closed on Monday”.");
    await expect(item.locator(".claim-proposition-list")).toContainText("Contradicts The bridge was closed on Monday");
    await page.screenshot({ path: "/tmp/h6b-reader-link-1440.png", fullPage: true });

    // A new proposition, by keyboard.
    await item.getByRole("button", { name: "Link to proposition" }).focus();
    await page.keyboard.press("Enter");
    await form.getByLabel("Or a new proposition").fill("Traffic was heavy on Monday");
    await form.getByRole("button", { name: "Create and link" }).click();
    await expect(item.getByRole("status")).toHaveText("Linked to “Traffic was heavy on Monday”.");
    await expect(item.locator(".claim-proposition-list li")).toHaveCount(2);
    expect(await seriousA11yViolations(page)).toEqual([]);

    const props = (await (await page.request.get(`/api/v1/stories/${storyId}/propositions`)).json()).items as {
      statement: string;
      links: { claimId: string; stance: string; note: string }[];
    }[];
    const closed = props.find((p) => p.statement === "The bridge was closed on Monday")!;
    expect(closed.links).toEqual([expect.objectContaining({ claimId: claims[1]!.id, stance: "contradicts", note: "residents saw it open" })]);
    expect(props.find((p) => p.statement === "Traffic was heavy on Monday")!.links.map((l) => l.stance)).toEqual(["supports"]);

    // After a reload the link is still there.
    await openReader(page, `/stories/${storyId}/articles/${articles[1]!.id}`);
    await page.locator(`#claim-${claims[1]!.id} .claim-choose`).click();
    await expect(item.locator(".claim-proposition-list li")).toHaveCount(2);

    await page.setViewportSize({ width: 390, height: 844 });
    await item.getByRole("button", { name: "Link to proposition" }).click();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await item.scrollIntoViewIfNeeded();
    await page.screenshot({ path: "/tmp/h6b-reader-link-390.png", fullPage: true });
    expect(await seriousA11yViolations(page)).toEqual([]);
  });
});

test.describe("the reader, as a viewer", () => {
  test.use({ role: "viewer" });

  test("offers no Link to proposition", async ({ page }) => {
    const stories = await (await page.request.get("/api/v1/stories")).json();
    const demo = stories.items.find((s: { title: string }) => /Serbia/i.test(s.title));
    const story = await (await page.request.get(`/api/v1/stories/${demo.id}`)).json();
    await openReader(page, `/stories/${demo.id}/articles/${story.articles[0].id}`);
    await page.locator(".claim-choose").first().click();
    await expect(page.locator(".claim-propositions")).toBeVisible();
    await expect(page.getByRole("button", { name: "Link to proposition" })).toHaveCount(0);
  });
});
