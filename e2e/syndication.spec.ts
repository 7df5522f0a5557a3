import { expect, test, type APIRequestContext } from "@playwright/test";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { hiddenStories, publishedStories, seedStory } from "./fixtures";
import { draftAs, unique } from "./pages/story-editor-page";

// Feeds and sitemaps carry absolute URLs on SITE_URL; the tests compare decoded paths.
const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => ["item", "entry", "url", "sitemap", "link", "category", "author", "dc:creator"].includes(name) });
/** A feed's or sitemap's URL (RSS's <link> parses as a list of one): ASCII, as RFC 3986 wants it, read back as its decoded path. */
const pathOf = (url: string | string[]) => {
  expect(String(url)).toMatch(/^[\x21-\x7e]+$/);
  return decodeURIComponent(new URL(String(url)).pathname);
};
const storyPaths = (stories: { path: string }[]) => stories.map((story) => decodeURIComponent(story.path)).sort();

/**
 * The listed stories are exactly the published ones: every published demo story is there, no
 * hidden one is, and any other entry (a story another spec published meanwhile) is public.
 */
async function expectExactlyPublished(request: APIRequestContext, listed: string[], published = publishedStories) {
  const expected = storyPaths(published);
  expect(listed).toEqual(expect.arrayContaining(expected));
  for (const story of hiddenStories) expect(listed).not.toContain(decodeURIComponent(story.path));
  for (const extra of listed.filter((path) => !expected.includes(path))) {
    expect((await request.get(encodeURI(extra))).status(), extra).toBe(200);
  }
}

async function fetchXml(request: APIRequestContext, path: string, contentType: RegExp) {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  expect(response.headers()["content-type"], path).toMatch(contentType);
  const xml = await response.text();
  expect(XMLValidator.validate(xml), path).toBe(true);
  return parser.parse(xml);
}

test.describe("feeds", () => {
  test("the RSS feed has exactly the published stories, in full Arabic text", async ({ request }) => {
    const { rss } = await fetchXml(request, "/feeds/rss.xml", /application\/rss\+xml/);
    expect(rss["@_version"]).toBe("2.0");
    const items = rss.channel.item as Record<string, unknown>[];
    await expectExactlyPublished(request, items.map((item) => pathOf(item.link as string)));
    const seed = items.find((item) => item.title === seedStory.headline)!;
    expect(seed["content:encoded"]).toContain(seedStory.paragraphs[0]!.slice(0, 80));
    expect(seed["dc:creator"]).toEqual(["هيئة التحرير"]);
    expect(new Date(seed.pubDate as string).getTime()).not.toBeNaN();
  });

  test("the Atom feed has exactly the published stories, with authors and dates", async ({ request }) => {
    const { feed } = await fetchXml(request, "/feeds/atom.xml", /application\/atom\+xml/);
    expect(feed["@_xmlns"]).toBe("http://www.w3.org/2005/Atom");
    expect(feed.title).toBeTruthy();
    expect(feed.updated).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    const entries = feed.entry as { link: { "@_href": string }[]; author: { name: string }[]; updated: string; content: { "#text": string } }[];
    await expectExactlyPublished(request, entries.map((entry) => pathOf(entry.link[0]!["@_href"])));
    for (const entry of entries) {
      expect(entry.author.length).toBeGreaterThan(0);
      expect(entry.updated).toMatch(/^\d{4}-\d{2}-\d{2}T/);
      expect(entry.content["#text"]).toMatch(/^<div dir="rtl" lang="ar">(<figure[^]*<\/figure>)?<p>/);
    }
  });

  test("a section's feeds hold only that section's published stories", async ({ request }) => {
    const culture = publishedStories.filter((story) => story.section === "culture");
    const { rss } = await fetchXml(request, "/feeds/culture/rss.xml", /rss/);
    const rssPaths = (rss.channel.item as { link: string }[]).map((item) => pathOf(item.link));
    await expectExactlyPublished(request, rssPaths, culture);
    expect(rssPaths).not.toContain(decodeURIComponent(seedStory.path));
    const { feed } = await fetchXml(request, "/feeds/culture/atom.xml", /atom/);
    await expectExactlyPublished(request, (feed.entry as { link: { "@_href": string }[] }[]).map((e) => pathOf(e.link[0]!["@_href"])), culture);
    const missing = await request.get("/feeds/no-such-section/rss.xml");
    expect(missing.status()).toBe(404);
    expect(await missing.text()).toContain("الصفحة غير موجودة");
  });

  test("feed items carry the lead photo with absolute URLs that answer", async ({ request }) => {
    const { rss } = await fetchXml(request, "/feeds/rss.xml", /application\/rss\+xml/);
    const seed = (rss.channel.item as Record<string, string>[]).find((item) => item.title === seedStory.headline)!;
    const html = seed["content:encoded"]!;
    expect(html).toMatch(/^<div dir="rtl" lang="ar"><figure/);
    const src = html.match(/<img src="([^"]+)"/)?.[1];
    expect(src).toMatch(/^https?:\/\/[^/]+\/media\/[0-9a-f-]{36}\/\d+$/);
    expect(html).toMatch(/<img [^>]*srcset="https?:\/\/[^"]+\/media\/[^"]+ \d+w/);
    const image = await request.get(new URL(src!).pathname);
    expect(image.status()).toBe(200);
    expect(image.headers()["content-type"]).toMatch(/^image\//);
  });

  test("a feed opened in a browser reads as an Arabic page that explains subscribing", async ({ page, request }) => {
    const atom = await (await request.get("/feeds/atom.xml")).text();
    expect(atom).toContain('<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="ar">');
    const response = await page.goto("/feeds/rss.xml");
    expect(response?.headers()["content-type"]).toMatch(/^text\/html/);
    expect(response?.headers()["vary"]).toMatch(/Sec-Fetch-Dest/i);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("خبر: آخر الأخبار");
    await expect(page.getByRole("heading", { name: "كيف تشترك؟" })).toBeVisible();
    await expect(page.getByRole("link", { name: seedStory.headline })).toBeVisible();
    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(["ar", "rtl"]);
  });

  test("pages announce their feeds", async ({ page }) => {
    await page.goto("/culture");
    const feeds = page.locator('link[rel="alternate"][type="application/rss+xml"]');
    expect(await feeds.evaluateAll((links) => links.map((link) => new URL((link as HTMLLinkElement).href).pathname))).toEqual([
      "/feeds/rss.xml",
      "/feeds/culture/rss.xml",
    ]);
  });
});

test.describe("sitemaps and robots", () => {
  test("sitemap.xml lists every published story and listing page, and nothing unpublished", async ({ request }) => {
    const { urlset } = await fetchXml(request, "/sitemap.xml", /xml/);
    const paths = (urlset.url as { loc: string }[]).map((url) => pathOf(url.loc));
    await expectExactlyPublished(request, paths.filter((path) => path.startsWith("/articles/")));
    expect(paths).toEqual(expect.arrayContaining(["/", "/syria", "/culture", "/tags/داعش", "/authors/newsdesk"]));
  });

  test("the news sitemap lists the last 48 hours' stories", async ({ request }) => {
    const { urlset } = await fetchXml(request, "/news-sitemap.xml", /xml/);
    expect(urlset["@_xmlns:news"]).toBe("http://www.google.com/schemas/sitemap-news/0.9");
    const urls = urlset.url as { loc: string; "news:news": { "news:title": string; "news:publication": { "news:language": string } } }[];
    // A story two hours either side of the cut-off may have crossed it while the suite ran.
    const recent = publishedStories.filter((story) => story.hoursAgo <= 46);
    const paths = urls.map((url) => pathOf(url.loc));
    expect(paths).toEqual(expect.arrayContaining(storyPaths(recent)));
    for (const story of publishedStories.filter((s) => s.hoursAgo > 50)) expect(paths).not.toContain(decodeURIComponent(story.path));
    const seed = urls.find((url) => url["news:news"]["news:title"] === seedStory.headline)!;
    expect(seed["news:news"]["news:publication"]["news:language"]).toBe("ar");
  });

  test("robots.txt points at both sitemaps", async ({ request }) => {
    const text = await (await request.get("/robots.txt")).text();
    // Host: takes a host name, not a URL, and only one engine ever read it: none at all.
    expect(text).not.toMatch(/^Host:/im);
    expect(text).toMatch(/^Sitemap: .*\/sitemap\.xml$/m);
    expect(text).toMatch(/^Sitemap: .*\/news-sitemap\.xml$/m);
  });
});

test.describe("metadata and structured data", () => {
  async function jsonLd(page: import("@playwright/test").Page) {
    const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
    // A script may hold one object or an array of them.
    return blocks.flatMap((text) => [JSON.parse(text) as Record<string, unknown>].flat());
  }

  test("a story carries NewsArticle and BreadcrumbList JSON-LD with the required fields", async ({ page }) => {
    await page.goto(seedStory.path);
    const data = await jsonLd(page);
    const article = data.find((block) => block["@type"] === "NewsArticle")!;
    expect(article).toMatchObject({
      "@context": "https://schema.org",
      headline: seedStory.headline,
      articleSection: "سوريا",
      // The desk is an organization, not a person.
      author: [{ "@type": "Organization", name: "هيئة التحرير" }],
      publisher: { name: "خبر" },
    });
    expect(article.datePublished).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(article.dateModified).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect((article.image as string[])[0]).toMatch(/^https?:\/\//);
    const breadcrumb = data.find((block) => block["@type"] === "BreadcrumbList")!;
    expect((breadcrumb.itemListElement as { name: string }[]).map((item) => item.name)).toEqual(["الرئيسية", "سوريا", seedStory.headline]);
  });

  test("a story has its title, description, canonical URL, OpenGraph and Twitter tags", async ({ page }) => {
    await page.goto(seedStory.path);
    const meta = (key: string) => page.locator(`meta[property="${key}"], meta[name="${key}"]`).first().getAttribute("content");
    await expect(page).toHaveTitle(`${seedStory.headline} | خبر`);
    expect(await meta("description")).toContain("في حادثة مأساوية");
    expect(decodeURIComponent(new URL((await page.locator('link[rel="canonical"]').getAttribute("href"))!).pathname)).toBe(
      decodeURIComponent(seedStory.path),
    );
    expect(await meta("og:locale")).toBe("ar_AR");
    expect(await meta("og:type")).toBe("article");
    expect(await meta("article:published_time")).toMatch(/^\d{4}-/);
    expect(await meta("article:modified_time")).toMatch(/^\d{4}-/);
    expect(await meta("article:section")).toBe("سوريا");
    expect(await meta("article:tag")).toBeTruthy();
    expect(await meta("twitter:card")).toBe("summary_large_image");
  });

  test("a shared story shows its lead photo, described", async ({ page }) => {
    await page.goto(seedStory.path);
    const meta = (key: string) => page.locator(`meta[property="${key}"], meta[name="${key}"]`).first().getAttribute("content");
    const cover = page.locator(".article-figure--cover img");
    await expect(cover).toHaveAttribute("alt", /.+/);
    const alt = await cover.getAttribute("alt");
    const photo = /^https?:\/\/[^/]+\/media\/[0-9a-f-]{36}\/\d+$/;
    expect(await meta("og:image")).toMatch(photo);
    expect(await meta("og:image:alt")).toBe(alt);
    expect(Number(await meta("og:image:width"))).toBeGreaterThanOrEqual(600);
    expect(await meta("twitter:image")).toBe(await meta("og:image"));
    expect(await meta("twitter:image:alt")).toBe(alt);
    const jsonLdImage = (await jsonLd(page)).find((block) => block["@type"] === "NewsArticle")!.image as string[];
    expect(jsonLdImage).toEqual([await meta("og:image")]);
  });

  test("a long headline is cut for search engines: JSON-LD and <title> keep to 110 characters", async ({ browser, page }) => {
    const headline = `${"وزراء خارجية عرب يجتمعون في عمّان لبحث ملف عودة اللاجئين السوريين ومستقبل الدعم الدولي للمنطقة ".repeat(2).trim()} ${unique()}`;
    expect(headline.length).toBeGreaterThanOrEqual(160);
    const { editor } = await draftAs(browser, "editor", headline);
    await editor.publishNow();
    await page.goto(await editor.publicPath());
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(headline);
    const article = (await jsonLd(page)).find((block) => block["@type"] === "NewsArticle")!;
    expect((article.headline as string).length).toBeLessThanOrEqual(110);
    expect(headline.startsWith((article.headline as string).replace(/…$/, ""))).toBe(true);
    const title = await page.title();
    expect(title.endsWith(" | خبر")).toBe(true);
    expect(title.length).toBeLessThanOrEqual(110 + " | خبر".length);
  });

  test("the home page describes the site with a SearchAction that works", async ({ page }) => {
    await page.goto("/");
    const website = (await jsonLd(page)).find((block) => block["@type"] === "WebSite")!;
    const action = website.potentialAction as { target: { urlTemplate: string } };
    expect(action.target.urlTemplate).toMatch(/\/search\?q=\{search_term_string\}$/);
    const searchUrl = new URL(action.target.urlTemplate.replace("{search_term_string}", encodeURIComponent("داعش")));
    await page.goto(searchUrl.pathname + searchUrl.search);
    await expect(page.getByRole("link", { name: seedStory.headline })).toBeVisible();
  });
});
