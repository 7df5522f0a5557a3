import { mkdirSync } from "node:fs";
import { chromium } from "@playwright/test";

// Usage: tsx scripts/screenshots.ts [baseUrl] [path ...]
// Writes screenshots/<name>-<width>-<scheme>.png for each path at 1280 and 390 px, light and dark.
const [baseUrl = "http://localhost:3000", ...paths] = process.argv.slice(2);
const targets = paths.length > 0 ? paths : ["/"];
const outDir = "screenshots";
mkdirSync(outDir, { recursive: true });

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"],
});
for (const path of targets) {
  for (const width of [1280, 390]) {
    for (const colorScheme of ["light", "dark"] as const) {
      const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme, locale: "ar" });
      await page.goto(new URL(path, baseUrl).toString(), { waitUntil: "networkidle" });
      const name = decodeURIComponent(path).replace(/[^\p{L}\p{N}]+/gu, "_").slice(0, 40) || "home";
      await page.screenshot({ path: `${outDir}/${name}-${width}-${colorScheme}.png`, fullPage: true });
      await page.close();
    }
  }
}
await browser.close();
