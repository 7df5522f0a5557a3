import { describe, expect, it } from "vitest";
import { breadcrumbJsonLd, newsArticleJsonLd, serializeJsonLd, websiteJsonLd, type ArticleForJsonLd, type SiteIdentity } from "./structured-data";

const site: SiteIdentity = { url: "https://khabar.example", name: "خبر", logo: "/logo.png", language: "ar" };
const article: ArticleForJsonLd = {
  slug: "خبر",
  headline: "مقتل 20 عنصرا",
  description: "وصف",
  url: "/articles/%D8%AE%D8%A8%D8%B1",
  publishedAt: "2026-11-30T10:00:00.000Z",
  updatedAt: null,
  section: { name: "سوريا", url: "/syria" },
  authors: [
    { name: "رانيا حدّاد", url: "/authors/rania-haddad" },
    { name: "عمر الخطيب", url: null },
  ],
  tags: ["داعش", "سوريا"],
  images: ["/og-default.png"],
};

describe("newsArticleJsonLd", () => {
  it("carries the headline, dates, every author, the publisher, image and section", () => {
    const data = newsArticleJsonLd(article, site);
    expect(data).toMatchObject({
      "@context": "https://schema.org",
      "@type": "NewsArticle",
      headline: "مقتل 20 عنصرا",
      datePublished: "2026-11-30T10:00:00.000Z",
      dateModified: "2026-11-30T10:00:00.000Z",
      articleSection: "سوريا",
      image: ["https://khabar.example/og-default.png"],
      author: [
        { "@type": "Person", name: "رانيا حدّاد", url: "https://khabar.example/authors/rania-haddad" },
        { "@type": "Person", name: "عمر الخطيب" },
      ],
      publisher: { "@type": "NewsMediaOrganization", name: "خبر", logo: { url: "https://khabar.example/logo.png" } },
      mainEntityOfPage: { "@id": "https://khabar.example/articles/%D8%AE%D8%A8%D8%B1" },
    });
    expect(data).not.toHaveProperty("correction");
  });

  it("lists corrections when the story carries them", () => {
    const data = newsArticleJsonLd(
      { ...article, updatedAt: "2026-12-01T08:00:00.000Z", corrections: [{ text: "صُحّح عدد القتلى.", correctedAt: "2026-12-01T08:00:00.000Z" }] },
      site,
    );
    expect(data.dateModified).toBe("2026-12-01T08:00:00.000Z");
    expect(data.correction).toEqual([
      { "@type": "CorrectionComment", text: "صُحّح عدد القتلى.", datePublished: "2026-12-01T08:00:00.000Z" },
    ]);
  });
});

describe("newsArticleJsonLd bylines", () => {
  it("names a desk byline as an Organization, a reporter as a Person", () => {
    const data = newsArticleJsonLd(
      { ...article, authors: [{ name: "هيئة التحرير", url: "/authors/newsdesk", organization: true }, { name: "رانيا حدّاد", url: null }] },
      site,
    );
    expect(data.author).toEqual([
      { "@type": "Organization", name: "هيئة التحرير", url: "https://khabar.example/authors/newsdesk" },
      { "@type": "Person", name: "رانيا حدّاد" },
    ]);
  });
});

describe("newsArticleJsonLd limits", () => {
  it("cuts a headline past 110 characters at a word", () => {
    const headline = "وزراء خارجية عرب يجتمعون في عمّان لبحث ملف عودة اللاجئين السوريين ومستقبل الدعم الدولي ".repeat(2).trim();
    expect(headline.length).toBeGreaterThan(160);
    const data = newsArticleJsonLd({ ...article, headline }, site);
    expect((data.headline as string).length).toBeLessThanOrEqual(110);
    expect(data.headline).toMatch(/^وزراء خارجية عرب .*…$/);
  });
});

describe("breadcrumbJsonLd and websiteJsonLd", () => {
  it("numbers the crumbs and makes their URLs absolute", () => {
    const data = breadcrumbJsonLd([{ name: "الرئيسية", url: "/" }, { name: "سوريا", url: "/syria" }], site);
    expect(data.itemListElement).toEqual([
      { "@type": "ListItem", position: 1, name: "الرئيسية", item: "https://khabar.example/" },
      { "@type": "ListItem", position: 2, name: "سوريا", item: "https://khabar.example/syria" },
    ]);
  });

  it("leaves the last crumb, the page itself, without a URL when given none", () => {
    const data = breadcrumbJsonLd([{ name: "سوريا", url: "/syria" }, { name: "مقتل 20 عنصرا" }], site);
    expect(data.itemListElement).toEqual([
      { "@type": "ListItem", position: 1, name: "سوريا", item: "https://khabar.example/syria" },
      { "@type": "ListItem", position: 2, name: "مقتل 20 عنصرا" },
    ]);
  });

  it("offers a search action with the placeholder intact", () => {
    const data = websiteJsonLd(site, "/search?q={search_term_string}") as { potentialAction: { target: { urlTemplate: string } } };
    expect(data.potentialAction.target.urlTemplate).toBe("https://khabar.example/search?q={search_term_string}");
  });
});

describe("serializeJsonLd", () => {
  it("cannot be closed early by a headline", () => {
    const headline = '</script><script>alert("x")</script> & \u2028 عنوان';
    const json = serializeJsonLd({ headline });
    expect(json).not.toContain("<");
    expect(json).not.toContain(">");
    expect(json.toLowerCase()).not.toContain("</script");
    expect(JSON.parse(json)).toEqual({ headline });
  });
});
