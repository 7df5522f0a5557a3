import { test as setup } from "@playwright/test";
import { DEMO_ACCOUNTS } from "@/db/seed";
import { storageStateFor } from "./harness/run";
import { landingOf, LoginPage } from "./pages/login-page";

// Signs each demo role in once; specs reuse the saved sessions.
for (const account of DEMO_ACCOUNTS) {
  setup(`sign in as ${account.role}`, async ({ page }) => {
    await new LoginPage(page).signIn(account.email);
    await page.waitForURL(landingOf[account.role]);
    await page.context().storageState({ path: storageStateFor(account.role) });
  });
}
