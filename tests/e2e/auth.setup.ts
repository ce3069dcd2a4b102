import { test as setup, expect } from "@playwright/test";
import { roles } from "@/domain/vocabulary";
import { signIn, storageStateOf } from "./fixtures";

// Sign in once per demo role and keep the session for the other tests.
for (const role of roles) {
  setup(`sign in as ${role}`, async ({ page }) => {
    await signIn(page, `${role}@claimboard.local`);
    await expect(page.getByRole("heading", { name: "Stories" })).toBeVisible();
    await page.context().storageState({ path: storageStateOf(role) });
  });
}
