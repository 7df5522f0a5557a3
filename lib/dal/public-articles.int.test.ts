import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { articles, articleSlugHistory } from "@/db/schema/articles";
import { seedDemoNewsroom } from "@/db/seed";
import demo from "@/db/seed-data/demo-newsroom.json" with { type: "json" };
import seedArticle from "@/db/seed-data/seed-article.json" with { type: "json" };
import { demoPublishedStories } from "@/db/seed-data/published";
import { plainTextOf } from "@/lib/article-document";
import { slugify } from "@/lib/arabic/slugify";
import {
  findRenamedArticleSlug,
  getPublishedArticle,
  findLeadArticle,
  listBreakingArticles,
  listLatestArticles,
  listRelatedArticles,
  pageAuthorArticles,
  pageSectionArticles,
  pageTagArticles,
} from "./public-articles";

const seedSlug = slugify(seedArticle.headline);
const hiddenStories = demo.articles.filter((story) => story.status !== "published");
const publishedCount = demoPublishedStories.length;

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

  it("leads the front page with the newest photographed story, not a newer one without a photo", async () => {
    const [newest] = await listLatestArticles(1);
    await getDb().update(articles).set({ coverImageId: null }).where(eq(articles.id, newest!.id));
    try {
      const newestPhotographed = (await listLatestArticles(1000)).find((article) => article.cover);
      expect(newestPhotographed).toBeDefined();
      expect((await findLeadArticle())?.id).toBe(newestPhotographed!.id);
    } finally {
      await getDb().update(articles).set({ coverImageId: newest!.cover?.imageId ?? null }).where(eq(articles.id, newest!.id));
    }
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

describe("tag, author and related listings", () => {
  const published = demo.articles.filter((story) => story.status === "published");

  it("lists a tag's public stories, newest first", async () => {
    const tagged = published.filter((story) => story.tags.includes("المهرجانات"));
    const page = await pageTagArticles(slugify("المهرجانات"), 1, 50);
    expect(page.items.map((item) => item.headline).sort()).toEqual(tagged.map((story) => story.headline).sort());
    const times = page.items.map((item) => item.publishedAt);
    expect(times).toEqual([...times].sort().reverse());
    expect((await pageTagArticles(slugify("داعش"), 1, 10)).items.map((item) => item.slug)).toEqual([seedSlug]);
  });

  it("lists an author's public stories, co-written ones included, and pages them", async () => {
    const credited = published.filter((story) => story.authors.includes("lina-sabbagh"));
    const first = await pageAuthorArticles("lina-sabbagh", 1, 3);
    expect(first.pageCount).toBe(Math.ceil(credited.length / 3));
    const all = await pageAuthorArticles("lina-sabbagh", 1, 100);
    expect(all.items.map((item) => item.headline).sort()).toEqual(credited.map((story) => story.headline).sort());
    expect((await pageAuthorArticles("nobody", 1, 10)).items).toEqual([]);
  });

  it("relates stories by shared tags first, then by section, never the story itself", async () => {
    const story = published.find((s) => s.tags.includes("المهرجانات") && s.tags.includes("السينما"))!;
    const [row] = await getDb().select({ id: articles.id }).from(articles).where(eq(articles.slug, slugify(story.headline)));
    const related = await listRelatedArticles(row!.id, 4);
    expect(related).toHaveLength(4);
    expect(related.map((item) => item.id)).not.toContain(row!.id);
    const shared = (headline: string) => published.find((s) => s.headline === headline)!.tags.filter((t) => story.tags.includes(t)).length;
    const counts = related.map((item) => shared(item.headline));
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(counts[0]).toBeGreaterThanOrEqual(2);
  });

  it("falls back to the section for a story without shared tags", async () => {
    const [seed] = await getDb().select({ id: articles.id }).from(articles).where(eq(articles.slug, seedSlug));
    const related = await listRelatedArticles(seed!.id, 4);
    expect(related.length).toBe(4);
    expect(related.every((item) => item.section.slug === "syria")).toBe(true);
  });
});
