import type { Browser, Page } from "@playwright/test";
import { expect, seriousA11yViolations, storageStateOf, storyWithArticle, test } from "./fixtures";
import type { Role } from "@/domain/vocabulary";

const roles: Role[] = ["viewer", "analyst", "editor", "admin"];

async function pageAs(browser: Browser, role: Role): Promise<Page> {
  const context = await browser.newContext({ storageState: storageStateOf(role) });
  return context.newPage();
}

interface Guarded {
  name: string;
  url: string;
  allowed: Role[];
  /** Something only the usable page shows (its form). */
  form: (page: Page) => ReturnType<Page["getByRole"]>;
}

/**
 * Every page that is for more than reading, for every role: the roles that cannot use it get the
 * 403 page up front (no form), the others the page.
 */
test("pages a role cannot use are refused up front with the 403 page; the roles that can use them get them", async ({ browser }) => {
  test.setTimeout(120_000);
  const editor = await pageAs(browser, "editor");
  const { storyId, articleId } = await storyWithArticle(editor, { title: "Editor's article", text: "The council said the library will open in May." });
  const analyst = await pageAs(browser, "analyst");
  const own = await analyst.request.post(`/api/v1/stories/${storyId}/articles`, {
    data: { title: "Analyst's article", text: "The school said lessons resume on Monday." },
  });
  expect(own.status()).toBe(201);
  const ownId = (await own.json()).id as string;

  const guarded: Guarded[] = [
    {
      name: "add an article",
      url: `/stories/${storyId}/articles/new`,
      allowed: ["analyst", "editor", "admin"],
      form: (p) => p.getByRole("button", { name: "Add article" }),
    },
    {
      name: "edit someone else's article",
      url: `/stories/${storyId}/articles/${articleId}/edit`,
      allowed: ["editor", "admin"],
      form: (p) => p.getByRole("button", { name: "Save details" }),
    },
    {
      name: "edit the analyst's own article",
      url: `/stories/${storyId}/articles/${ownId}/edit`,
      allowed: ["analyst", "editor", "admin"],
      form: (p) => p.getByRole("button", { name: "Save details" }),
    },
    {
      name: "import claims from CSV",
      url: `/stories/${storyId}/articles/${articleId}/import`,
      allowed: ["analyst", "editor", "admin"],
      form: (p) => p.getByLabel("CSV file"),
    },
    { name: "manage accounts", url: "/admin", allowed: ["admin"], form: (p) => p.getByRole("button", { name: "Create account" }) },
    {
      name: "the story's agreement",
      url: `/stories/${storyId}/agreement`,
      allowed: ["editor", "admin"],
      form: (p) => p.getByRole("button", { name: "Download CSV" }),
    },
    {
      name: "an article's agreement and adjudication",
      url: `/stories/${storyId}/articles/${articleId}/agreement`,
      allowed: ["editor", "admin"],
      form: (p) => p.getByRole("heading", { name: /^Agreement:/ }),
    },
  ];

  const pages = new Map<Role, Page>([
    ["editor", editor],
    ["analyst", analyst],
  ]);
  for (const role of roles) if (!pages.has(role)) pages.set(role, await pageAs(browser, role));

  let screenshotTaken = false;
  for (const g of guarded) {
    for (const role of roles) {
      const page = pages.get(role)!;
      const response = await page.goto(g.url);
      const what = `${role} on ${g.name} (${g.url})`;
      if (g.allowed.includes(role)) {
        expect(response?.status(), what).toBe(200);
        await expect(g.form(page), what).toBeVisible();
        await expect(page.getByRole("heading", { name: "You cannot use this page" }), what).toHaveCount(0);
      } else {
        expect(response?.status(), what).toBe(403);
        await expect(page.getByRole("heading", { name: "You cannot use this page" }), what).toBeVisible();
        await expect(page.locator("main form"), what).toHaveCount(0);
        await expect(page.locator("main input, main textarea, main select"), what).toHaveCount(0);
        await expect(page.getByRole("link", { name: "Back to the stories" }), what).toBeVisible();
        if (!screenshotTaken) {
          expect(await seriousA11yViolations(page)).toEqual([]);
          await page.screenshot({ path: "test-results/page-access-403.png", fullPage: true });
          screenshotTaken = true;
        }
      }
    }
  }

  // Pages for reading (and a person's own tokens) stay open to every role.
  for (const role of roles) {
    const page = pages.get(role)!;
    for (const url of [`/stories/${storyId}`, `/stories/${storyId}/report`, `/stories/${storyId}/articles/${articleId}`, "/review", "/account"]) {
      expect((await page.goto(url))?.status(), `${role} on ${url}`).toBe(200);
    }
  }
});
