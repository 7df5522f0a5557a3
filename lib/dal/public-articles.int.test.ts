import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { articles, articleSlugHistory } from "@/db/schema/articles";
import { seedDemoNewsroom } from "@/db/seed";
import demo from "@/db/seed-data/demo-newsroom.json" with { type: "json" };
import seedArticle from "@/db/seed-data/seed-article.json" with { type: "json" };
import { plainTextOf } from "@/lib/article-document";
import { slugify } from "@/lib/arabic/slugify";
import {
  findRenamedArticleSlug,
  getPublishedArticle,
  listBreakingArticles,
  listLatestArticles,
  pageSectionArticles,
} from "./public-articles";

const seedSlug = slugify(seedArticle.headline);
const hiddenStories = demo.articles.filter((story) => story.status !== "published");
const publishedCount = demo.articles.length - hiddenStories.length + 1;

beforeAll(async () => {
  await seedDemoNewsroom(getDb());
});

describe("public article reads", () => {
  it("returns the seed story exactly as given", async () => {
    const article = await getPublishedArticle(seedSlug);
    expect(article?.headline).toBe(seedArticle.headline);
    expect(plainTextOf(article!.body)).toBe(seedArticle.paragraphs.join("\n\n"));
    expect(article?.section.slug).toBe("syria");
    expect(article?.direction).toBe("rtl");
    expect(article?.authors.map((author) => author.name)).toEqual(["هيئة التحرير"]);
  });

  it("is idempotent: seeding twice adds nothing", async () => {
    await seedDemoNewsroom(getDb());
    expect(await listLatestArticles(1000)).toHaveLength(publishedCount);
  });

  it("never returns drafts, stories in review or scheduled stories", async () => {
    expect(hiddenStories.length).toBeGreaterThan(0);
    for (const story of hiddenStories) {
      expect(await getPublishedArticle(slugify(story.headline))).toBeNull();
    }
    const latestSlugs = (await listLatestArticles(1000)).map((article) => article.slug);
    expect(latestSlugs).toContain(seedSlug);
    for (const story of hiddenStories) expect(latestSlugs).not.toContain(slugify(story.headline));
  });

  it("hides a story marked published whose publication time is still ahead", async () => {
    const slug = slugify(demo.articles[0]!.headline);
    await getDb().update(articles).set({ publishedAt: new Date(Date.now() + 3_600_000) }).where(eq(articles.slug, slug));
    expect(await getPublishedArticle(slug)).toBeNull();
    await getDb().update(articles).set({ publishedAt: new Date(Date.now() - 3_600_000) }).where(eq(articles.slug, slug));
    expect(await getPublishedArticle(slug)).not.toBeNull();
  });

  it("lists newest first, and exposes only the live breaking story", async () => {
    const latest = await listLatestArticles(5);
    const times = latest.map((article) => article.publishedAt);
    expect(times).toEqual([...times].sort().reverse());
    const breaking = await listBreakingArticles();
    expect(breaking.map((article) => article.headline)).toEqual(
      demo.articles.filter((story) => story.breaking && story.status === "published").map((story) => story.headline),
    );
  });

  it("pages through a section", async () => {
    const sectionSize = demo.articles.filter((s) => s.section === "syria" && s.status === "published").length + 1;
    const first = await pageSectionArticles("syria", 1, 3);
    expect(first.pageCount).toBe(Math.ceil(sectionSize / 3));
    const second = await pageSectionArticles("syria", 2, 3);
    expect(second.items[0]?.id).not.toBe(first.items[0]?.id);
    expect(second.items.every((article) => article.section.slug === "syria")).toBe(true);
  });

  it("finds the new slug of a renamed published story", async () => {
    const [row] = await getDb().select({ id: articles.id }).from(articles).where(eq(articles.slug, seedSlug));
    await getDb().insert(articleSlugHistory).values({ slug: "old-slug", articleId: row!.id });
    expect(await findRenamedArticleSlug("old-slug")).toBe(seedSlug);
    expect(await findRenamedArticleSlug("never-existed")).toBeNull();
  });
});
