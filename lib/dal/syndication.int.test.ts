import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { seedDemoNewsroom } from "@/db/seed";
import { demoPublishedStories } from "@/db/seed-data/published";
import seedArticle from "@/db/seed-data/seed-article.json" with { type: "json" };
import { slugify } from "@/lib/arabic/slugify";
import { countPublicArticles, listFeedArticles, listRecentStories, listSitemapListings, listSitemapStories } from "./syndication";

const published = demoPublishedStories;
const slugs = (stories: { headline: string }[]) => stories.map((story) => slugify(story.headline)).sort();

beforeAll(async () => {
  await seedDemoNewsroom(getDb());
});

describe("feed and sitemap reads", () => {
  it("feeds hold the newest public stories whole, for the site or one section", async () => {
    const site = await listFeedArticles(null, 100);
    expect(site.map((article) => article.slug).sort()).toEqual(slugs(published));
    expect(site[0]?.publishedAt).toBe([...site.map((a) => a.publishedAt)].sort().at(-1));
    const seed = site.find((article) => article.headline === seedArticle.headline)!;
    expect(seed.tags.map((tag) => tag.name).sort()).toEqual(["داعش", "سوريا"]);
    expect(seed.body.content.length).toBe(seedArticle.paragraphs.length);

    const culture = await listFeedArticles("culture", 100);
    expect(culture.map((article) => article.slug).sort()).toEqual(slugs(published.filter((s) => s.section === "culture")));
    expect(await listFeedArticles(null, 5)).toHaveLength(5);
  });

  it("sitemaps page through every public story, oldest first", async () => {
    expect(await countPublicArticles()).toBe(published.length);
    const first = await listSitemapStories(0, 10);
    const rest = await listSitemapStories(10, 1000);
    expect([...first, ...rest].map((story) => story.slug).sort()).toEqual(slugs(published));
    const times = [...first, ...rest].map((story) => story.publishedAt);
    expect(times).toEqual([...times].sort());
  });

  it("lists only the sections, tags and authors that have public stories", async () => {
    const { sections, tags, authors } = await listSitemapListings();
    expect(sections.map((s) => s.slug).sort()).toEqual([...new Set(published.map((s) => s.section))].sort());
    expect(tags.map((t) => t.slug).sort()).toEqual([...new Set(published.flatMap((s) => s.tags))].map(slugify).sort());
    expect(authors.map((a) => a.slug).sort()).toEqual([...new Set(published.flatMap((s) => s.authors))].sort());
    expect(sections.every((s) => s.lastModified !== null)).toBe(true);
  });

  it("the news sitemap takes the last 48 hours", async () => {
    const recent = await listRecentStories(48);
    expect(recent.map((story) => story.slug).sort()).toEqual(slugs(published.filter((s) => s.hoursAgo <= 48)));
    expect(recent.find((story) => story.headline === seedArticle.headline)?.keywords.sort()).toEqual(["داعش", "سوريا"]);
  });
});
