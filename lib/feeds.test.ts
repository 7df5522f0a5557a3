import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { documentFromParagraphs } from "./article-document";
import type { FeedArticle } from "./dal/syndication";
import { buildFeed } from "./feeds";

const story = (overrides: Partial<FeedArticle> = {}): FeedArticle => ({
  id: "1",
  slug: "مقتل-20-عنصرا",
  headline: "مقتل 20 عنصرًا </title> & ]]> «داعش»",
  kicker: "",
  dek: "مقدمة <b>الخبر</b>",
  section: { slug: "syria", name: "سوريا" },
  authors: [
    { name: "رانيا حدّاد", slug: "rania-haddad", organization: false },
    { name: "عمر <الخطيب>", slug: null, organization: false },
  ],
  publishedAt: "2026-11-30T10:00:00.000Z",
  updatedAt: "2026-11-30T12:00:00.000Z",
  isBreaking: false,
  commentCount: 0,
  cover: null,
  body: documentFromParagraphs(["يذكّرنا الهجوم بـ<تهديد> الإرهاب ]]> المستمر\u0000."]),
  tags: [{ slug: "داعش", name: "داعش <وسم>" }],
  ...overrides,
});

const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => ["item", "entry", "author", "category", "dc:creator"].includes(name) });
const channel = { siteUrl: "https://khabar.example", section: null };

describe("buildFeed", () => {
  it("writes valid RSS 2.0 whose text reads back exactly", () => {
    const xml = buildFeed("rss", channel, [story()]);
    expect(XMLValidator.validate(xml)).toBe(true);
    const item = parser.parse(xml).rss.channel.item[0];
    expect(item.title).toBe("مقتل 20 عنصرًا </title> & ]] > «داعش»");
    expect(item.link).toBe("https://khabar.example/articles/%D9%85%D9%82%D8%AA%D9%84-20-%D8%B9%D9%86%D8%B5%D8%B1%D8%A7");
    expect(item["dc:creator"]).toEqual(["رانيا حدّاد", "عمر <الخطيب>"]);
    expect(item.author).toBeUndefined();
    const content = item["content:encoded"] as string;
    expect(content).toMatch(/^<div dir="rtl" lang="ar"><p[^>]*>يذكّرنا الهجوم بـ&lt;تهديد&gt; الإرهاب \]\]&gt; المستمر/);
    expect(content).not.toMatch(/[\u0000-\u0008]/);
    expect(item.pubDate).toBe("Mon, 30 Nov 2026 10:00:00 GMT");
  });

  it("writes valid Atom with HTML-typed text escaped once", () => {
    const xml = buildFeed("atom", { ...channel, section: { slug: "syria", name: "سوريا", description: "الشأن السوري" } }, [story()]);
    expect(XMLValidator.validate(xml)).toBe(true);
    const { feed } = parser.parse(xml);
    expect(feed.title).toBe("خبر: سوريا");
    expect(feed.updated).toBe("2026-11-30T12:00:00.000Z");
    const entry = feed.entry[0];
    expect(entry.title["#text"]).toBe("مقتل 20 عنصرًا &lt;/title&gt; &amp; ]]&gt; «داعش»");
    expect(entry.author.map((author: { name: string }) => author.name)).toEqual(["رانيا حدّاد", "عمر <الخطيب>"]);
    expect(entry.published).toBe("2026-11-30T10:00:00.000Z");
    expect(entry.category[1]["@_label"]).toBe("داعش وسم");
  });

  it("declares Arabic and writes its HTML right to left", () => {
    const atom = buildFeed("atom", channel, [story()]);
    const { feed } = parser.parse(atom);
    expect(feed["@_xml:lang"]).toBe("ar");
    expect(feed.entry[0].content["#text"]).toMatch(/^<div dir="rtl" lang="ar"><p/);
    const rss = buildFeed("rss", channel, [story()]);
    expect(parser.parse(rss).rss.channel.item[0]["content:encoded"]).toMatch(/^<div dir="rtl" lang="ar">/);
  });

  it("puts the lead photo first, with absolute URLs", () => {
    const cover = { imageId: "0b7c4c1e-9a2e-4b1a-8f5e-2d7a3f7e1a11", width: 1600, height: 900, alt: "محطة كهرباء", caption: "", credit: "" };
    const item = parser.parse(buildFeed("rss", channel, [story({ cover })])).rss.channel.item[0];
    expect(item["content:encoded"]).toContain(`<img src="https://khabar.example/media/${cover.imageId}/960"`);
  });

  it("writes an empty but valid feed when nothing is published", () => {
    for (const format of ["rss", "atom"] as const) expect(XMLValidator.validate(buildFeed(format, channel, []))).toBe(true);
  });
});
