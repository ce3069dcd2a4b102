import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test as base } from "@playwright/test";
import type { Role } from "@/domain/vocabulary";

export const DEMO_PASSWORD = process.env.DEMO_PASSWORD ?? "claimboard-demo";
export const storageStateOf = (role: Role) => `tmp/e2e-auth/${role}.json`;

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

/** Serious and critical accessibility violations on the current page (axe-core). */
export async function seriousA11yViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
}

/**
 * Records Content Security Policy violations (the browser's event and its console report) and
 * dialogs on a page; `problems()` lists them.
 */
export async function watchForInjection(page: Page) {
  const problems: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy|CSP violation|Refused to (execute|load|apply|evaluate|run)/i.test(m.text())) problems.push(`console: ${m.text()}`);
  });
  page.on("dialog", (d) => {
    problems.push(`dialog: ${d.type()} ${d.message()}`);
    void d.dismiss();
  });
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || "inline"} at ${e.sourceFile}:${e.lineNumber}`);
    });
  });
  return { problems: () => [...problems] };
}

/**
 * Tests signed in as one demo role (its stored session from auth.setup.ts). Every test fails on a
 * Content Security Policy violation or an unexpected dialog, so each page the suite visits is also
 * checked to work under the policy (proxy.ts).
 */
export const test = base.extend<{ role: Role }>({
  role: ["editor", { option: true }],
  storageState: async ({ role }, provide) => provide(storageStateOf(role)),
  page: async ({ page }, provide) => {
    const watch = await watchForInjection(page);
    await provide(page);
    expect(watch.problems(), "Content Security Policy violations or dialogs").toEqual([]);
  },
});

export { expect };

/** A fresh story with one article, made through the API with the page's session, so tests never share rows. */
export async function storyWithArticle(page: Page, article: { title: string; text: string }) {
  const story = await page.request.post("/api/v1/stories", { data: { title: `E2E story ${Date.now()}-${Math.random().toString(36).slice(2, 6)}` } });
  expect(story.status()).toBe(201);
  const { id } = await story.json();
  const created = await page.request.post(`/api/v1/stories/${id}/articles`, { data: article });
  expect(created.status()).toBe(201);
  const { id: articleId } = await created.json();
  return { storyId: id as string, articleId: articleId as string, readerUrl: `/stories/${id}/articles/${articleId}` };
}

/** Opens an article's reader and waits until its keyboard shortcuts listen (after hydration). */
export async function openReader(page: Page, url: string) {
  await page.goto(url);
  await page.locator('.reader[data-shortcuts="on"]').waitFor();
}

/**
 * The page has loaded and hydrated, and its live channels are open. (Not "networkidle": every
 * signed-in page keeps an event stream open, so the network is never idle.)
 */
export async function settled(page: Page) {
  await page.waitForLoadState("load");
  await page.waitForFunction(() => {
    const link = document.querySelector(".notifications-link");
    const presence = document.querySelector(".presence-status");
    return (!link || link.hasAttribute("data-live")) && (!presence || presence.textContent === "Live");
  });
}
