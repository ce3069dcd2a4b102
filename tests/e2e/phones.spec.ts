import { readFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "@playwright/test";
import { expect, openReader, seriousA11yViolations, storyWithArticle, test } from "./fixtures";
import { dragSelect, selectionRects, selectWords } from "./select-text";

// Phones and tablets (issue 15): recording a claim without a keyboard, the story's pages at
// 390 px without sideways scrolling, the active view tab in sight, and axe at both widths.

const STORY = "Russian espionage affair in Serbia (2019–2020)";
const PUTIN = readFileSync(path.join("src", "demo", "articles", "putin-spying-serb-allies.txt"), "utf8");
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1440, height: 900 };

/** The demo story's id, from the stories list. */
async function demoStory(page: Page) {
  await page.goto("/");
  await page.getByRole("link", { name: STORY }).click();
  await expect(page.getByRole("heading", { level: 1, name: STORY })).toBeVisible();
  return new URL(page.url()).pathname.split("/")[2]!;
}

/** Waits until the dashboard's lazily loaded charts have drawn. */
async function chartsDrawn(page: Page) {
  const charts = page.locator("figure.chart");
  const count = await charts.count();
  expect(count).toBeGreaterThan(0);
  for (let i = 0; i < count; i++) {
    await charts.nth(i).scrollIntoViewIfNeeded();
    await expect(charts.nth(i).locator("svg.recharts-surface").first()).toBeVisible();
  }
  await page.evaluate(() => window.scrollTo(0, 0));
}

/**
 * A fresh story whose activity has every kind of row: claims recorded (one waiting for review),
 * one changed (a long before → after) and one deleted (restorable).
 */
async function storyWithActivity(page: Page) {
  const made = await storyWithArticle(page, { title: "How Putin is spying on his Serb allies", text: PUTIN });
  const claim = async (exact: string, status = "draft") => {
    const r = await page.request.post(`/api/v1/articles/${made.articleId}/claims`, {
      data: { exact, statement: exact, sourcing: "attributed", source: "Aleksandar Vučić", status },
    });
    expect(r.status()).toBe(201);
    return (await r.json()) as { id: string; version: number };
  };
  const kept = await claim("the messenger was the Russian diplomat Georgij Kleban");
  const changed = await page.request.patch(`/api/v1/claims/${kept.id}`, {
    data: {
      version: kept.version,
      statement:
        "Georgij Kleban, a Russian diplomat, was the messenger who handed over the money to the retired Serbian officer in a shopping bag, according to the video",
    },
  });
  expect(changed.status()).toBe(200);
  await claim("We have no idea what the incident is about.", "needs_review");
  const gone = await claim("Serbian President Aleksandar Vučić confirmed");
  expect((await page.request.delete(`/api/v1/claims/${gone.id}`, { data: { version: gone.version } })).status()).toBe(204);
  return made;
}

/** The page's width, and the outermost elements that reach past the screen's right edge (to say why). */
async function overflow(page: Page) {
  return page.evaluate((limit) => {
    const wide = [...document.body.querySelectorAll("*")].filter((el) => {
      if (el.getBoundingClientRect().right <= limit + 0.5) return false;
      // Only the outermost: inside a scrolling box is fine, the box is what matters. A positioned
      // element escapes the scrolling boxes between it and its containing block.
      const escapes = ["absolute", "fixed"].includes(getComputedStyle(el).position);
      for (let p = escapes ? (el as HTMLElement).offsetParent : el.parentElement; p && p !== document.body; p = p.parentElement) {
        if (p.getBoundingClientRect().right > limit + 0.5) return false;
        const o = getComputedStyle(p).overflowX;
        if (o === "auto" || o === "scroll" || o === "hidden") return false;
      }
      return true;
    });
    const name = (el: Element) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""}${[...el.classList].map((c) => `.${c}`).join("")}`;
    return {
      width: document.documentElement.scrollWidth,
      wide: wide.slice(0, 5).map((el) => `${name(el)} (${Math.round(el.getBoundingClientRect().right)} px)`),
    };
  }, page.viewportSize()!.width);
}

async function expectNoSidewaysScroll(page: Page) {
  const o = await overflow(page);
  expect(o.width, `wider than the screen because of ${o.wide.join(", ")}`).toBeLessThanOrEqual(page.viewportSize()!.width);
}

/** The selection's rectangles and the button's box do not meet. */
function overlaps(a: { x: number; y: number; width: number; height: number }, b: { x: number; y: number; width: number; height: number }) {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

async function expectButtonBesideSelection(page: Page) {
  const button = page.getByRole("button", { name: "Record claim" });
  await expect(button).toBeVisible();
  await button.scrollIntoViewIfNeeded();
  const box = (await button.boundingBox())!;
  const rects = await selectionRects(page);
  expect(rects.length).toBeGreaterThan(0);
  for (const r of rects) expect(overlaps(box, r), `button ${JSON.stringify(box)} covers the selection ${JSON.stringify(r)}`).toBe(false);
  // Near the selection: within two lines below its last line, and inside the screen's width.
  const last = rects[rects.length - 1]!;
  expect(box.y).toBeGreaterThanOrEqual(last.y + last.height);
  expect(box.y).toBeLessThan(last.y + last.height + 80);
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(page.viewportSize()!.width);
  return button;
}

test.describe("on a phone (390 px, touch)", () => {
  test.use({ viewport: PHONE, hasTouch: true, isMobile: true });

  test("select words by touch, tap Record claim, save: the claim is recorded on those words", async ({ page }) => {
    const { readerUrl } = await storyWithArticle(page, { title: "How Putin is spying on his Serb allies", text: PUTIN });
    await openReader(page, readerUrl);
    await expect(page.getByRole("button", { name: "Record claim" })).toHaveCount(0);
    await selectWords(page, "the messenger was the Russian diplomat Georgij Kleban");
    const button = await expectButtonBesideSelection(page);
    await page.screenshot({ path: "/tmp/h10-reader-390.png" });
    await button.tap();

    const form = page.getByRole("form", { name: "New claim" });
    await expect(form).toBeVisible();
    await expect(form.getByLabel("Selected words")).toHaveText("the messenger was the Russian diplomat Georgij Kleban");
    await expect(form.getByLabel("Statement")).toHaveValue("the messenger was the Russian diplomat Georgij Kleban");
    await expect(form.getByLabel("Statement")).toBeInViewport();
    await form.getByLabel("Statement").fill("Kleban was a Russian diplomat");
    await form.getByRole("radio", { name: /Confirmed/ }).tap();
    await form.getByLabel("Source").fill("Aleksandar Vučić");
    await page.screenshot({ path: "/tmp/h10-reader-form-390.png" });
    await form.getByRole("button", { name: /^Save/ }).tap();
    await expect(form).toBeHidden();

    const claim = page.getByRole("complementary", { name: "Claims in this article" }).locator(".claim-item", { hasText: "Kleban was a Russian diplomat" });
    await expect(claim).toBeVisible();
    await expect(claim).toContainText("Aleksandar Vučić");
    await expect(page.locator("mark.hl[data-first]", { hasText: "the messenger was the Russian diplomat Georgij Kleban" })).toHaveCount(1);
    // The selection went with the form: no button left behind.
    await expect(page.getByRole("button", { name: "Record claim" })).toHaveCount(0);
    await expectNoSidewaysScroll(page);

    // It survives a reload: it was saved, not just drawn.
    await page.reload();
    await expect(page.locator(".claim-item", { hasText: "Kleban was a Russian diplomat" })).toBeVisible();
  });

  test("an orphaned claim is re-anchored by touch: select its words, tap Anchor claim here", async ({ page }) => {
    const { articleId, readerUrl } = await storyWithArticle(page, { title: "Short note", text: "The bridge closed on Monday. Traffic was heavy." });
    const made = await page.request.post(`/api/v1/articles/${articleId}/claims`, {
      data: { exact: "The bridge closed on Monday.", statement: "The bridge closed on Monday", sourcing: "confirmed" },
    });
    expect(made.status()).toBe(201);
    const article = await (await page.request.get(`/api/v1/articles/${articleId}`)).json();
    const revised = await page.request.put(`/api/v1/articles/${articleId}/text`, {
      data: { version: article.version, text: "Traffic was heavy. The bridge shut on Monday." },
    });
    expect(revised.status()).toBe(200);

    await openReader(page, readerUrl);
    await page.getByRole("button", { name: "Re-select words" }).tap();
    await selectWords(page, "The bridge shut on Monday.");
    await page.getByRole("button", { name: "Anchor claim here" }).tap();
    await expect(page.getByRole("status").filter({ hasText: "Claim anchored to the selected words." })).toBeVisible();
    await expect(page.locator("mark.hl[data-first]", { hasText: "The bridge shut on Monday." })).toHaveCount(1);
    await expect(page.getByRole("heading", { name: /Needs repair/ })).toHaveCount(0);
  });

  test("the dashboard and the activity page fit the screen; the active view tab is in sight", async ({ page }) => {
    await demoStory(page);
    await chartsDrawn(page);
    await page.screenshot({ path: "/tmp/h10-dashboard-390.png" });
    await page
      .locator("section", { has: page.getByRole("heading", { name: "Sourcing mix per article" }) })
      .screenshot({ path: "/tmp/h10-dashboard-mix-390.png" });
    await expectNoSidewaysScroll(page);

    const { storyId } = await storyWithActivity(page);
    await page.goto(`/stories/${storyId}/activity`);
    await expect(page.locator(".activity-table tbody tr").first()).toBeVisible();
    await page.screenshot({ path: "/tmp/h10-activity-390.png" });
    await page.locator(".activity-table").screenshot({ path: "/tmp/h10-activity-rows-390.png" });
    await expectNoSidewaysScroll(page);
    await page.evaluate(() => window.scrollTo(0, 0));

    // The tabs scroll sideways rather than widening the page, and the current one is shown.
    const tabs = page.getByRole("navigation", { name: "Story views" });
    expect(await tabs.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
    const active = tabs.getByRole("link", { name: "Activity" });
    await expect(active).toHaveAttribute("aria-current", "page");
    await expect(active).toBeInViewport({ ratio: 0.99 });
    const [nav, tab] = [(await tabs.boundingBox())!, (await active.boundingBox())!];
    expect(tab.x).toBeGreaterThanOrEqual(nav.x - 0.5);
    expect(tab.x + tab.width).toBeLessThanOrEqual(nav.x + nav.width + 0.5);
  });
});

test.describe("on a phone, as a viewer", () => {
  test.use({ viewport: PHONE, hasTouch: true, isMobile: true, role: "viewer" });

  test("selecting words offers no Record claim button: viewers read", async ({ page }) => {
    await demoStory(page);
    await page.getByRole("link", { name: "Articles", exact: true }).click();
    await page.getByRole("link", { name: "How Putin is spying on his Serb allies" }).click();
    await page.locator('.reader[data-shortcuts="on"]').waitFor();
    await selectWords(page, "The origin of the video is kept like a secret.");
    await expect(page.getByText("Read-only: viewers cannot record claims.")).toBeVisible();
    await expect(page.getByRole("button", { name: "Record claim" })).toHaveCount(0);
  });
});

test.describe("with a mouse and keys (1440 px)", () => {
  test.use({ viewport: DESKTOP });

  test("the Record claim button follows a mouse selection and is reachable by Tab", async ({ page }) => {
    const { readerUrl } = await storyWithArticle(page, { title: "How Putin is spying on his Serb allies", text: PUTIN });
    await openReader(page, readerUrl);
    await dragSelect(page, "Serbian President Aleksandar Vučić confirmed", "press conference in Belgrade");
    const button = await expectButtonBesideSelection(page);
    await page.screenshot({ path: "/tmp/h10-reader-1440.png" });
    await button.click();
    const form = page.getByRole("form", { name: "New claim" });
    await expect(form.getByLabel("Selected words")).toHaveText("Serbian President Aleksandar Vučić confirmed at a press conference in Belgrade");
    await page.keyboard.press("Escape");
    await expect(form).toBeHidden();

    // Keyboard: words chosen with Shift+arrows in the text, then Tab to the button and Enter.
    await page.getByRole("document", { name: /Text of/ }).focus();
    for (let i = 0; i < 2; i++) await page.keyboard.press("Shift+ArrowRight");
    // The button appears beside the selection once the selection settles; Tab reaches it then.
    await expect(page.getByRole("button", { name: "Record claim" })).toBeVisible();
    await page.keyboard.press("Tab");
    await expect(page.getByRole("button", { name: "Record claim" })).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(form).toBeVisible();
    await expect(form.getByLabel("Selected words")).not.toHaveText("");
  });
});

for (const [name, viewport] of [
  ["1440", DESKTOP],
  ["390", PHONE],
] as const) {
  test.describe(`accessibility at ${name} px`, () => {
    test.use({ viewport, ...(viewport === PHONE && { hasTouch: true, isMobile: true }) });

    test("reader, activity, dashboard, claims and review have no serious or critical axe violations", async ({ page }) => {
      test.setTimeout(90_000); // five pages, each checked by axe, on a shared machine
      const { storyId } = await storyWithActivity(page);
      const id = await demoStory(page);
      await page.getByRole("link", { name: "Articles", exact: true }).click();
      await page.getByRole("link", { name: "How Putin is spying on his Serb allies" }).click();
      await expect(page).toHaveURL(/\/articles\/[^/]+$/);
      const reader = new URL(page.url()).pathname;
      // The demo story's views; activity and review of a story that has some (the demo has none).
      const pages = {
        reader,
        activity: `/stories/${storyId}/activity`,
        dashboard: `/stories/${id}`,
        claims: `/stories/${id}/claims`,
        review: `/review?story=${storyId}`,
      };
      const found: string[] = [];
      for (const [label, url] of Object.entries(pages)) {
        await page.goto(url);
        if (label === "reader") await page.locator('.reader[data-shortcuts="on"]').waitFor();
        if (label === "dashboard") await chartsDrawn(page);
        await page.screenshot({ path: `/tmp/h10-${label}-${name}.png` });
        for (const v of await seriousA11yViolations(page)) found.push(`${label}: ${v}`);
        const o = await overflow(page);
        if (o.width > viewport.width) found.push(`${label}: ${o.width} px wide because of ${o.wide.join(", ")}`);
      }
      expect(found).toEqual([]);
    });
  });
}
