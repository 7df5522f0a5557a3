import { describe, expect, it } from "vitest";
import { frontPathsFor } from "./front-paths";
import { cacheTags, storyCacheTags } from "./tags";

describe("frontPathsFor", () => {
  it("names a corrected story's address, its section, the home page and the feeds, percent-encoded as browsers ask for them", () => {
    const paths = frontPathsFor(storyCacheTags({ slugs: ["هجوم-في-دير-الزور"], sectionSlugs: ["syria"] }));
    expect(paths).toEqual(
      expect.arrayContaining([
        "/articles/%D9%87%D8%AC%D9%88%D9%85-%D9%81%D9%8A-%D8%AF%D9%8A%D8%B1-%D8%A7%D9%84%D8%B2%D9%88%D8%B1",
        "/syria",
        "/feeds/syria/rss.xml",
        "/",
        "/feeds/rss.xml",
        "/sitemap.xml",
      ]),
    );
  });

  it("reads a tag the way Next hands it to the cache handler, percent-encoded", () => {
    const raw = frontPathsFor([cacheTags.article("هجوم-في-دير-الزور")]);
    expect(frontPathsFor([cacheTags.article(encodeURIComponent("هجوم-في-دير-الزور"))])).toEqual(raw);
  });

  it("names the old address as well as the new one when a story moves", () => {
    const paths = frontPathsFor(storyCacheTags({ slugs: ["old", "new"], sectionSlugs: [] }));
    expect(paths).toEqual(expect.arrayContaining(["/articles/old", "/articles/new"]));
  });

  it("names nothing for tags that stand for many pages at once, and each address once", () => {
    expect(frontPathsFor([cacheTags.allArticles, cacheTags.commentCounts, cacheTags.comments("42"), cacheTags.sections])).toEqual([]);
    expect(frontPathsFor([cacheTags.home, cacheTags.home, cacheTags.tag("حلب"), cacheTags.author("rami")])).toEqual([
      "/",
      "/tags/%D8%AD%D9%84%D8%A8",
      "/authors/rami",
    ]);
  });
});
