import { expect, seriousA11yViolations, test } from "./fixtures";

const A = "Officials said the bridge was closed on Monday. The mayor might reopen it in June.";
const B = "The bridge stayed open on Monday, according to residents. Traffic was heavy.";

test.describe("comparing two articles, as an editor", () => {
  test.use({ role: "editor" });

  test("link two claims from the side-by-side reader and see the dashboard change", async ({ page }) => {
    const story = await (await page.request.post("/api/v1/stories", { data: { title: `Bridge ${Date.now()}` } })).json();
    const post = (path: string, data: object) => page.request.post(path, { data }).then((r) => r.json());
    const a = await post(`/api/v1/stories/${story.id}/articles`, { title: "Daily report", text: A });
    const b = await post(`/api/v1/stories/${story.id}/articles`, { title: "Residents' view", text: B });
    await post(`/api/v1/articles/${a.id}/claims`, {
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

    await page.goto(`/stories/${story.id}`);
    await expect(page.locator(".figure", { hasText: "Divergences" })).toContainText("0");
    // A proposition on its own, before any claim speaks to it.
    await page.getByRole("textbox", { name: "New proposition" }).fill("Traffic was heavy on Monday");
    await page.getByRole("button", { name: "Add", exact: true }).click();
    await expect(page.locator("tr", { hasText: "Traffic was heavy on Monday" })).toContainText("No claims yet");

    await page.getByRole("link", { name: "Side by side" }).click();
    await page.locator("mark.hl", { hasText: "Officials said the bridge" }).click();
    const panel = page.getByRole("form", { name: "Link to a proposition" });
    await panel.getByLabel("Or a new proposition").fill("The bridge was closed on Monday");
    await panel.getByRole("button", { name: "Create and link" }).click();
    await expect(page.locator(".link-panel > .link-list > .link-item", { hasText: "The bridge was closed on Monday" })).toBeVisible();

    await page.locator("mark.hl", { hasText: "The bridge stayed open" }).click();
    await panel.getByLabel("contradicts").check();
    await panel.getByLabel("Note on what differs").fill("says the bridge stayed open");
    // The best text match is offered first.
    await expect(page.getByRole("list", { name: "Propositions, best match first" }).locator("li").first()).toContainText("The bridge was closed on Monday");
    await page.getByRole("list", { name: "Propositions, best match first" }).locator("li").first().getByRole("button", { name: "Link" }).click();
    const item = page.locator(".link-item", { hasText: "Divergence" });
    await expect(item).toContainText("Contradicts");
    await expect(item).toContainText("Divergence");
    await expect(item).toContainText("The bridge was closed on Monday");
    expect(await seriousA11yViolations(page)).toEqual([]);

    await page.getByRole("link", { name: "Dashboard" }).click();
    await expect(page.locator(".figure", { hasText: "Divergences" })).toContainText("1");
    const row = page.locator("tr", { hasText: "The bridge was closed on Monday" });
    await expect(row).toContainText("Divergence");
    await expect(row.locator("td").nth(0)).toContainText("Supports");
    await expect(row.locator("td").nth(1)).toContainText("Contradicts");
    await row.locator("summary").click();
    await expect(row).toContainText("Note: says the bridge stayed open");
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  test("a dashboard row loads its claims when opened; its editor and comments work, twice in a row", async ({ page }) => {
    const story = await (await page.request.post("/api/v1/stories", { data: { title: `Rows ${Date.now()}` } })).json();
    const post = (path: string, data: object) => page.request.post(path, { data }).then((r) => r.json());
    const a = await post(`/api/v1/stories/${story.id}/articles`, { title: "Daily report", text: A });
    const b = await post(`/api/v1/stories/${story.id}/articles`, { title: "Residents", text: B });
    const ca = await post(`/api/v1/articles/${a.id}/claims`, {
      exact: "Officials said the bridge was closed on Monday.",
      statement: "Closed",
      sourcing: "attributed",
    });
    const cb = await post(`/api/v1/articles/${b.id}/claims`, { exact: "The bridge stayed open on Monday", statement: "Open", sourcing: "attributed" });
    const p = await post(`/api/v1/stories/${story.id}/propositions`, { statement: "The bridge closed on Monday" });
    await post(`/api/v1/propositions/${p.id}/links`, { claimId: ca.id, stance: "supports" });
    await post(`/api/v1/propositions/${p.id}/links`, { claimId: cb.id, stance: "contradicts", note: "residents saw it open" });

    await page.goto(`/stories/${story.id}`);
    // The story's one row (its wording changes below).
    await expect(page.locator("table.matrix tbody tr")).toHaveCount(1);
    const row = page.locator("table.matrix tbody tr").first();
    await expect(row).toContainText("The bridge closed on Monday");
    // Nothing of the row's claims is in the page until it opens.
    await expect(row.locator(".row-claims")).toHaveCount(0);
    await row.locator("summary").click();
    await expect(row.locator(".row-claims li")).toHaveCount(2);
    await expect(row).toContainText("Note: residents saw it open");

    for (const wording of ["The bridge was shut on Monday", "The bridge was shut all Monday"]) {
      await row.getByRole("button", { name: "Edit proposition" }).click();
      await row.getByLabel("Statement").fill(wording);
      await row.getByRole("button", { name: "Save" }).click();
      await expect(row.locator(".prop-statement")).toHaveText(wording);
      // The open row reloads with the story's new stamp: the editor starts from the saved wording.
      await row.getByRole("button", { name: "Edit proposition" }).click();
      await expect(row.getByLabel("Statement")).toHaveValue(wording);
      await row.getByRole("button", { name: "Cancel" }).click();
    }
    await expect(row.locator(".row-claims li")).toHaveCount(2);
    await row.getByLabel("Add a comment").fill("Check the traffic cameras.");
    await row.getByRole("button", { name: "Comment", exact: true }).click();
    await expect(row.locator(".comment")).toContainText("Check the traffic cameras.");
    await page.reload();
    await expect(row).toContainText("The bridge was shut all Monday");
    await expect(row).toContainText("1 comment");
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  test("the demo dashboard shows the divergences first, filters and charts", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("link", { name: "Russian espionage affair in Serbia (2019–2020)" }).click();
    await expect(page.locator(".figure", { hasText: "Divergences" })).toContainText("2");
    const rows = page.locator("table.matrix tbody tr");
    await expect(rows.first()).toContainText("Divergence");
    await expect(rows.first()).toContainText("Kleban");
    await page.getByRole("link", { name: "Sourcing gaps" }).click();
    await expect(rows).toHaveCount(4);
    for (const text of await rows.locator(".row-kind").allTextContents()) expect(text).toBe("Sourcing gap");
    await page.getByRole("link", { name: "Only in one article" }).click();
    await expect(rows.first()).toContainText("Only in one");
    await expect(page.getByRole("figure", { name: /Sourcing mix per article/ })).toBeVisible();
    expect(await seriousA11yViolations(page)).toEqual([]);
  });
});
