import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { newsSitemapXml, sitemapIndexXml, sitemapPlan, urlsetXml } from "./sitemaps";

const parser = new XMLParser({ ignoreAttributes: false });

describe("sitemap XML", () => {
  it("escapes URLs and keeps them well-formed", () => {
    const xml = urlsetXml([
      { loc: "https://k.example/articles/%D8%AE?a=1&b=2", lastModified: "2026-11-30T10:00:00.000Z" },
      { loc: "https://k.example/syria" },
    ]);
    expect(XMLValidator.validate(xml)).toBe(true);
    const { urlset } = parser.parse(xml);
    expect(urlset.url[0]).toEqual({ loc: "https://k.example/articles/%D8%AE?a=1&b=2", lastmod: "2026-11-30T10:00:00.000Z" });
    expect(urlset.url[1]).toEqual({ loc: "https://k.example/syria" });
  });

  it("writes a sitemap index", () => {
    const xml = sitemapIndexXml([{ loc: "https://k.example/sitemaps/pages.xml" }, { loc: "https://k.example/sitemaps/stories-1.xml" }]);
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(parser.parse(xml).sitemapindex.sitemap).toHaveLength(2);
  });

  it("writes Google News entries with Arabic titles escaped", () => {
    const xml = newsSitemapXml(
      [{ loc: "https://k.example/a", title: "مقتل 20 عنصرا <و> «داعش» & غيره", publishedAt: "2026-11-30T10:00:00.000Z", keywords: ["داعش", "سوريا"] }],
      { name: "خبر", language: "ar" },
    );
    expect(XMLValidator.validate(xml)).toBe(true);
    const news = parser.parse(xml).urlset.url["news:news"];
    expect(news["news:title"]).toBe("مقتل 20 عنصرا <و> «داعش» & غيره");
    expect(news["news:publication"]).toEqual({ "news:name": "خبر", "news:language": "ar" });
    expect(news["news:keywords"]).toBe("داعش, سوريا");
  });
});

describe("sitemapPlan", () => {
  it("serves one sitemap while the URLs fit, then an index of story files", () => {
    expect(sitemapPlan(40, 49_960)).toEqual({ kind: "single" });
    expect(sitemapPlan(40, 49_961)).toEqual({ kind: "index", storyFiles: 1 });
    expect(sitemapPlan(40, 120_000)).toEqual({ kind: "index", storyFiles: 3 });
    expect(sitemapPlan(2, 5, 4)).toEqual({ kind: "index", storyFiles: 2 });
  });
});
