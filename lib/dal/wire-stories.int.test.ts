import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { articles } from "@/db/schema/articles";
import { articleCorrections } from "@/db/schema/editorial";
import type { UserRole } from "@/db/schema/enums";
import { sections } from "@/db/schema/sections";
import { users } from "@/db/schema/users";
import { wireItems, wireSources } from "@/db/schema/wire";
import { DEMO_ACCOUNTS, seedDemoNewsroom } from "@/db/seed";
import { wireItem } from "@/db/testing/wire-item";
import { plainTextOf } from "@/lib/article-document";
import { ar } from "@/lib/i18n/ar";
import type { SignedInViewer } from "@/lib/permissions/viewer";
import type { WireItem } from "@/lib/wire/wire-item";
import { transitionArticle } from "./article-workflow";
import { storeWireItem } from "./internal/wire-store";
import { getPublishedArticle } from "./public-articles";
import { getWithdrawalNotice } from "./withdrawn-stories";
import { publishDueArticles } from "./scheduled-publishing";
import { loadViewer } from "./users";
import { getWireItem } from "./wire-desk";
import { acknowledgeWireUpdate, createStoryFromWire, getStoryWireState, listWireFlaggedStories, setStoryEmbargo, withdrawStory } from "./wire-stories";

const viewers = {} as Record<UserRole, SignedInViewer>;
let sourceId: number;
let sectionId: number;
const HOUR = 3_600_000;

const store = (item: WireItem) => storeWireItem(getDb(), sourceId, item, "http");
const itemIdOf = async (uri: string) => (await getDb().select({ id: wireItems.id }).from(wireItems).where(eq(wireItems.uri, uri)))[0]!.id;
const storyOf = async (articleId: string) => (await getDb().select().from(articles).where(eq(articles.id, articleId)))[0]!;

/** An item stored and made into a draft by the editor: the draft's id and version. */
async function draftFrom(item: WireItem, viewer = viewers.editor) {
  await store(item);
  const { outcome } = await createStoryFromWire(viewer, { itemId: await itemIdOf(item.uri), sectionId });
  if (!outcome.ok) throw new Error(outcome.message);
  return { articleId: outcome.articleId, version: outcome.version };
}

const publish = (draft: { articleId: string; version: number }, now?: Date) =>
  transitionArticle(viewers.editor, { articleId: draft.articleId, baseVersion: draft.version, action: "publish" }, now).then((result) => result.outcome);
const schedule = (draft: { articleId: string; version: number }, scheduledFor: Date, now?: Date) =>
  transitionArticle(viewers.editor, { articleId: draft.articleId, baseVersion: draft.version, action: "schedule", scheduledFor }, now).then((result) => result.outcome);

beforeAll(async () => {
  await seedDemoNewsroom(getDb());
  for (const account of DEMO_ACCOUNTS) {
    const [row] = await getDb().select({ id: users.id, sv: users.sessionVersion }).from(users).where(eq(users.email, account.email));
    viewers[account.role] = (await loadViewer({ userId: row!.id, sessionVersion: row!.sv }))!;
  }
  sourceId = (await getDb().insert(wireSources).values({ slug: "story-agency", name: "وكالة القصص", attribution: "و ق" }).returning())[0]!.id;
  sectionId = (await getDb().select({ id: sections.id }).from(sections).limit(1))[0]!.id;
});

describe("using an agency item as a draft", () => {
  it("prefills headline, dateline, attribution and body, links the story to the item, and counts the item as used", async () => {
    const item = wireItem({ located: "حلب" });
    const draft = await draftFrom(item, viewers.writer);
    const story = await storyOf(draft.articleId);
    expect(story).toMatchObject({ status: "draft", headline: item.headline, dateline: "حلب (و ق)", source: "و ق", wireVersion: 1, createdBy: viewers.writer.id });
    expect(plainTextOf(story.body)).toContain("نهر العاصي");
    const detail = (await getWireItem(viewers.editor, await itemIdOf(item.uri)))!;
    expect(detail.stories).toEqual([{ id: draft.articleId, headline: item.headline, status: "draft", wireVersion: 1 }]);
  });

  it("refuses an item the agency killed", async () => {
    const item = wireItem({ pubStatus: "canceled", editorNote: "سحب الخبر: خطأ في المصدر" });
    await store(item);
    const { outcome } = await createStoryFromWire(viewers.editor, { itemId: await itemIdOf(item.uri), sectionId });
    expect(outcome).toMatchObject({ ok: false, message: ar.wire.errors.itemWithdrawn });
  });

  it("is for the newsroom only", async () => {
    const item = wireItem();
    await store(item);
    await expect(createStoryFromWire(viewers.reader, { itemId: await itemIdOf(item.uri), sectionId })).rejects.toMatchObject({ reason: "forbidden" });
    await expect(createStoryFromWire(viewers.moderator, { itemId: await itemIdOf(item.uri), sectionId })).rejects.toMatchObject({ reason: "forbidden" });
  });
});

describe("an embargo", () => {
  it("refuses publishing before the agency's embargo, and scheduling before it, and allows scheduling at it", async () => {
    const now = new Date();
    const embargo = new Date(now.getTime() + 2 * HOUR);
    const draft = await draftFrom(wireItem({ embargoedUntil: embargo }));
    expect(await publish(draft, now)).toMatchObject({ ok: false, kind: "refused" });
    expect(await schedule(draft, new Date(embargo.getTime() - HOUR / 2), now)).toMatchObject({ ok: false, fieldErrors: { scheduledFor: [expect.stringContaining("محظور النشر")] } });
    expect(await schedule(draft, embargo, now)).toMatchObject({ ok: true, status: "scheduled" });
    const later = new Date(embargo.getTime() + HOUR);
    expect((await setStoryEmbargo(viewers.editor, { articleId: draft.articleId, until: later })).outcome).toMatchObject({ ok: false, message: ar.wire.errors.scheduledBeforeEmbargo });
  });

  it("holds a scheduled story past its time when the agency moves the embargo later, and lets it out once lifted", async () => {
    const now = new Date();
    const item = wireItem({ embargoedUntil: new Date(now.getTime() + HOUR) });
    const draft = await draftFrom(item);
    const at = new Date(now.getTime() + HOUR);
    expect(await schedule(draft, at, now)).toMatchObject({ ok: true });
    await store({ ...item, version: 2, embargoedUntil: new Date(now.getTime() + 3 * HOUR) });
    await publishDueArticles(new Date(now.getTime() + 2 * HOUR));
    expect((await storyOf(draft.articleId)).status).toBe("scheduled");
    await publishDueArticles(new Date(now.getTime() + 3 * HOUR + 1_000));
    expect((await storyOf(draft.articleId)).status).toBe("published");
  });

  it("of the desk's own holds a story until lifted, and only for those who may edit it", async () => {
    const draft = await draftFrom(wireItem());
    const until = new Date(Date.now() + 5 * HOUR);
    expect((await setStoryEmbargo(viewers.editor, { articleId: draft.articleId, until })).outcome).toMatchObject({ ok: true });
    await expect(setStoryEmbargo(viewers.writer, { articleId: draft.articleId, until: null })).rejects.toMatchObject({ reason: "forbidden" });
    expect(await publish(draft)).toMatchObject({ ok: false, message: expect.stringContaining("محظور النشر") });
    expect((await getStoryWireState(viewers.editor, draft.articleId))!.embargoedUntil).toBe(until.toISOString());
    await setStoryEmbargo(viewers.editor, { articleId: draft.articleId, until: null });
    expect(await publish(draft)).toMatchObject({ ok: true, status: "published" });
  });
});

describe("a later version of the item", () => {
  it("flags the story with what changed until someone has read it", async () => {
    const item = wireItem();
    const draft = await draftFrom(item);
    await store({ ...item, version: 2, headline: "حصيلة جديدة: ارتفاع منسوب العاصي يغمر أراضي", editorNote: "تحديث: ارتفاع المنسوب" });
    const flagged = await listWireFlaggedStories(viewers.editor);
    expect(flagged.find((story) => story.id === draft.articleId)).toMatchObject({ reason: "updated", agency: "وكالة القصص" });
    const state = (await getStoryWireState(viewers.editor, draft.articleId))!;
    expect(state).toMatchObject({ takenVersion: 1, latestVersion: 2, pubStatus: "usable" });
    expect([state.taken!.headline, state.latest.headline]).toEqual([item.headline, "حصيلة جديدة: ارتفاع منسوب العاصي يغمر أراضي"]);
    // Version 3 arrives while the editor reads version 2: reading 2 leaves the story flagged for 3.
    await store({ ...item, version: 3, headline: "حصيلة أحدث" });
    await acknowledgeWireUpdate(viewers.editor, draft.articleId, 2);
    expect((await getStoryWireState(viewers.editor, draft.articleId))!.takenVersion).toBe(2);
    expect((await listWireFlaggedStories(viewers.editor)).map((story) => story.id)).toContain(draft.articleId);
    await acknowledgeWireUpdate(viewers.editor, draft.articleId, 3);
    expect((await listWireFlaggedStories(viewers.editor)).map((story) => story.id)).not.toContain(draft.articleId);
  });

  it("shows a writer the flag on a story of their own", async () => {
    const item = wireItem();
    const draft = await draftFrom(item, viewers.writer);
    await store({ ...item, version: 2 });
    expect((await listWireFlaggedStories(viewers.writer)).map((story) => story.id)).toContain(draft.articleId);
  });
});

describe("a kill", () => {
  it("flags every story made from the item, refuses publishing them, and one action takes a published one down with a notice", async () => {
    const item = wireItem({ headline: "خبر ستسحبه الوكالة عن انهيار جسر" });
    const published = await draftFrom(item);
    expect(await publish(published)).toMatchObject({ ok: true });
    const slug = (await storyOf(published.articleId)).slug;
    const unpublished = await draftFrom(item);
    await store({ ...item, version: 2, pubStatus: "canceled", editorNote: "سحب الخبر: المعلومات غير دقيقة" });

    const flagged = (await listWireFlaggedStories(viewers.editor)).filter((story) => story.reason === "withdrawn").map((story) => story.id);
    expect(flagged).toEqual(expect.arrayContaining([published.articleId, unpublished.articleId]));
    expect(await publish({ ...unpublished, version: (await storyOf(unpublished.articleId)).version })).toMatchObject({
      ok: false,
      message: expect.stringContaining("سحب الخبر: المعلومات غير دقيقة"),
    });

    await expect(withdrawStory(viewers.writer, { articleId: published.articleId, note: "سُحب" })).rejects.toMatchObject({ reason: "forbidden" });
    const { outcome, invalidate } = await withdrawStory(viewers.editor, { articleId: published.articleId, note: "سُحب هذا الخبر لأن الوكالة سحبته." });
    expect(outcome).toMatchObject({ ok: true });
    expect(invalidate.length).toBeGreaterThan(0);
    expect(await getPublishedArticle(slug)).toBeNull();
    const corrections = await getDb().select().from(articleCorrections).where(eq(articleCorrections.articleId, published.articleId));
    expect(corrections).toMatchObject([{ type: "withdrawal", note: "سُحب هذا الخبر لأن الوكالة سحبته." }]);
    expect((await listWireFlaggedStories(viewers.editor)).map((story) => story.id)).not.toContain(published.articleId);
    expect(await getWithdrawalNotice(slug)).toMatchObject({ headline: item.headline, note: "سُحب هذا الخبر لأن الوكالة سحبته." });
    expect((await getStoryWireState(viewers.editor, published.articleId))!.withdrawn).toBe(true);
  });

  it("flags a story again when the agency restores the item, the desk republishes, and the agency kills it once more", async () => {
    const item = wireItem({ headline: "خبر تسحبه الوكالة مرتين" });
    const story = await draftFrom(item);
    await publish(story);
    await store({ ...item, version: 2, pubStatus: "canceled", editorNote: "سحب" });
    await withdrawStory(viewers.editor, { articleId: story.articleId, note: "سُحب." });
    // A colleague retitles the draft: the notice keeps the headline readers saw.
    await getDb().update(articles).set({ headline: "عنوان لم يُنشر" }).where(eq(articles.id, story.articleId));
    expect((await getWithdrawalNotice((await storyOf(story.articleId)).slug))!.headline).toBe(item.headline);

    await store({ ...item, version: 3, pubStatus: "usable", editorNote: "أعيد الخبر" });
    await acknowledgeWireUpdate(viewers.editor, story.articleId, 3);
    expect(await publish({ articleId: story.articleId, version: (await storyOf(story.articleId)).version })).toMatchObject({ ok: true });
    expect(await getWithdrawalNotice((await storyOf(story.articleId)).slug)).toBeNull();
    await store({ ...item, version: 4, pubStatus: "canceled", editorNote: "سحب نهائي" });
    expect((await listWireFlaggedStories(viewers.editor)).filter((flag) => flag.reason === "withdrawn").map((flag) => flag.id)).toContain(story.articleId);
  });
});
