/**
 * Lighthouse (the npm package, in Debian's Chromium) on the story dashboard, signed in as a viewer:
 * performance and accessibility scores, with the desktop preset (Claimboard is a newsroom desktop
 * tool) and with the default mobile emulation, for the record.
 */
import * as chromeLauncher from "chrome-launcher";

export async function runLighthouse(url: string, cookie: string) {
  const { default: lighthouse } = await import("lighthouse");
  const { default: desktopConfig } = await import("lighthouse/core/config/desktop-config.js");
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROME_PATH ?? process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
  });
  try {
    const run = async (config?: unknown) => {
      const result = await lighthouse(
        url,
        { port: chrome.port, output: "json", logLevel: "error", onlyCategories: ["performance", "accessibility"], extraHeaders: { Cookie: cookie } },
        config as never,
      );
      if (!result) throw new Error("Lighthouse returned no result");
      const lhr = result.lhr;
      if (lhr.finalDisplayedUrl.includes("/sign-in")) throw new Error("Lighthouse was sent to the sign-in page: the session cookie was not accepted");
      const failing = (category: "performance" | "accessibility") =>
        lhr.categories[category]!.auditRefs.filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 0.9).map((ref) => ({
          id: ref.id,
          score: lhr.audits[ref.id]?.score ?? null,
          value: lhr.audits[ref.id]?.displayValue ?? "",
        }));
      return {
        performance: Math.round((lhr.categories.performance?.score ?? 0) * 100),
        accessibility: Math.round((lhr.categories.accessibility?.score ?? 0) * 100),
        metrics: Object.fromEntries(
          ["first-contentful-paint", "largest-contentful-paint", "total-blocking-time", "cumulative-layout-shift", "speed-index"].map((id) => [
            id,
            lhr.audits[id]?.displayValue ?? null,
          ]),
        ),
        failing: { performance: failing("performance"), accessibility: failing("accessibility") },
      };
    };
    return { url, desktop: await run(desktopConfig), mobile: await run() };
  } finally {
    chrome.kill();
  }
}
