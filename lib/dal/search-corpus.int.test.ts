import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { articles } from "@/db/schema/articles";
import { articleSearch, searchSynonyms } from "@/db/schema/search";
import { sections } from "@/db/schema/sections";
import { indexUnindexedArticles, reindexArticles } from "./internal/search-index";
import { seedDemoNewsroom } from "@/db/seed";
import { documentFromParagraphs } from "@/lib/article-document";
import { SEARCH_FORM_VERSION } from "@/lib/search/document";
import { searchWord } from "@/lib/search/search-form";
import { corpusMisspellings, corpusQueries, corpusStories, corpusSynonyms } from "@/lib/search/search-corpus";
import { searchArticles, searchCorrection } from "./search";

// The public search corpus (lib/search/search-corpus.ts), run in full on every database.

const slugsFound = async (query: string) => (await searchArticles(query, {}, 1, 10)).items.map((item) => item.slug);

beforeAll(async () => {
  await seedDemoNewsroom(getDb());
  const [section] = await getDb().select({ id: sections.id }).from(sections).limit(1);
  const rows = await getDb()
    .insert(articles)
    .values(
      corpusStories.map((story, index) => ({
        slug: story.slug,
        sectionId: section!.id,
        status: "published" as const,
        headline: story.headline,
        dek: "",
        body: documentFromParagraphs([story.body]),
        publishedAt: new Date(Date.now() - (index + 1) * 3_600_000),
      })),
    )
    .returning({ id: articles.id });
  await reindexArticles(getDb(), rows.map((row) => row.id));
  const groups = new Map(corpusSynonyms.map(([spellings]) => [spellings.join("|"), spellings]));
  for (const spellings of groups.values()) {
    await getDb().insert(searchSynonyms).values({ spellings, forms: spellings.map(searchWord) });
  }
});

describe("search corpus", () => {
  it.each(corpusQueries)("%s finds %s (%s)", async (query, slug) => {
    expect(await slugsFound(query)).toContain(slug);
  });

  it.each(corpusMisspellings)("%s offers %s, which finds %s", async (typed, corrected, slug) => {
    const found = (await searchArticles(typed, {}, 1, 10)).total;
    const correction = await searchCorrection(typed, {}, found);
    expect(correction?.query).toBe(corrected);
    expect(await slugsFound(correction!.query)).toContain(slug);
  });

  it.each(corpusSynonyms)("with %j declared synonyms, %s finds %s", async (_spellings, query, slug) => {
    expect(await slugsFound(query)).toContain(slug);
  });

  it("offers nothing for a query that finds enough", async () => {
    expect(await searchCorrection("داعش", {}, 5)).toBeNull();
  });

  it("rewrites a row indexed in an older search form when asked to index what is stale", async () => {
    const [row] = await getDb().select({ id: articles.id }).from(articles).where(eq(articles.slug, "corpus-isis"));
    await getDb().update(articleSearch).set({ formVersion: 0, body: "" }).where(eq(articleSearch.articleId, row!.id));
    expect(await indexUnindexedArticles(getDb())).toBe(1);
    const [indexed] = await getDb().select({ version: articleSearch.formVersion }).from(articleSearch).where(eq(articleSearch.articleId, row!.id));
    expect(indexed?.version).toBe(SEARCH_FORM_VERSION);
    expect(await slugsFound("هدفان")).toContain("corpus-isis");
  });
});
