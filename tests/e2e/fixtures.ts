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

/** Tests signed in as one demo role (its stored session from auth.setup.ts). */
export const test = base.extend<{ role: Role }>({
  role: ["editor", { option: true }],
  storageState: async ({ role }, provide) => provide(storageStateOf(role)),
});

export { expect };
