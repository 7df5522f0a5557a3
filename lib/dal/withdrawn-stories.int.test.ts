import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { articles } from "@/db/schema/articles";
import { users } from "@/db/schema/users";
import { seedDemoNewsroom } from "@/db/seed";
import { insertWireItem } from "@/db/testing/wire-item";
import type { SignedInViewer } from "@/lib/permissions/viewer";
import { transitionArticle } from "./article-workflow";
import { getPublishedArticle } from "./public-articles";
import { loadViewer } from "./users";
import { createStoryFromWire, withdrawStory } from "./wire-stories";
import { getWithdrawalNotice } from "./withdrawn-stories";

let editor: SignedInViewer;
let sectionId: number;

beforeAll(async () => {
  await seedDemoNewsroom(getDb());
  const [row] = await getDb().select({ id: users.id, sv: users.sessionVersion }).from(users).where(eq(users.email, "editor@khabar.test"));
  editor = (await loadViewer({ userId: row!.id, sessionVersion: row!.sv }))!;
  [{ sectionId }] = (await getDb().select({ sectionId: articles.sectionId }).from(articles).limit(1)) as [{ sectionId: number }];
});

async function storyFromWire(headline: string) {
  const { itemId } = await insertWireItem(getDb(), { headline, urgency: 4 });
  const made = await createStoryFromWire(editor, { itemId, sectionId });
  if (!made.outcome.ok) throw new Error(made.outcome.message);
  const [story] = await getDb().select({ slug: articles.slug, version: articles.version }).from(articles).where(eq(articles.id, made.outcome.articleId));
  return { id: made.outcome.articleId, ...story! };
}

async function publish(story: { id: string }) {
  const [{ version }] = (await getDb().select({ version: articles.version }).from(articles).where(eq(articles.id, story.id))) as [{ version: number }];
  const published = await transitionArticle(editor, { articleId: story.id, baseVersion: version, action: "publish" });
  if (!published.outcome.ok) throw new Error(published.outcome.message);
  return published.outcome.slug;
}

describe("a withdrawn story's notice", () => {
  it("says what readers see at the address of a story taken down, and nothing while it is out or before it went out", async () => {
    const story = await storyFromWire("خبر من الوكالة سيُسحب");
    expect(await getWithdrawalNotice(story.slug)).toBeNull();
    const slug = await publish(story);
    expect(await getWithdrawalNotice(slug)).toBeNull();

    const withdrawn = await withdrawStory(editor, { articleId: story.id, note: "سحبت الوكالة الخبر." });
    expect(withdrawn.outcome.ok).toBe(true);
    expect(await getPublishedArticle(slug)).toBeNull();
    expect(await getWithdrawalNotice(slug)).toMatchObject({ headline: "خبر من الوكالة سيُسحب", note: "سحبت الوكالة الخبر." });
  });

  it("is gone once the story is put back on the site", async () => {
    const story = await storyFromWire("خبر سُحب ثم أُعيد");
    const slug = await publish(story);
    await withdrawStory(editor, { articleId: story.id, note: "سُحب خطأً." });
    expect(await getWithdrawalNotice(slug)).not.toBeNull();
    await publish(story);
    expect(await getWithdrawalNotice(slug)).toBeNull();
  });
});
