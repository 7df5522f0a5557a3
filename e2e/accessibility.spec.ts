import { expect, test, type Page } from "@playwright/test";
import demo from "@/db/seed-data/demo-newsroom.json" with { type: "json" };
import { searchPath, sectionPath, tagPath } from "@/lib/routes";
import { expectNoSeriousA11yViolations, seedStory } from "./fixtures";
import { asRole } from "./pages/people";
import { draftAs, unique } from "./pages/story-editor-page";

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

const PHONE = { width: 390, height: 844 };

/** How far the page scrolls sideways (0 when it fits its window). */
const sidewaysOverflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

test("pages fit a 390 px phone without sideways scrolling, whatever the newsroom publishes @mobile", async ({ browser }) => {
  test.setTimeout(90_000);
  // A headline and a word no line can hold: a pasted address, a name run together.
  const unbroken = `${"بلامسافاتبينالكلمات".repeat(4)}${unique()}`;
  const { context, editor } = await draftAs(browser, "editor", `عنوان يطول ${unbroken} حتى آخره`, {
    paragraph: `رابط الخبر https://example.com/${"a-very-long-path-segment-".repeat(6)} و${unbroken}.`,
  });
  await editor.publishNow();
  const story = await editor.publicPath();
  await context.close();

  const page = await browser.newPage({ viewport: PHONE });
  for (const path of ["/", ...demo.sections.map((section) => sectionPath(section.slug)), story, seedStory.path, searchPath({ q: "عنوان يطول" })]) {
    await page.goto(path);
    expect(await sidewaysOverflow(page), path).toBeLessThanOrEqual(0);
  }
  await page.close();
});

/** The levels of the page's headings, in order. */
const headingLevels = (page: Page) =>
  page.locator("h1, h2, h3, h4, h5, h6").evaluateAll((headings) => headings.map((heading) => Number(heading.tagName.slice(1))));

test("section and tag pages go down one heading level at a time", async ({ page }) => {
  for (const path of ["/syria", tagPath("داعش")]) {
    await page.goto(path);
    const levels = await headingLevels(page);
    expect(levels[0], path).toBe(1);
    const skips = levels.filter((level, index) => index > 0 && level > levels[index - 1]! + 1);
    expect(skips, `${path}: ${levels.join(" ")}`).toEqual([]);
  }
});

test("on a phone the header stays small, for readers and staff alike @mobile", async ({ browser }) => {
  test.setTimeout(90_000);
  const staff = await asRole(browser, "admin");
  await staff.page.setViewportSize(PHONE);
  const reader = await browser.newPage({ viewport: PHONE });
  for (const [page, path] of [
    [reader, "/"],
    [reader, "/syria"],
    [reader, seedStory.path],
    [reader, searchPath({ q: "سوريا" })],
    [staff.page, "/"],
    [staff.page, seedStory.path],
    [staff.page, "/editor"],
    [staff.page, "/editor/articles/new"],
    [staff.page, "/moderation"],
    [staff.page, "/admin/users"],
    [staff.page, "/account"],
  ] as const) {
    await page.goto(path);
    await expect(page.locator(".site-header .account-menu").getByRole("link").first()).toBeVisible();
    const height = (await page.locator(".site-header").boundingBox())!.height;
    expect(height, path).toBeLessThanOrEqual(120);
    expect(await sidewaysOverflow(page), path).toBeLessThanOrEqual(0);
  }
  await Promise.all([staff.context.close(), reader.close()]);
});

test("on a phone without JavaScript, the folded sections and search still open and work @mobile", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: PHONE });
  const page = await context.newPage();
  await page.goto("/");
  const sections = page.getByRole("navigation", { name: "الأقسام" });
  await expect(sections.getByRole("link", { name: "سوريا" })).toBeHidden();
  await page.locator(".site-header summary").click();
  await sections.getByRole("link", { name: "سوريا" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("سوريا");
  await context.close();
});

test("on a phone the open fold holds many long sections without widening the page @mobile", async ({ browser }) => {
  const page = await browser.newPage({ viewport: PHONE });
  await page.goto("/");
  // Sections have no screen of their own to add them from: a newsroom with a dozen long ones is drawn in.
  // (The folded list is hidden, so it is found by its class rather than its role.)
  await page.locator("nav.section-nav").evaluate((nav) => {
    const list = nav.querySelector("ul")!;
    for (let n = 1; n <= 12; n++) {
      const item = list.lastElementChild!.cloneNode(true) as HTMLElement;
      item.querySelector("a")!.textContent = `الشؤون الإقليمية والدولية والتحليلات المطوّلة ${n}`;
      list.append(item);
    }
  });
  const header = (await page.locator(".site-header").boundingBox())!.height;
  await page.locator(".site-header summary").click();
  await expect(page.getByRole("link", { name: "الشؤون الإقليمية والدولية والتحليلات المطوّلة 12" })).toBeVisible();
  await expect(page.getByRole("search", { name: "البحث في الموقع" }).getByRole("searchbox")).toBeVisible();
  // The fold drops over the page: the header keeps its height, and nothing scrolls sideways.
  expect((await page.locator(".site-header").boundingBox())!.height).toBe(header);
  expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
  await page.close();
});

test("on a phone the staff lists are cards that need no sideways scrolling @mobile", async ({ browser }) => {
  const { context, page } = await asRole(browser, "admin");
  await page.setViewportSize(PHONE);
  for (const path of ["/editor", "/admin/users", "/moderation/log"]) {
    await page.goto(path);
    const table = page.locator(".table-scroll").first();
    await expect(table).toBeVisible();
    const overflow = await table.evaluate((element) => element.scrollWidth - element.clientWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
    // Each card still says what each value is.
    const label = await page
      .locator(".data-table tbody tr")
      .first()
      .locator("td")
      .first()
      .evaluate((cell) => getComputedStyle(cell, "::before").content);
    expect(label, path).not.toBe("none");
  }
  await context.close();
});

for (const scheme of ["light", "dark"] as const) {
  test(`the staff lists have no serious accessibility violations in ${scheme} mode @mobile`, async ({ browser }) => {
    // Four full axe scans of long tables: about 30 s on a busy two-core machine.
    test.setTimeout(90_000);
    const { context, page } = await asRole(browser, "admin");
    await page.emulateMedia({ colorScheme: scheme });
    for (const path of ["/editor", "/editor/wire", "/admin/users", "/moderation/log"]) {
      await page.goto(path);
      await expectNoSeriousA11yViolations(page);
    }
    await context.close();
  });
}
