import { expect, test } from "@playwright/test";
import { authorPath, searchPath, tagPath } from "@/lib/routes";
import { expectNoSeriousA11yViolations, publishedStories, seedStory } from "./fixtures";
import { draftAs, unique } from "./pages/story-editor-page";

test.describe("search", () => {
  test("a word from the seed story finds it, with the word marked as written @mobile", async ({ page }) => {
    await page.goto("/");
    // On a phone the masthead folds its search and sections away.
    const fold = page.locator(".site-header summary");
    if (await fold.isVisible()) await fold.click();
    const box = page.getByRole("search", { name: "البحث في الموقع" }).getByRole("searchbox");
    await box.fill("عنصرا");
    await box.press("Enter");
    await expect(page).toHaveURL(/\/search\?q=/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("نتائج البحث عن «عنصرا»");

    const result = page.locator(".search-result").filter({ has: page.getByRole("link", { name: seedStory.headline }) });
    await expect(result).toHaveCount(1);
    await expect(result.locator(".search-result__headline mark")).toHaveText(["عنصرا"]);
    await expect(result.locator(".search-result__snippet mark").first()).toHaveText("عنصرًا");
  });

  test("finds stretched, vowelled and hamza-less spellings alike", async ({ page }) => {
    for (const query of ["داعـــش", "يذكّرنا", "الارهاب"]) {
      await page.goto(`/search?q=${encodeURIComponent(query)}`);
      await expect(page.getByRole("link", { name: seedStory.headline }), query).toBeVisible();
      await expect(page.locator(".search-result mark").first(), query).toBeVisible();
    }
  });

  test("the masthead search works without JavaScript", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(seedStory.path);
    await page.getByRole("search", { name: "البحث في الموقع" }).getByRole("searchbox").fill("داعش");
    await page.getByRole("search", { name: "البحث في الموقع" }).getByRole("button", { name: "بحث" }).click();
    await expect(page.getByRole("link", { name: seedStory.headline })).toBeVisible();
    await context.close();
  });

  test("a query's kept results show a story the moment it is published, and drop it when it is taken down", async ({ browser, page }) => {
    test.setTimeout(60_000);
    const results = searchPath({ q: "الشطرنج" });
    const headline = `الشطرنج يجمع لاعبين من حماة واللاذقية ${unique()}`;
    await page.goto(results);
    await expect(page.locator(".search-result")).not.toHaveCount(0);
    await expect(page.getByRole("link", { name: headline })).toHaveCount(0);

    const { context, editor } = await draftAs(browser, "editor", headline, { paragraph: "انطلقت بطولة محلية للشطرنج بمشاركة أربعين لاعبًا." });
    await editor.publishNow();
    await page.goto(results);
    await expect(page.getByRole("link", { name: headline })).toBeVisible();

    await editor.act("ألغِ النشر");
    await editor.expectStatus("مسودة");
    await page.goto(results);
    await expect(page.locator(".search-result")).not.toHaveCount(0);
    await expect(page.getByRole("link", { name: headline })).toHaveCount(0);
    await context.close();
  });

  test("a search that finds something is served from the cache; one that finds nothing is rendered each time", async ({ request }) => {
    const cacheOf = async (path: string) => (await request.get(path)).headers()["x-nextjs-cache"];
    const found = searchPath({ q: "داعش", section: "syria" });
    await request.get(found);
    expect(await cacheOf(found)).toMatch(/HIT|STALE/);
    expect(await cacheOf(`${found}&from=&to=`)).toMatch(/HIT|STALE/);

    const nothing = searchPath({ q: `زرافة ${unique()}` });
    await request.get(nothing);
    expect(await cacheOf(nothing)).toBe("MISS");
    const pastTheEnd = searchPath({ q: "داعش", page: 3 });
    await request.get(pastTheEnd);
    expect(await cacheOf(pastTheEnd)).toBe("MISS");
    expect(await cacheOf(`${searchPath({ q: "داعش" })}&from=2020-01-01`)).toBeUndefined();
  });

  test("a made-up address under /search gets the Arabic 404 page", async ({ page }) => {
    const response = await page.goto("/search/bm90LWEtc2VhcmNo");
    expect(response?.status()).toBe(404);
    await expect(page).toHaveTitle("الصفحة غير موجودة | خبر");
  });

  test("filters by section and pages through results", async ({ page }) => {
    await page.goto(`/search?q=${encodeURIComponent("سوريا")}&section=sports`);
    const sections = await page.locator(".search-result .kicker").allTextContents();
    expect(sections.length).toBeGreaterThan(0);
    expect(new Set(sections)).toEqual(new Set(["رياضة"]));

    await page.goto(searchPath({ q: "سوريا" }));
    const pages = page.getByRole("navigation", { name: "صفحات نتائج البحث" });
    const firstPage = await page.locator(".search-result__headline").allTextContents();
    await pages.getByRole("link", { name: "التالي" }).click();
    await expect(page).toHaveURL(/[?&]page=2/);
    await expect(pages.locator("[aria-current=page]")).toHaveText(/^الصفحة 2 من/);
    const secondPage = await page.locator(".search-result__headline").allTextContents();
    expect(secondPage.length).toBeGreaterThan(0);
    expect(secondPage.filter((headline) => firstPage.includes(headline))).toEqual([]);
    await pages.getByRole("link", { name: "السابق" }).click();
    await expect(pages.locator("[aria-current=page]")).toHaveText(/^الصفحة 1 من/);
    await expect(page.locator(".search-result__headline")).toHaveText(firstPage);
  });

  test("a search that finds nothing says so in Arabic and offers a way on", async ({ page }) => {
    await page.goto(`/search?q=${encodeURIComponent("داعش زرافة")}`);
    await expect(page.getByRole("heading", { level: 2 })).toHaveText("لم نجد أخبارًا تطابق «داعش زرافة»");
    await page.getByRole("link", { name: "داعش", exact: true }).click();
    await expect(page.getByRole("link", { name: seedStory.headline })).toBeVisible();
  });

  for (const [name, query] of [
    ["empty", ""],
    ["a thousand characters", "ش".repeat(1000)],
    ["punctuation only", "!!! ؟؟ ... «»"],
    ["tsquery syntax", "&|!():* <-> 'x'"],
    ["SQL", "'; drop table articles; --"],
  ] as const) {
    test(`a ${name} query gets a normal page`, async ({ page }) => {
      const response = await page.goto(`/search?q=${encodeURIComponent(query)}&page=abc&from=yesterday`);
      expect(response?.status()).toBe(200);
      await expect(page.getByRole("search", { name: "البحث في الأخبار" })).toBeVisible();
    });
  }

  test("the search page has no serious accessibility violations @mobile", async ({ page }) => {
    await page.goto(`/search?q=${encodeURIComponent("داعش")}`);
    await expectNoSeriousA11yViolations(page);
    await page.goto(`/search?q=${encodeURIComponent("زرافة طائرة")}`);
    await expectNoSeriousA11yViolations(page);
  });

  test("search results fit a 390 px phone @mobile", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`/search?q=${encodeURIComponent("سوريا")}`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});

test.describe("tag and author pages", () => {
  test("the article's tags and byline lead to pages listing their stories", async ({ page }) => {
    await page.goto(seedStory.path);
    await page.locator(".article__tags").getByRole("link", { name: "داعش" }).click();
    await expect(page).toHaveURL(tagPath("داعش"));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("داعش");
    await expect(page.getByRole("link", { name: seedStory.headline })).toBeVisible();

    await page.goto(seedStory.path);
    await page.locator(".byline").getByRole("link", { name: "هيئة التحرير" }).click();
    await expect(page).toHaveURL(authorPath("newsdesk"));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("هيئة التحرير");
    await expect(page.getByRole("link", { name: seedStory.headline })).toBeVisible();
  });

  test("an author page shows the bio and exactly the author's public stories", async ({ page }) => {
    await page.goto(authorPath("hala-darwish"));
    await expect(page.locator(".section-page__description")).toContainText("محررة الثقافة");
    const expected = publishedStories.filter((story) => story.authors.includes("hala-darwish")).map((s) => s.headline);
    const others = publishedStories.filter((story) => !story.authors.includes("hala-darwish")).map((s) => s.headline);
    const listed = await page.locator(".story-card__headline").allTextContents();
    // The newsroom specs may publish stories of their own meanwhile; the seed's must all be here, and no one else's.
    expect(listed).toEqual(expect.arrayContaining(expected));
    for (const headline of listed) expect(others).not.toContain(headline);
  });

  test("unknown tags and authors get the Arabic 404 page", async ({ page }) => {
    for (const path of [tagPath("وسم-لا-وجود-له"), authorPath("nobody"), "/tags/%E0%A4%A"]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
    }
  });

  test("tag and author pages have no serious accessibility violations @mobile", async ({ page }) => {
    for (const path of [tagPath("داعش"), authorPath("lina-sabbagh")]) {
      await page.goto(path);
      await expectNoSeriousA11yViolations(page);
    }
  });

  test("a story lists related stories, never itself", async ({ page }) => {
    const story = publishedStories.find((s) => s.tags.includes("المهرجانات"))!;
    await page.goto(story.path);
    const related = page.getByRole("region", { name: "أخبار ذات صلة" });
    const headlines = await related.locator(".story-card__headline").allTextContents();
    expect(headlines.length).toBeGreaterThan(0);
    expect(headlines).not.toContain(story.headline);
    const sharing = publishedStories.filter((s) => s !== story && s.tags.some((tag) => story.tags.includes(tag)));
    expect(sharing.map((s) => s.headline)).toContain(headlines[0]);
  });
});
