import { expect, test } from "@playwright/test";
import { seriousA11yViolations, signIn } from "./fixtures";

test.describe("signing in", () => {
  test("a visitor is sent to sign-in, and back to the page they wanted", async ({ page }) => {
    await page.goto("/");
    await expect(page).toHaveURL(/\/sign-in\?next=%2F$/);
    await expect(page.getByRole("heading", { name: "Sign in to Claimboard" })).toBeVisible();
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  test("a wrong password is refused with a clear message", async ({ page }) => {
    await signIn(page, "editor@claimboard.local", "not-the-password");
    await expect(page.getByRole("alert").filter({ hasText: "wrong" })).toHaveText("The email or password is wrong.");
    await expect(page.getByLabel("Email")).toHaveValue("editor@claimboard.local");
    await expect(page).toHaveURL(/\/sign-in/);
  });

  test("the session cookie is HTTP-only and SameSite, and sign-out ends it", async ({ page, context }) => {
    await signIn(page, "analyst@claimboard.local");
    await expect(page.getByText("Andrés Analyst")).toBeVisible();
    const session = (await context.cookies()).find((c) => c.name.includes("session_token"));
    expect(session).toMatchObject({ httpOnly: true, sameSite: "Lax" });
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/sign-in$/);
    await page.goto("/");
    await expect(page).toHaveURL(/\/sign-in/);
  });
});
