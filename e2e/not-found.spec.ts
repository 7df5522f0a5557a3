import { expect, test } from "@playwright/test";
import { expectArabicNotFound, hiddenStories } from "./fixtures";

test.describe("missing and unpublished pages", () => {
  for (const [name, path] of [
    ["an unknown slug", `/articles/${encodeURIComponent("خبر-لا-وجود-له")}`],
    ["malformed percent-encoding", "/articles/%E0%A4%A"],
    ["an absurdly long slug", `/articles/${"ا".repeat(1000)}`],
    ["an unknown section", `/${encodeURIComponent("قسم-غير-موجود")}`],
    ["a section page past the end", "/syria?page=999"],
    ["a nested unknown path", "/no/such/page"],
  ] as const) {
    test(`${name} gives the Arabic 404 page`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      await expectArabicNotFound(page);
    });
  }

  test("drafts, stories in review and scheduled stories are not public", async ({ page }) => {
    expect(hiddenStories.length).toBeGreaterThan(2);
    for (const story of hiddenStories) {
      const response = await page.goto(story.path);
      expect(response?.status(), `${story.status} story ${story.path}`).toBe(404);
    }
  });
});
