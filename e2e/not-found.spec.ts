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
      await expect(page).toHaveTitle("الصفحة غير موجودة | خبر");
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

// Without JavaScript, as a crawler or a reader with scripts off sees it: the Arabic page is in
// the server's HTML, with its language, direction and title. Pages rendered per request
// (sections, tags, authors) still answer with Next's empty shell there (vercel/next.js#62228).
test.describe("404 pages without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  for (const [name, path] of [
    ["an unknown story", `/articles/${encodeURIComponent(`خبر-لا-وجود-له-${Date.now()}`)}`],
    ["an unknown path", "/no/such/page"],
    ["malformed percent-encoding", "/articles/%E0%A4%A"],
  ] as const) {
    test(`${name} is the Arabic 404 page in the HTML`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      await expectArabicNotFound(page);
      await expect(page.locator("html")).toHaveAttribute("lang", "ar");
      await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
      await expect(page).toHaveTitle("الصفحة غير موجودة | خبر");
      await expect(page.getByRole("link", { name: "العودة إلى الرئيسية" })).toBeVisible();
    });
  }
});

test("the site answers /favicon.ico", async ({ request }) => {
  const response = await request.get("/favicon.ico");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toMatch(/image\/(x-icon|vnd\.microsoft\.icon)/);
});

