import type { Page } from "@playwright/test";
import { expect, seriousA11yViolations, test } from "./fixtures";

// "Link" on a suggested match in side by side (issue 15, bugs 1 and 8).
const A = "Officials said the bridge was closed on Monday. The mayor might reopen it in June.";
const B = "The bridge stayed open on Monday, according to residents. Traffic was heavy on the bridge.";

async function bridgeStory(page: Page) {
  const post = (path: string, data: object) => page.request.post(path, { data }).then((r) => r.json());
  const story = await post("/api/v1/stories", { title: `Matches ${Date.now()}` });
  const a = await post(`/api/v1/stories/${story.id}/articles`, { title: "Daily report", text: A });
  const b = await post(`/api/v1/stories/${story.id}/articles`, { title: "Residents' view", text: B });
  const mine = await post(`/api/v1/articles/${a.id}/claims`, {
    exact: "Officials said the bridge was closed on Monday.",
    statement: "The bridge was closed on Monday",
    sourcing: "attributed",
    source: "officials",
  });
  await post(`/api/v1/articles/${b.id}/claims`, {
    exact: "The bridge stayed open on Monday",
    statement: "The bridge stayed open on Monday",
    sourcing: "attributed",
    source: "residents",
  });
  await post(`/api/v1/articles/${b.id}/claims`, {
    exact: "Traffic was heavy on the bridge.",
    statement: "Traffic was heavy on the bridge",
    sourcing: "confirmed",
  });
  return { story, a, b, mine, post };
}

/** The accessible names (as the browser computes them) of the buttons in a region that start with "Link". */
async function linkButtonNames(page: Page) {
  const snapshot = await page.locator(".link-panel").ariaSnapshot();
  return [...snapshot.matchAll(/button "(Link[^"]*)"/g)].map((m) => m[1]!);
}

test.describe("suggested matches in side by side, as an editor", () => {
  test.use({ role: "editor" });

  test("Link on a match joins the proposition the claim was just linked to, and the match leaves the list", async ({ page }) => {
    const { story } = await bridgeStory(page);
    // Another proposition, so that the panel offers several Link buttons.
    await page.request.post(`/api/v1/stories/${story.id}/propositions`, { data: { statement: "The mayor will reopen the bridge in June" } });

    await page.goto(`/stories/${story.id}/compare`);
    await page.locator("mark.hl", { hasText: "Officials said the bridge" }).click();
    const form = page.getByRole("form", { name: "Link to a proposition" });
    await form.getByLabel("Or a new proposition").fill("The bridge was closed on Monday");
    await form.getByRole("button", { name: "Create and link" }).click();
    await expect(page.locator(".link-item", { hasText: "The bridge was closed on Monday" }).first()).toBeVisible();

    const suggested = page.getByRole("region", { name: "Suggested matches" });
    const open = suggested.getByRole("button", { name: "Link “The bridge stayed open on Monday” to “The bridge was closed on Monday”" });
    await expect(open).toBeVisible();

    // Every Link button says what it links, and no two say the same.
    const names = await linkButtonNames(page);
    expect(names.length).toBeGreaterThan(2);
    expect(names).toContain("Link “The bridge was closed on Monday” to “The mayor will reopen the bridge in June”");
    expect(new Set(names).size).toBe(names.length);
    await page.screenshot({ path: test.info().outputPath("suggested-matches-before.png"), fullPage: true });

    await open.click();
    await expect(suggested.getByRole("status")).toHaveText("Linked.");
    // The match is now the claim's counterpart under the same proposition, not a proposition of its own.
    const speaksTo = page.locator(".link-panel > .link-list > .link-item");
    await expect(speaksTo).toHaveCount(1);
    await expect(speaksTo).toContainText("The bridge was closed on Monday");
    await expect(speaksTo).toContainText("The bridge stayed open on Monday");
    await expect(suggested).not.toContainText("The bridge stayed open on Monday");
    await page.screenshot({ path: test.info().outputPath("suggested-matches-after.png"), fullPage: true });

    // Choosing the claim again reloads the suggestions: the linked claim stays out of them.
    await page.locator("mark.hl", { hasText: "Traffic was heavy" }).click();
    await page.locator("mark.hl", { hasText: "Officials said the bridge" }).click();
    await expect(suggested.getByText("Traffic was heavy on the bridge")).toBeVisible();
    await expect(suggested).not.toContainText("The bridge stayed open on Monday");
    expect(await seriousA11yViolations(page)).toEqual([]);

    const propositions = (await (await page.request.get(`/api/v1/stories/${story.id}/propositions`)).json()).items as { statement: string; links: unknown[] }[];
    expect(propositions.map((p) => [p.statement, p.links.length]).sort()).toEqual([
      ["The bridge was closed on Monday", 2],
      ["The mayor will reopen the bridge in June", 0],
    ]);

    await page.getByRole("link", { name: "Dashboard" }).click();
    await expect(page.locator("table.matrix tbody tr")).toHaveCount(2);
  });

  test("a claim that speaks to several propositions: the match joins the one picked", async ({ page }) => {
    const { story, mine, post } = await bridgeStory(page);
    const closed = await post(`/api/v1/stories/${story.id}/propositions`, { statement: "The bridge was closed on Monday" });
    const officials = await post(`/api/v1/stories/${story.id}/propositions`, { statement: "Officials spoke about the bridge" });
    await post(`/api/v1/propositions/${closed.id}/links`, { claimId: mine.id, stance: "supports" });
    await post(`/api/v1/propositions/${officials.id}/links`, { claimId: mine.id, stance: "supports" });

    await page.goto(`/stories/${story.id}/compare`);
    await page.locator("mark.hl", { hasText: "Officials said the bridge" }).click();
    const suggested = page.getByRole("region", { name: "Suggested matches" });
    const item = suggested.locator(".link-item", { hasText: "Traffic was heavy on the bridge" });
    await item.getByLabel("Proposition for “Traffic was heavy on the bridge”").selectOption({ label: "Officials spoke about the bridge" });
    await item.getByRole("button", { name: "Link “Traffic was heavy on the bridge” to “Officials spoke about the bridge”" }).click();
    await expect(suggested.getByRole("status")).toHaveText("Linked.");
    const names = await linkButtonNames(page);
    expect(new Set(names).size).toBe(names.length);
    await page.screenshot({ path: test.info().outputPath("suggested-matches-several.png"), fullPage: true });

    const propositions = (await (await page.request.get(`/api/v1/stories/${story.id}/propositions`)).json()).items as {
      statement: string;
      links: { claim: { statement: string } }[];
    }[];
    expect(propositions).toHaveLength(2);
    const byName = Object.fromEntries(propositions.map((p) => [p.statement, p.links.map((l) => l.claim.statement).sort()]));
    expect(byName).toEqual({
      "The bridge was closed on Monday": ["The bridge was closed on Monday"],
      "Officials spoke about the bridge": ["The bridge was closed on Monday", "Traffic was heavy on the bridge"],
    });
  });
});
