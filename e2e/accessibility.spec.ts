import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations, seedStory } from "./fixtures";

for (const [name, path] of [
  ["home", "/"],
  ["section", "/syria"],
  ["article", seedStory.path],
] as const) {
  test(`the ${name} page has no serious accessibility violations @mobile`, async ({ page }) => {
    await page.goto(path);
    await expectNoSeriousA11yViolations(page);
  });
}

for (const scheme of ["light", "dark"] as const) {
  test(`the article page passes colour contrast in ${scheme} mode`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(seedStory.path);
    await expectNoSeriousA11yViolations(page);
  });
}

test("the skip link moves focus to the content", async ({ page }) => {
  await page.goto(seedStory.path);
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "انتقل إلى المحتوى" });
  await expect(skip).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#main$/);
});

test("pages fit a 390 px phone without sideways scrolling @mobile", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  for (const path of ["/", "/syria", seedStory.path]) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});
