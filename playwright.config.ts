import { defineConfig, devices } from "@playwright/test";

const desktop = { ...devices["Desktop Chrome"], viewport: { width: 1280, height: 900 } };
const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
// Named once by the runner; its workers inherit it, and so do their artefacts' folder.
const runId = (process.env.E2E_RUN_ID ??= `${Date.now().toString(36)}-${process.pid}`);

export default defineConfig({
  testDir: "./e2e",
  // Builds if needed, then starts this run's own database, server and front (e2e/harness).
  globalSetup: "./e2e/harness/global-setup.ts",
  outputDir: `test-results/${runId}`,
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  workers: 2,
  reporter: [["list"], ["./e2e/harness/skip-reasons.ts"]],
  timeout: 30_000,
  use: {
    baseURL: process.env.E2E_BASE_URL,
    locale: "ar",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: chromiumPath,
      args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    },
  },
  projects: [
    { name: "setup", testMatch: /auth\.setup\.ts/ },
    // What a reader sees of the newsroom as seeded (the home page, section rails), read before
    // any other spec publishes stories that would push the seed's off those pages.
    {
      name: "as seeded",
      testMatch: /reading\.spec\.ts/,
      use: desktop,
      dependencies: ["setup"],
    },
    {
      name: "desktop",
      testIgnore: /reading\.spec\.ts/,
      use: desktop,
      dependencies: ["setup", "as seeded"],
    },
    {
      name: "mobile",
      use: { ...devices["Pixel 7"], viewport: { width: 390, height: 844 } },
      grep: /@mobile/,
      dependencies: ["setup", "as seeded"],
    },
  ],
});
