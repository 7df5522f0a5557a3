import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";
import demo from "@/db/seed-data/demo-newsroom.json" with { type: "json" };
import seedArticle from "@/db/seed-data/seed-article.json" with { type: "json" };
import { demoPublishedStories } from "@/db/seed-data/published";
import { slugify } from "@/lib/arabic/slugify";
import { articlePath } from "@/lib/routes";

export const seedStory = {
  headline: seedArticle.headline,
  paragraphs: seedArticle.paragraphs,
  path: articlePath(slugify(seedArticle.headline)),
};

export const hiddenStories = demo.articles
  .filter((story) => story.status !== "published")
  .map((story) => ({ status: story.status, path: articlePath(slugify(story.headline)) }));

/** Every story the seed publishes (the seed story included), as a reader or a crawler should see them. */
export const publishedStories = demoPublishedStories.map((story) => ({ ...story, path: articlePath(slugify(story.headline)) }));

export const breakingStory = demo.articles.find((story) => story.breaking && story.status === "published")!;

export async function expectNoSeriousA11yViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  const serious = violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.length})`);
  expect(serious).toEqual([]);
}

export async function expectArabicNotFound(page: Page) {
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("الصفحة غير موجودة");
}
