import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";
import { E2E_FETCH_PORT } from "./tests/e2e/support/fetch-port";

const port = Number(process.env.E2E_PORT ?? 3210);
// E2E_BASE_URL runs the tests against a server that is already up (while developing).
const external = process.env.E2E_BASE_URL;
const baseURL = external ?? `http://localhost:${port}`;

// Debian's Chromium by default (Playwright's browser download is not available here); point
// CHROMIUM_PATH elsewhere, or set it to "" to use Playwright's own browser.
const chromiumPath = process.env.CHROMIUM_PATH ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : "");

export default defineConfig({
  testDir: "tests/e2e",
  outputDir: "test-results",
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  timeout: 30_000,
  reporter: process.env.CI ? [["list"]] : [["list"]],
  use: {
    baseURL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      ...(chromiumPath && { executablePath: chromiumPath }),
      args: ["--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    },
  },
  projects: [
    { name: "setup", testMatch: /auth\.setup\.ts/ },
    { name: "chromium", use: { ...devices["Desktop Chrome"] }, dependencies: ["setup"] },
  ],
  webServer: external
    ? undefined
    : {
        // A fresh embedded database each run: `npm start` migrates it and loads the demo story.
        command: "rm -rf tmp/e2e && npm start",
        url: `${baseURL}/sign-in`,
        timeout: 300_000,
        reuseExistingServer: false,
        stdout: "pipe",
        env: {
          PORT: String(port),
          DATABASE_URL: "file:./tmp/e2e/claimboard.db",
          DATA_DIR: "tmp/e2e",
          NEXT_TELEMETRY_DISABLED: "1",
          // The app's own address (the webhooks spec delivers to a path of this same server) and the
          // local page server of the import-by-URL specs: no traffic goes anywhere else.
          FETCH_ALLOW_HOSTS: process.env.FETCH_ALLOW_HOSTS ?? `127.0.0.1:${port},127.0.0.1:${E2E_FETCH_PORT}`,
        },
      },
});
