import { expect, seriousA11yViolations, test } from "./fixtures";
import { dragSelect } from "./select-text";

const PAGE = `<!doctype html><html lang="en"><head><title>Serbia expels spy | The Balkan Ledger</title>
<meta property="og:site_name" content="The Balkan Ledger"><meta name="author" content="Jana Novak">
<meta property="article:published_time" content="2019-11-21T10:00:00Z"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav><div class="cookie-banner">We use cookies</div>
<article><h1>Serbia expels Russian spy</h1><p class="byline">By Jana Novak</p>
<p>Serbian President Aleksandar Vučić said on Thursday that a Russian diplomat had paid a Serbian officer.</p>
<p>The Kremlin said it had &ldquo;no idea&rdquo; what the incident was about, according to spokesman Dmitry Peskov.</p>
<p>Analysts say relations between Belgrade and Moscow might cool, but perhaps only briefly.</p>
<script>document.title = "pwned"</script></article>
<section class="comments"><p>First comment!</p></section><footer>© The Balkan Ledger</footer></body></html>`;

test.describe("importing an HTML page, as an editor", () => {
  test.use({ role: "editor" });

  test("the extractor prefills the details, drops the page furniture, and the claim form passes axe", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("button", { name: "New story" }).click();
    await page.getByLabel("Title").fill(`Import trial ${Date.now()}`);
    await page.getByRole("button", { name: "Create story" }).click();
    await page.getByRole("link", { name: "Add article" }).click();
    await page.getByLabel("Upload a file (.txt, .md or .html)").setInputFiles({ name: "spy.html", mimeType: "text/html", buffer: Buffer.from(PAGE) });
    await expect(page.getByRole("status").filter({ hasText: "Extracted the article from spy.html" })).toBeVisible();
    // The page title, without the outlet name the site appends.
    await expect(page.getByLabel("Title")).toHaveValue("Serbia expels spy");
    await expect(page.getByLabel("Author")).toHaveValue("Jana Novak");
    await expect(page.getByLabel("Outlet")).toHaveValue("The Balkan Ledger");
    await expect(page.getByLabel("Published")).toHaveValue(/^2019-11-21/);
    const text = await page.getByLabel("Or paste the article’s text").inputValue();
    expect(text).toContain("Vučić said on Thursday");
    expect(text).not.toMatch(/cookies|First comment|Home|pwned|©/);
    expect(await seriousA11yViolations(page)).toEqual([]);

    await page.getByRole("button", { name: "Add article" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Serbia expels spy" })).toBeVisible();
    await expect(page.getByText("The Balkan Ledger · by Jana Novak · 21 November 2019")).toBeVisible();
    expect(await page.title()).not.toContain("pwned");

    await dragSelect(page, "The Kremlin said it had", "was about");
    await page.keyboard.press("n");
    await expect(page.getByRole("form", { name: "New claim" })).toBeVisible();
    expect(await seriousA11yViolations(page)).toEqual([]);
  });
});
