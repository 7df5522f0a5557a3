import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { articles } from "@/db/schema/articles";
import { articleSearch } from "@/db/schema/search";
import { sections } from "@/db/schema/sections";
import { reindexArticle, reindexArticles } from "./internal/search-index";
import { seedDemoNewsroom } from "@/db/seed";
import demo from "@/db/seed-data/demo-newsroom.json" with { type: "json" };
import seedArticle from "@/db/seed-data/seed-article.json" with { type: "json" };
import { documentFromParagraphs } from "@/lib/article-document";
import { slugify } from "@/lib/arabic/slugify";
import { ARTICLE_LIMITS } from "@/lib/editorial/limits";
import { EXACTLY_RANKED, MAX_RESULTS, searchArticles, searchSuggestions } from "./search";

const DAY = 86_400_000;
const seedSlug = slugify(seedArticle.headline);

async function addStory(story: {
  slug: string;
  headline: string;
  body: string;
  dek?: string;
  section?: string;
  daysAgo: number;
  status?: "published" | "draft";
}) {
  const [section] = await getDb().select({ id: sections.id }).from(sections).where(eq(sections.slug, story.section ?? "culture"));
  const [row] = await getDb()
    .insert(articles)
    .values({
      slug: story.slug,
      sectionId: section!.id,
      status: story.status ?? "published",
      headline: story.headline,
      dek: story.dek ?? "",
      body: documentFromParagraphs([story.body]),
      publishedAt: new Date(Date.now() - story.daysAgo * DAY),
    })
    .returning({ id: articles.id });
  await reindexArticle(getDb(), row!.id);
}

const marked = (parts: { text: string; match: boolean }[]) => parts.filter((p) => p.match).map((p) => p.text);

beforeAll(async () => {
  await seedDemoNewsroom(getDb());
  await addStory({ slug: "body-hit", headline: "أمسية موسيقية في الحي القديم", body: "عزفت الفرقة على آلة القانون القديمة ألحانًا تراثية.", daysAgo: 1 });
  await addStory({ slug: "headline-hit", headline: "القانون يعود إلى المسرح", body: "أمسية طويلة في المدينة.", daysAgo: 40 });
  await addStory({ slug: "older-twin", headline: "مهرجان الزيتون السنوي", body: "يحتفل المزارعون بموسم الزيتون.", daysAgo: 20 });
  await addStory({ slug: "newer-twin", headline: "مهرجان الزيتون السنوي", body: "يحتفل المزارعون بموسم الزيتون.", daysAgo: 2 });
  await addStory({ slug: "hidden-draft", headline: "مسودة عن السنجاب الطائر", body: "نص لم ينشر.", daysAgo: 1, status: "draft" });
  for (let i = 0; i < 7; i++) {
    await addStory({ slug: `paged-${i}`, headline: `تقرير الفسيفساء رقم ${i}`, body: "الفسيفساء فن قديم.", daysAgo: 3 + i, section: i % 2 ? "culture" : "economy" });
  }
});

describe("searchArticles", () => {
  it("finds the seed story whatever spelling the reader uses, and marks the words as written", async () => {
    for (const query of ["عنصرا", "عنصرًا", "يذكرنا", "داعـــش", "الارهاب", "سورية", "قوات النظام"]) {
      const results = await searchArticles(query, {}, 1, 10);
      expect(results.items.map((item) => item.slug), query).toContain(seedSlug);
    }
    const hit = (await searchArticles("عنصرا", {}, 1, 10)).items.find((item) => item.slug === seedSlug)!;
    expect(marked(hit.headlineParts)).toEqual(["عنصرا"]);
    expect(marked(hit.snippet)).toContain("عنصرًا");
    const stretched = (await searchArticles("داعـــش", {}, 1, 10)).items.find((item) => item.slug === seedSlug)!;
    expect(marked(stretched.headlineParts)).toEqual(["داعش"]);
  });

  it("matches the word being typed as a prefix", async () => {
    const results = await searchArticles("هجوم داع", {}, 1, 10);
    expect(results.items[0]?.slug).toBe(seedSlug);
    expect(marked(results.items[0]!.headlineParts)).toEqual(["بهجوم", "داعش"]);
  });

  it("ranks a headline match above a newer body match", async () => {
    const results = await searchArticles("القانون", {}, 1, 10);
    const slugs = results.items.map((item) => item.slug);
    expect(slugs.indexOf("headline-hit")).toBeGreaterThanOrEqual(0);
    expect(slugs.indexOf("headline-hit")).toBeLessThan(slugs.indexOf("body-hit"));
  });

  it("puts the newer of two equal matches first", async () => {
    const results = await searchArticles("الزيتون", {}, 1, 10);
    expect(results.items.map((item) => item.slug).slice(0, 2)).toEqual(["newer-twin", "older-twin"]);
  });

  it("indexes a story whose headline and dek are as long as allowed, every word different", async () => {
    // The recency index carries each headline's vector (migration 0017); a btree row has a size limit.
    const letters = "بتثجحخدذرزسشصضطظعغفقكلمنهي";
    const words = Array.from({ length: 120 }, (_, i) => `${letters[i % 26]}${letters[Math.floor(i / 26)]}ا${letters[(i * 7) % 26]}`);
    const headline = words.slice(0, 40).join(" ").slice(0, ARTICLE_LIMITS.headline);
    const dek = words.slice(40).join(" ").slice(0, ARTICLE_LIMITS.dek);
    await addStory({ slug: "longest-headline", headline, dek, body: "نص قصير.", daysAgo: 1 });
    const results = await searchArticles(words[38]!, {}, 1, 10);
    expect(results.items.map((item) => item.slug)).toEqual(["longest-headline"]);
  });

  it("never returns stories that are not public", async () => {
    expect((await searchArticles("السنجاب", {}, 1, 10)).total).toBe(0);
    for (const story of demo.articles.filter((s) => s.status !== "published")) {
      const results = await searchArticles(story.headline, {}, 1, 50);
      expect(results.items.map((item) => item.slug)).not.toContain(slugify(story.headline));
    }
  });

  it("filters by section and by date range", async () => {
    const economy = await searchArticles("الفسيفساء", { section: "economy" }, 1, 10);
    expect(economy.total).toBe(4);
    expect(economy.items.every((item) => item.section.slug === "economy")).toBe(true);

    const day = (daysAgo: number) => new Date(Date.now() - daysAgo * DAY).toISOString().slice(0, 10);
    const recent = await searchArticles("الفسيفساء", { from: day(5), to: day(0) }, 1, 10);
    const recentSlugs = recent.items.map((item) => item.slug);
    expect(recentSlugs).toContain("paged-0");
    expect(recentSlugs).not.toContain("paged-6");
    expect((await searchArticles("الفسيفساء", { from: day(-1) }, 1, 10)).total).toBe(0);
  });

  it("pages through the results", async () => {
    const first = await searchArticles("الفسيفساء", {}, 1, 3);
    const third = await searchArticles("الفسيفساء", {}, 3, 3);
    expect(first.total).toBe(7);
    expect(first.pageCount).toBe(3);
    expect(third.items).toHaveLength(1);
    const all = [...first.items, ...(await searchArticles("الفسيفساء", {}, 2, 3)).items, ...third.items];
    expect(new Set(all.map((item) => item.slug)).size).toBe(7);
    const past = await searchArticles("الفسيفساء", {}, 9, 3);
    expect(past).toMatchObject({ items: [], total: 7, pageCount: 3 });
  });

  it.each([
    ["empty", ""],
    ["blank", "   \n\t"],
    ["very long", "داعش ".repeat(200)],
    ["a thousand letters", "ش".repeat(1000)],
    ["punctuation only", "!!! ؟؟ ... «» ، ؛"],
    ["tsquery syntax", "&|!():* <-> ''"],
    ["tsquery syntax around words", "داعش:* & !(سوريا | 'x') <2> y"],
    ["SQL", "'; drop table articles; --"],
    ["control characters", "\u0000\u0001داعش\u202E"],
    ["a lone surrogate", "\uD800داعش"],
  ])("answers a %s query without failing", async (_, query) => {
    const results = await searchArticles(query, {}, 1, 10);
    expect(Array.isArray(results.items)).toBe(true);
    expect(results.pageCount).toBeGreaterThanOrEqual(1);
    await expect(searchSuggestions(query, { section: "syria" })).resolves.toBeDefined();
  });

  it("suggests dropping filters or words when nothing matches", async () => {
    const filtered = await searchArticles("الفسيفساء", { section: "sports" }, 1, 10);
    expect(filtered.total).toBe(0);
    expect((await searchSuggestions("الفسيفساء", { section: "sports" })).withoutFilters).toBe(7);

    expect((await searchArticles("الفسيفساء السنجاب ", {}, 1, 10)).total).toBe(0);
    expect((await searchSuggestions("الفسيفساء السنجاب ", {})).singleWords).toEqual([{ word: "الفسيفساء", count: 7 }]);
  });

  it("keeps the index in step when an article is edited", async () => {
    const [row] = await getDb().select({ id: articles.id }).from(articles).where(eq(articles.slug, "older-twin"));
    await getDb().update(articles).set({ headline: "مهرجان البرتقال" }).where(eq(articles.id, row!.id));
    await reindexArticle(getDb(), row!.id);
    expect((await searchArticles("البرتقال", {}, 1, 10)).items.map((item) => item.slug)).toEqual(["older-twin"]);
    const [indexed] = await getDb().select().from(articleSearch).where(eq(articleSearch.articleId, row!.id));
    expect(indexed?.headline).toBe("مهرجان البرتقال");
  });

  it("never shows a story the index still believes public", async () => {
    await getDb().update(articles).set({ status: "draft" }).where(eq(articles.slug, "newer-twin"));
    const hidden = await searchArticles("الزيتون", {}, 1, 10);
    expect(hidden.items.map((item) => item.slug)).not.toContain("newer-twin");
    expect(hidden.total).toBe(hidden.items.length);
    await getDb().update(articles).set({ status: "published" }).where(eq(articles.slug, "newer-twin"));
    expect((await searchArticles("الزيتون", {}, 1, 10)).items.map((item) => item.slug)).toContain("newer-twin");
  });

  it("leaves body matches past the headline matches that fill the first pages, and still counts them", async () => {
    const [section] = await getDb().select({ id: sections.id }).from(sections).where(eq(sections.slug, "economy"));
    const headlineMatches = EXACTLY_RANKED + 5;
    const inserted = await getDb()
      .insert(articles)
      .values([
        ...Array.from({ length: headlineMatches }, (_, i) => ({
          slug: `chestnut-${i}`,
          sectionId: section!.id,
          status: "published" as const,
          headline: `موسم الكستناء ${i}`,
          body: documentFromParagraphs(["حصاد الخريف."]),
          publishedAt: new Date(Date.now() - (i + 2) * 3_600_000),
        })),
        {
          slug: "chestnut-in-body",
          sectionId: section!.id,
          status: "published" as const,
          headline: "أسواق الخريف",
          body: documentFromParagraphs(["باعة الكستناء في الأسواق."]),
          publishedAt: new Date(Date.now() - 3_600_000),
        },
      ])
      .returning({ id: articles.id });
    await reindexArticles(getDb(), inserted.map((row) => row.id));

    const first = await searchArticles("الكستناء", {}, 1, 10);
    expect(first.total).toBe(headlineMatches + 1);
    expect(first.items.map((item) => item.slug)).not.toContain("chestnut-in-body");
    const last = await searchArticles("الكستناء", {}, first.pageCount, 10);
    expect(last.items.at(-1)?.slug).toBe("chestnut-in-body");
  });

  it("counts up to a thousand results and pages past the exactly ranked ones without repeats", async () => {
    const [section] = await getDb().select({ id: sections.id }).from(sections).where(eq(sections.slug, "economy"));
    const inserted = await getDb()
      .insert(articles)
      .values(
        Array.from({ length: MAX_RESULTS + 5 }, (_, i) => ({
          slug: `acorn-${i}`,
          sectionId: section!.id,
          status: "published" as const,
          headline: i === 700 ? "البلوط في العنوان" : `تقرير زراعي ${i}`,
          body: documentFromParagraphs([`ثمار البلوط في الغابة ${i}`]),
          publishedAt: new Date(Date.now() - (i + 1) * 3_600_000),
        })),
      )
      .returning({ id: articles.id });
    await reindexArticles(getDb(), inserted.map((row) => row.id));

    const first = await searchArticles("البلوط", {}, 1, 10);
    expect(first).toMatchObject({ total: MAX_RESULTS, capped: true, pageCount: MAX_RESULTS / 10 });
    expect(first.items[0]?.slug).toBe("acorn-700");
    expect(first.items[1]?.slug).toBe("acorn-0");

    const size = 25;
    const boundary = EXACTLY_RANKED / size;
    const seen = new Set<string>();
    for (let page = boundary - 1; page <= boundary + 2; page++) {
      const { items } = await searchArticles("البلوط", {}, page, size);
      expect(items).toHaveLength(size);
      for (const item of items) {
        expect(seen.has(item.slug), item.slug).toBe(false);
        seen.add(item.slug);
      }
    }
    const last = await searchArticles("البلوط", {}, MAX_RESULTS / 10, 10);
    expect(last.items).toHaveLength(10);
  });
});
