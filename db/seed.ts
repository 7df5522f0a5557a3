import { eq, inArray, sql } from "drizzle-orm";
import { z } from "zod";
import { documentFromParagraphs, type ArticleImageAttrs } from "@/lib/article-document";
import { hashPassword } from "@/lib/passwords";
import { slugify } from "@/lib/arabic/slugify";
import type { Database } from "./client";
import { articleAuthors, articles, articleTags, tags } from "./schema/articles";
import { reindexArticle } from "@/lib/dal/internal/search-index";
import { SCENES } from "./seed-art";
import { demoCommentMode, seedDemoComments } from "./seed-comments";
import { storePictures } from "./seed-images";
import type { AddressForm, ArticleStatus, UserRole } from "./schema/enums";
import { sections } from "./schema/sections";
import { users } from "./schema/users";
import demoNewsroom from "./seed-data/demo-newsroom.json" with { type: "json" };
import demoLive from "./seed-data/demo-live.json" with { type: "json" };
import seedArticle from "./seed-data/seed-article.json" with { type: "json" };
import { demoLiveUpdatesSchema, seedLiveUpdates } from "./seed-live";
import { seedWireFeed } from "./seed-wire";

const HOUR = 60 * 60 * 1000;

const demoArticleSchema = z.object({
  headline: z.string(),
  kicker: z.string(),
  dek: z.string(),
  section: z.string(),
  authors: z.array(z.string()).min(1),
  tags: z.array(z.string()),
  paragraphs: z.array(z.string()).min(1),
  hoursAgo: z.number(),
  updatedHoursAfter: z.number().optional(),
  status: z.enum(["published", "draft", "scheduled", "in_review"]),
  breaking: z.boolean().optional(),
  // The lead picture, drawn at seed time (db/seed-art.ts).
  image: z.object({ scene: z.enum(SCENES), alt: z.string().min(1), caption: z.string() }),
});

const demoSchema = z.object({
  sections: z.array(z.object({ slug: z.string(), name: z.string(), description: z.string() })),
  authors: z.array(z.object({ slug: z.string(), name: z.string(), email: z.email(), bio: z.string() })),
  articles: z.array(demoArticleSchema),
});

type DemoArticle = z.infer<typeof demoArticleSchema>;

const demoLiveSchema = z.object({ story: demoArticleSchema.omit({ status: true }), updates: demoLiveUpdatesSchema });

// The sample story the product was built from: its headline and paragraphs are loaded
// byte for byte, typos included. Its trailing "تعليق" is the comment-thread link, not body text.
// The lead picture is ours; it changes none of the story's text.
const SEED_STORY: DemoArticle = {
  headline: seedArticle.headline,
  kicker: "",
  dek: "",
  section: "syria",
  authors: ["newsdesk"],
  tags: ["داعش", "سوريا"],
  paragraphs: seedArticle.paragraphs,
  hoursAgo: 3,
  status: "published",
  image: {
    scene: "desert-border",
    alt: "برج مراقبة وسياج على أرض صحراوية عند الغروب",
    caption: "منطقة حدودية في البادية السورية",
  },
};

const NEWSDESK = {
  slug: "newsdesk",
  name: "هيئة التحرير",
  email: "newsdesk@khabar.test",
  bio: "فريق التحرير في خبر: متابعة الأخبار العاجلة وتدقيقها على مدار الساعة.",
};

/** The one password of the demo accounts, documented in the README. Demo data only. */
export const DEMO_PASSWORD = "khabar-demo-2026";

export const DEMO_ACCOUNTS: { role: UserRole; email: string; displayName: string; addressedAs: AddressForm }[] = [
  { role: "admin", email: "admin@khabar.test", displayName: "سلمى المديرة", addressedAs: "feminine" },
  { role: "editor", email: "editor@khabar.test", displayName: "كريم المحرر", addressedAs: "masculine" },
  { role: "writer", email: "writer@khabar.test", displayName: "ليلى الكاتبة", addressedAs: "feminine" },
  { role: "moderator", email: "moderator@khabar.test", displayName: "عمر المشرف", addressedAs: "masculine" },
  { role: "reader", email: "reader@khabar.test", displayName: "هدى القارئة", addressedAs: "feminine" },
];

/** Loads the demo newsroom. Idempotent: rows that exist (by slug or email) are left as they are. */
export async function seedDemoNewsroom(db: Database, now = new Date()) {
  const demo = demoSchema.parse(demoNewsroom);
  const live = demoLiveSchema.parse(demoLive);
  const liveStory: DemoArticle = { ...live.story, status: "published" };

  await db
    .insert(sections)
    .values(demo.sections.map((section, position) => ({ ...section, position })))
    .onConflictDoNothing({ target: sections.slug });

  await db
    .insert(users)
    .values(
      [NEWSDESK, ...demo.authors].map((author) => ({
        email: author.email,
        displayName: author.name,
        slug: author.slug,
        bio: author.bio,
        role: "writer" as const,
        isOrganization: author === NEWSDESK,
      })),
    )
    .onConflictDoNothing();

  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await db
    .insert(users)
    .values(DEMO_ACCOUNTS.map((account) => ({ ...account, passwordHash, emailVerifiedAt: new Date() })))
    .onConflictDoNothing();

  const sectionIds = new Map(
    (await db.select({ id: sections.id, slug: sections.slug }).from(sections)).map((s) => [s.slug, s.id]),
  );
  const authorIds = new Map(
    (await db.select({ id: users.id, slug: users.slug }).from(users)).map((u) => [u.slug, u.id]),
  );

  // Pictures are drawn only for stories not seeded yet, so that a second run stores none.
  const stories = [SEED_STORY, liveStory, ...demo.articles];
  const seeded = new Set(
    (await db.select({ slug: articles.slug }).from(articles).where(inArray(articles.slug, stories.map((story) => slugify(story.headline))))).map(
      (row) => row.slug,
    ),
  );
  const missing = stories.filter((story) => !seeded.has(slugify(story.headline)));
  const covers = await storePictures(db, missing.map((story) => ({ seedText: story.headline, picture: story.image })));
  for (const story of missing) {
    await insertStory(db, story, now, sectionIds, authorIds, covers.get(story.headline) ?? null);
  }
  await seedLiveUpdates(db, slugify(liveStory.headline), live.updates, now, authorIds);
  await seedDemoComments(db, SEED_STORY.headline, "moderator@khabar.test");
  await seedWireFeed(db, now);
}

async function insertStory(
  db: Database,
  story: DemoArticle,
  now: Date,
  sectionIds: Map<string, number>,
  authorIds: Map<string | null, string>,
  cover: ArticleImageAttrs | null,
) {
  const sectionId = sectionIds.get(story.section);
  if (sectionId === undefined) throw new Error(`Unknown section in seed: ${story.section}`);
  const publishedAt = new Date(now.getTime() - story.hoursAgo * HOUR);
  const isDated = story.status === "published" || story.status === "scheduled";
  const firstAuthor = authorIds.get(story.authors[0]!) ?? null;

  const updatedAt = story.updatedHoursAfter === undefined ? null : new Date(publishedAt.getTime() + story.updatedHoursAfter * HOUR);
  const createdAt = isDated && publishedAt < now ? publishedAt : now;
  const articleSlug = slugify(story.headline);
  await db.transaction(async (tx) => {
    // Seeding again adds nothing: a story already there by its slug is left as it is (drafts
    // share slugs freely, so no unique index can say so).
    const [existing] = await tx.select({ id: articles.id }).from(articles).where(eq(articles.slug, articleSlug)).limit(1);
    if (existing) return;
    const [inserted] = await tx
      .insert(articles)
      .values({
        slug: articleSlug,
        sectionId,
        status: story.status as ArticleStatus,
        kicker: story.kicker,
        headline: story.headline,
        dek: story.dek,
        body: documentFromParagraphs(story.paragraphs),
        isBreaking: story.breaking ?? false,
        coverImageId: cover?.imageId ?? null,
        coverAlt: cover?.alt ?? "",
        coverCaption: cover?.caption ?? "",
        coverCredit: cover?.credit ?? "",
        commentMode: demoCommentMode(story.headline),
        publishedAt: isDated ? publishedAt : null,
        updatedAt,
        createdAt,
        modifiedAt: updatedAt ?? createdAt,
        scheduledFor: story.status === "scheduled" ? publishedAt : null,
        createdBy: firstAuthor,
        modifiedBy: firstAuthor,
      })
      .returning({ id: articles.id });
    if (!inserted) return;

    await tx.insert(articleAuthors).values(
      story.authors.map((slug, position) => {
        const userId = authorIds.get(slug);
        if (!userId) throw new Error(`Unknown author in seed: ${slug}`);
        return { articleId: inserted.id, userId, position };
      }),
    );

    if (story.tags.length > 0) {
      await tx
        .insert(tags)
        .values(story.tags.map((name) => ({ name, slug: slugify(name) })))
        .onConflictDoNothing();
      const tagRows = await tx.select({ id: tags.id }).from(tags).where(inArray(tags.name, story.tags));
      await tx.insert(articleTags).values(tagRows.map((tag) => ({ articleId: inserted.id, tagId: tag.id })));
    }
    await reindexArticle(tx, inserted.id);
  });
}

export async function isDatabaseEmpty(db: Database) {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(articles);
  return (row?.n ?? 0) === 0;
}
