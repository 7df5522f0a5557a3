import { expect, test } from "@playwright/test";
import { breakingStory, seedStory } from "./fixtures";

test.describe("a reader", () => {
  test("opens the seed story from the home page and reads it exactly as written", async ({ page }) => {
    await page.goto("/");
    await expect(page.locator("html")).toHaveAttribute("lang", "ar");
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");

    await page.getByRole("link", { name: seedStory.headline }).first().click();
    await expect(page).toHaveURL(seedStory.path);

    await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(seedStory.headline);
    const paragraphs = page.locator(".article-body p");
    await expect(paragraphs).toHaveText(seedStory.paragraphs);

    // "تعليق" closes the story as the link to its comment thread, never as body text.
    const commentLink = page.getByRole("link", { name: "تعليق", exact: true });
    await expect(commentLink).toHaveAttribute("href", "#comments");
    await expect(page.getByRole("heading", { name: "التعليقات" })).toBeVisible();
    await expect(page.locator(".article-body")).not.toContainText("تعليق\n");
  });

  test("sees when the story was published, in Arabic with a machine-readable time", async ({ page }) => {
    await page.goto(seedStory.path);
    const published = page.locator(".article__dates time").first();
    await expect(published).toHaveAttribute("datetime", /^\d{4}-\d{2}-\d{2}T/);
    await expect(published).toContainText(/(يناير|فبراير|مارس|أبريل|مايو|يونيو|يوليو|أغسطس|سبتمبر|أكتوبر|نوفمبر|ديسمبر) \d{4}/);
    await expect(page.getByText("بقلم هيئة التحرير")).toBeVisible();
  });

  test("sees the breaking-news strip on the home page", async ({ page }) => {
    await page.goto("/");
    const strip = page.getByRole("complementary", { name: "عاجل" });
    await expect(strip.getByRole("link", { name: breakingStory.headline })).toBeVisible();
  });

  test("browses a section page by page", async ({ page }) => {
    await page.goto("/");
    const sections = page.getByRole("navigation", { name: "الأقسام" });
    await sections.getByRole("link", { name: "سوريا" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("سوريا");
    await expect(sections.getByRole("link", { name: "سوريا" })).toHaveAttribute("aria-current", "page");
    await expect(sections.getByRole("link", { name: "الرئيسية" })).not.toHaveAttribute("aria-current");
    await sections.getByRole("link", { name: "الرئيسية" }).click();
    await expect(sections.getByRole("link", { name: "الرئيسية" })).toHaveAttribute("aria-current", "page");
    await expect(page.getByRole("link", { name: seedStory.headline })).toBeVisible();
    const stories = page.locator(".story-card");
    expect(await stories.count()).toBeGreaterThan(3);
  });

  test("reads without client JavaScript", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(seedStory.path);
    await expect(page.locator(".article-body p")).toHaveText(seedStory.paragraphs);
    await context.close();
  });
});
