import { expect, test } from "@playwright/test";
import demoComments from "@/db/seed-data/demo-comments.json" with { type: "json" };
import { breakingStory, publishedStories, seedStory } from "./fixtures";

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
    // The seed story is both in the latest news and in its section's rail.
    await expect(page.getByRole("link", { name: seedStory.headline }).first()).toBeVisible();
    const stories = page.locator(".story-card");
    expect(await stories.count()).toBeGreaterThan(3);
  });

  test("is told before writing that comments on a pre-moderated story are reviewed first", async ({ browser, page }) => {
    const story = publishedStories.find((candidate) => candidate.headline === demoComments.premoderatedStory)!;
    await page.goto(story.path);
    const notice = "تُراجَع التعليقات على هذا الخبر قبل نشرها.";
    await expect(page.locator("#comments .thread__compose").getByText(notice)).toBeVisible();
    const noScript = await browser.newContext({ javaScriptEnabled: false });
    const thread = await noScript.newPage();
    await thread.goto(`${story.path}/comments`);
    await expect(thread.locator(".thread__compose").getByText(notice)).toBeVisible();
    await noScript.close();
  });

  test("follows a related story's link, which carries its Arabic letters raw, to the story's percent-encoded address", async ({ page }) => {
    await page.goto(seedStory.path);
    const link = page.locator(".related .story-card__headline a").first();
    const href = (await link.getAttribute("href"))!;
    expect(href).toMatch(/^\/articles\/[\p{Script=Arabic}\d-]+$/u);
    const headline = (await link.textContent())!;
    // The page stays one document: the router, not a reload, opens the story.
    await page.evaluate(() => Object.assign(window, { sameDocument: true }));
    await link.click();
    await expect(page).toHaveURL(encodeURI(href));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(headline);
    expect(await page.evaluate(() => "sameDocument" in window)).toBe(true);
    // Where an address must be ASCII, it is: the canonical URL and OpenGraph's.
    for (const address of [await page.locator('link[rel="canonical"]').getAttribute("href"), await page.locator('meta[property="og:url"]').getAttribute("content")]) {
      expect(address).toMatch(/^[\x21-\x7e]+$/);
      expect(new URL(address!).pathname).toBe(encodeURI(href));
    }
  });

  test("opens a related story from its photo, through the card's one link, and its comments from their link", async ({ page }) => {
    await page.goto(seedStory.path);
    const card = page.locator(".related .story-card").filter({ has: page.locator("img") }).filter({ has: page.locator(".story-card__comments") }).first();
    const headline = (await card.locator(".story-card__headline").textContent())!;
    await expect(card.getByRole("link")).toHaveCount(2);
    await expect(card.getByRole("link", { name: headline })).toHaveCount(1);
    // Where a reader's pointer lands, whatever covers that spot takes the click.
    const clickOn = async (target: import("@playwright/test").Locator) => {
      await target.scrollIntoViewIfNeeded();
      const box = (await target.boundingBox())!;
      await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    };
    // A recent time keeps its full date in a tooltip, so the pointer must reach it, not the card's link.
    const time = card.locator("time");
    await time.scrollIntoViewIfNeeded();
    const at = (await time.boundingBox())!;
    const underPointer = await page.evaluate(([x, y]) => document.elementFromPoint(x!, y!)?.tagName, [at.x + at.width / 2, at.y + at.height / 2]);
    expect(underPointer).toBe("TIME");
    await clickOn(card.locator(".story-card__comments"));
    await expect(page).toHaveURL(/\/comments$/);
    await page.goBack();
    await clickOn(card.locator("img"));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(headline);
  });

  test("reads without client JavaScript", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(seedStory.path);
    await expect(page.locator(".article-body p")).toHaveText(seedStory.paragraphs);
    await context.close();
  });
});

test.describe("photographs", () => {
  /** Every photo on the page has loaded, has its size declared and says what it shows. */
  async function expectPhotosShown(images: import("@playwright/test").Locator) {
    for (const image of await images.all()) {
      await image.scrollIntoViewIfNeeded();
      await expect(image).toHaveAttribute("width", /^\d+$/);
      await expect(image).toHaveAttribute("height", /^\d+$/);
      await expect(image).toHaveAttribute("alt", /\p{Script=Arabic}/u);
      await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    }
  }

  // Other specs publish stories without photos alongside this one: the lead is still photographed.
  test("the front page leads with a large photo and its cards carry thumbnails", async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto("/");
    const lead = page.locator(".front-page__lead img");
    await expect(lead).toHaveCount(1);
    await expect(lead).toHaveAttribute("loading", "eager");
    expect((await lead.boundingBox())!.width).toBeGreaterThan(600);
    await expect(page.locator(".section-rail .story-card img")).not.toHaveCount(0);
    await expectPhotosShown(page.locator(".front-page img"));
    // The lead column and the latest-news column end within a few lines of each other.
    const [leadBox, latestBox] = [await page.locator(".front-page__lead").boundingBox(), await page.locator(".front-page__latest").boundingBox()];
    expect(Math.abs(leadBox!.height - latestBox!.height)).toBeLessThan(260);
  });

  test("a story opens on its photo, with caption and credit, and its section page shows thumbnails", async ({ page }) => {
    await page.goto(seedStory.path);
    const cover = page.locator(".article-figure--cover");
    await expect(cover.locator("img")).toHaveAttribute("alt", "برج مراقبة وسياج على أرض صحراوية عند الغروب");
    await expect(cover.locator("figcaption")).toHaveText("منطقة حدودية في البادية السورية (رسم: خبر)");
    await expectPhotosShown(cover.locator("img"));
    await page.goto("/economy");
    await expectPhotosShown(page.locator(".story-grid img"));
    await expect(page.locator(".story-grid img")).not.toHaveCount(0);
  });
});

