import { readFileSync, writeFileSync } from "node:fs";
import { expect, seriousA11yViolations, storyWithArticle, test } from "./fixtures";

const STORY = "Russian espionage affair in Serbia (2019–2020)";

test.describe("exporting, as a viewer", () => {
  test.use({ role: "viewer" });

  test("the Export menu downloads the story as JSON and as CSV", async ({ page }, info) => {
    await page.goto("/");
    await page.getByRole("link", { name: STORY }).click();
    await page.getByText("Export", { exact: true }).click();
    const menu = page.getByRole("list", { name: "Export formats" });
    await expect(menu.getByRole("link")).toHaveCount(5);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.screenshot({ path: info.outputPath("export-menu.png") });

    const [json] = await Promise.all([page.waitForEvent("download"), menu.getByRole("link", { name: /Claimboard story \(JSON\)/ }).click()]);
    expect(json.suggestedFilename()).toBe("russian-espionage-affair-in-serbia-2019-2020.claimboard.json");
    const doc = JSON.parse(readFileSync(await json.path(), "utf8"));
    expect(doc).toMatchObject({ format: "claimboard-story", formatVersion: 1, story: { title: STORY } });
    expect(doc.articles).toHaveLength(2);

    // The menu stays open after a download.
    const [csv] = await Promise.all([page.waitForEvent("download"), menu.getByRole("link", { name: /Claims spreadsheet \(CSV\)/ }).click()]);
    expect(csv.suggestedFilename()).toMatch(/\.claims\.csv$/);
    expect(readFileSync(await csv.path(), "utf8")).toMatch(/^\uFEFFstory,article,outlet,quote,/);
  });
});

test.describe("importing, as an editor", () => {
  test.use({ role: "editor" });

  test("a story exported as JSON is imported back from the home page", async ({ page }, info) => {
    const exported = await page.request.get("/api/v1/stories?limit=100");
    const demo = (await exported.json()).items.find((s: { title: string }) => s.title === STORY);
    const doc = await (await page.request.get(`/api/v1/stories/${demo.id}/export?format=json`)).json();
    const title = `Imported copy ${Date.now()}`;
    const file = info.outputPath("story.json");
    // One claim by someone without an account here: credited to them as imported.
    const outsider = { ...doc.articles[0].claims[0], createdBy: "Olga Outsider", createdByEmail: "olga@elsewhere.example" };
    const articles = [{ ...doc.articles[0], claims: [outsider, ...doc.articles[0].claims.slice(1)] }, ...doc.articles.slice(1)];
    writeFileSync(file, JSON.stringify({ ...doc, story: { ...doc.story, title }, articles }));

    const storyCount = async () => (await (await page.request.get("/api/v1/stories?limit=200")).json()).items.length as number;
    const before = await storyCount();

    // Picking the file previews it; Cancel drops it and nothing is imported.
    await page.goto("/");
    await page.getByLabel("Import story").setInputFiles(file);
    const preview = page.getByRole("region", { name: `Import “${title}”?` });
    await expect(preview).toBeVisible();
    await expect(preview).toContainText("From story.json");
    const claims = doc.articles.reduce((n: number, a: { claims: unknown[] }) => n + a.claims.length, 0);
    const stats = preview.getByRole("list", { name: "What the file holds" });
    await expect(stats).toContainText(`${doc.articles.length} articles`);
    await expect(stats).toContainText(`${claims} claims`);
    await expect(stats).toContainText(`${doc.propositions.length} propositions`);
    await expect(preview).toContainText("1 author has no account here");
    await expect(preview).toContainText("Olga Outsider <olga@elsewhere.example>");
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.screenshot({ path: info.outputPath("import-preview.png") });
    await preview.getByRole("button", { name: "Cancel" }).click();
    await expect(preview).toHaveCount(0);
    expect(await storyCount()).toBe(before);

    // Picked again and confirmed: the story is imported and says where it came from.
    await page.getByLabel("Import story").setInputFiles(file);
    await page
      .getByRole("region", { name: `Import “${title}”?` })
      .getByRole("button", { name: "Import" })
      .click();
    await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
    await expect(page.locator(".story-provenance")).toContainText("Imported from file story.json on");
    expect(await storyCount()).toBe(before + 1);
    await page.getByRole("link", { name: "Claims", exact: true }).click();
    await expect(page.locator("tr", { hasText: outsider.statement }).first()).toContainText("Olga Outsider <olga@elsewhere.example> imported by Edith Editor");
    await page.screenshot({ path: info.outputPath("imported-claims.png"), fullPage: true });

    // The same file again: the preview says the copy's title is marked, and the copy has it.
    await page.goto("/");
    await page.getByLabel("Import story").setInputFiles(file);
    const again = page.getByRole("region", { name: `Import “${title}”?` });
    await expect(again).toContainText(`A story with this title exists: the copy will be called “${title} (imported`);
    await again.getByRole("button", { name: "Import" }).click();
    await expect(page.getByRole("heading", { level: 1, name: new RegExp(`^${title} \\(imported \\d{4}-\\d{2}-\\d{2}\\)$`) })).toBeVisible();
    await page.screenshot({ path: info.outputPath("imported-copy.png") });
    await page.getByRole("link", { name: "Articles", exact: true }).click();
    await expect(page.locator(".claim-item")).toHaveCount(32);
    await page.screenshot({ path: info.outputPath("imported-story.png") });

    // A broken file is refused with the problem named by its path.
    writeFileSync(file, JSON.stringify({ ...doc, articles: [{ ...doc.articles[0], claims: [{ ...doc.articles[0].claims[0], sourcing: "rumoured" }] }] }));
    await page.goto("/");
    await page.getByLabel("Import story").setInputFiles(file);
    await expect(page.locator(".import-problem")).toContainText("Nothing was imported from story.json");
    await expect(page.locator(".import-problem")).toContainText("articles.0.claims.0.sourcing");
    await expect(page.locator(".import-preview")).toHaveCount(0);
    await page.screenshot({ path: info.outputPath("import-refused.png") });
  });
});

test.describe("importing claims from CSV, as an analyst", () => {
  test.use({ role: "analyst" });

  test("the preview reports every row, and only the valid rows are imported when asked", async ({ page }, info) => {
    const text = 'Vučić said the spy was Russian. Peskov said: "We have no idea." Vučić said it twice.';
    const { readerUrl } = await storyWithArticle(page, { title: "CSV target", text });
    await page.goto(readerUrl);
    await page.getByRole("link", { name: "Import claims from CSV" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Import claims from CSV" })).toBeVisible();
    const csv = [
      "quote,statement,sourcing,source",
      'the spy was Russian,"The spy was Russian, says Vučić",attributed,Vučić',
      '"""We have no idea.""","Kremlin: ""no idea""",attributed,Peskov',
      "Vučić said,Ambiguous,confirmed,",
      "not in the text,Absent,rumoured,",
    ].join("\r\n");
    await page.getByLabel("CSV file").setInputFiles({ name: "claims.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
    await expect(page.getByRole("status")).toHaveText("2 of 4 rows ready to import, 2 with problems. Nothing is saved yet.");
    const rows = page.locator("tbody tr");
    await expect(rows).toHaveCount(4);
    await expect(rows.nth(2)).toContainText("ambiguous");
    await expect(rows.nth(3)).toContainText("sourcing");
    await expect(page.getByRole("button", { name: "Import all 4 claims" })).toBeDisabled();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.screenshot({ path: info.outputPath("csv-preview.png"), fullPage: true });

    await page.getByRole("button", { name: "Import only the 2 valid rows" }).click();
    await expect(page.getByRole("status")).toHaveText("2 claims imported, 2 rows skipped.");
    await page.getByRole("link", { name: "Back to the article" }).click();
    const claims = page.getByRole("complementary", { name: "Claims in this article" }).locator(".claim-item");
    await expect(claims).toHaveCount(2);
    await expect(claims.first()).toContainText("The spy was Russian, says Vučić");
  });
});
