import { mkdirSync } from "node:fs";
import { chromium } from "@playwright/test";
import { DEMO_PASSWORD } from "@/db/seed";

// Usage: [SCREENSHOT_AS=email] tsx scripts/screenshots.ts [baseUrl] [path ...]
// Writes screenshots/<name>-<width>-<scheme>.png for each path at 1280 and 390 px, light and dark,
// signed in as SCREENSHOT_AS (a demo account) when it is set.
const [baseUrl = "http://localhost:3000", ...paths] = process.argv.slice(2);
const targets = paths.length > 0 ? paths : ["/"];
const outDir = "screenshots";
mkdirSync(outDir, { recursive: true });

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"],
});
const context = await browser.newContext({ locale: "ar" });
if (process.env.SCREENSHOT_AS) {
  const login = await context.newPage();
  await login.goto(new URL("/login", baseUrl).toString());
  await login.getByLabel("البريد الإلكتروني").fill(process.env.SCREENSHOT_AS);
  await login.getByLabel("كلمة المرور").fill(DEMO_PASSWORD);
  await login.getByRole("button", { name: "دخول" }).click();
  // Each role lands where it works (readers on the home page): wait to leave the login page.
  await login.waitForURL((url) => url.pathname !== "/login");
  await login.close();
}
const storageState = await context.storageState();
for (const path of targets) {
  for (const width of [1280, 390]) {
    for (const colorScheme of ["light", "dark"] as const) {
      const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme, locale: "ar", storageState });
      await page.goto(new URL(path, baseUrl).toString(), { waitUntil: "networkidle" });
      const name = decodeURIComponent(path).replace(/[^\p{L}\p{N}]+/gu, "_").slice(0, 40) || "home";
      await page.screenshot({ path: `${outDir}/${name}-${width}-${colorScheme}.png`, fullPage: true });
      await page.close();
    }
  }
}
await browser.close();
