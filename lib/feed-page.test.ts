import { describe, expect, it } from "vitest";
import { documentFromParagraphs } from "./article-document";
import type { FeedArticle } from "./dal/syndication";
import { isBrowserNavigation, renderFeedPage } from "./feed-page";
import { ar } from "./i18n/ar";

const story: FeedArticle = {
  id: "1",
  slug: "مقتل-20-عنصرا",
  headline: "مقتل 20 عنصرًا <b>«داعش»</b> & غيره",
  kicker: "",
  dek: "",
  section: { slug: "syria", name: "سوريا" },
  authors: [],
  publishedAt: "2026-11-30T10:00:00.000Z",
  updatedAt: null,
  isBreaking: false,
  commentCount: 0,
  cover: null,
  body: documentFromParagraphs(["نص"]),
  tags: [],
};

const page = {
  title: "خبر: آخر الأخبار",
  description: "وصف",
  feedUrl: "https://khabar.example/feeds/rss.xml",
  homeUrl: "https://khabar.example/",
  siteUrl: "https://khabar.example",
};

describe("renderFeedPage", () => {
  it("is an Arabic, right-to-left page that says how to subscribe, with the feed's address", () => {
    const html = renderFeedPage(page, [story]);
    expect(html).toMatch(/^<!doctype html>\n<html lang="ar" dir="rtl">/);
    expect(html).toContain(`<h1>${page.title}</h1>`);
    expect(html).toContain(ar.feeds.page.how);
    expect(html).toContain('<code dir="ltr">https://khabar.example/feeds/rss.xml</code>');
    expect(html).not.toMatch(/margin-(left|right)|padding-(left|right)|<script/);
  });

  it("links every story and escapes its headline", () => {
    const html = renderFeedPage(page, [story]);
    expect(html).toContain('<a href="https://khabar.example/articles/%D9%85%D9%82%D8%AA%D9%84-20-%D8%B9%D9%86%D8%B5%D8%B1%D8%A7">');
    expect(html).toContain("مقتل 20 عنصرًا &lt;b&gt;«داعش»&lt;/b&gt; &amp; غيره</a>");
    expect(html).toContain('<time datetime="2026-11-30T10:00:00.000Z">');
  });
});

describe("isBrowserNavigation", () => {
  const request = (headers: Record<string, string>) => new Request("https://khabar.example/feeds/rss.xml", { headers });

  it("is true only for a browser opening the address as a page", () => {
    expect(isBrowserNavigation(request({ "sec-fetch-dest": "document", accept: "text/html" }))).toBe(true);
    expect(isBrowserNavigation(request({ accept: "application/rss+xml, */*" }))).toBe(false);
    expect(isBrowserNavigation(request({ "sec-fetch-dest": "empty" }))).toBe(false);
  });
});
