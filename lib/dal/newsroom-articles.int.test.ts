import { and, eq } from "drizzle-orm";
import sharp from "sharp";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { getDb } from "@/db";
import { articles } from "@/db/schema/articles";
import { articleEvents, articlePresence, articleRevisions } from "@/db/schema/editorial";
import type { UserRole } from "@/db/schema/enums";
import { users } from "@/db/schema/users";
import { DEMO_ACCOUNTS, seedDemoNewsroom } from "@/db/seed";
import { storyPayload } from "@/db/testing/story-payload";
import { atOnce, describeRace } from "@/db/testing/at-once";
import { documentFromParagraphs } from "@/lib/article-document";
import type { SignedInViewer } from "@/lib/permissions/viewer";
import { cacheTags } from "@/lib/cache/tags";
import type { SaveOutcome } from "@/lib/editorial/outcomes";
import { articleInputSchema, type ArticleInput } from "@/lib/validation/articles";
import { PRESENCE_TTL_MS } from "@/lib/editorial/presence";
import { addCorrection, previewPublication, transitionArticle } from "./article-workflow";
import { getImageVariant, uploadImage } from "./images";
import { createArticle, getArticleForEditing, getArticlePreview, restoreRevision, saveArticle } from "./newsroom-articles";
import { listDeskArticles } from "./newsroom-desk";
import { heartbeat, leaveArticle } from "./story-presence";
import { listRevisions } from "./story-revisions";
import { findRenamedArticleSlug, getPublishedArticle } from "./public-articles";
import { publishDueArticles } from "./scheduled-publishing";
import { loadViewer } from "./users";

const seedHeadline = "مقتل 20 عنصرا من قوات النظام السوري وموالين بهجوم من داعش";
const viewers = {} as Record<UserRole, SignedInViewer>;
let syriaId: number;

beforeAll(async () => {
  await seedDemoNewsroom(getDb());
  for (const account of DEMO_ACCOUNTS) {
    const [row] = await getDb().select({ id: users.id, sv: users.sessionVersion }).from(users).where(eq(users.email, account.email));
    viewers[account.role] = (await loadViewer({ userId: row!.id, sessionVersion: row!.sv }))!;
  }
  const options = await listDeskArticles(viewers.editor, { status: "all", mine: false, query: "" });
  expect(options.rows.length).toBeGreaterThan(30);
  const [seed] = await getDb().select({ sectionId: articles.sectionId }).from(articles).where(eq(articles.headline, seedHeadline));
  syriaId = seed!.sectionId;
});

function input(overrides: Partial<Record<keyof ArticleInput, unknown>> = {}, authorId = viewers.writer.id): ArticleInput {
  return articleInputSchema.parse(
    storyPayload({
      headline: "هجوم جديد في البادية السورية",
      dateline: "دمشق (أ ف ب)",
      body: documentFromParagraphs(["قال المرصد السوري لحقوق الإنسان إن 20 عنصرًا قُتلوا."]),
      sectionId: syriaId,
      authorIds: [authorId],
      ...overrides,
    }),
  );
}

function saved(outcome: SaveOutcome) {
  if (!outcome.ok) throw new Error(`expected a save, got ${JSON.stringify(outcome)}`);
  return outcome;
}

async function newDraft(viewer = viewers.writer, overrides: Partial<Record<keyof ArticleInput, unknown>> = {}) {
  return saved((await createArticle(viewer, input(overrides, viewer.id))).outcome);
}

describe("drafting and the workflow", () => {
  it("takes a writer's draft through review to publication, recording every step", async () => {
    const draft = await newDraft(viewers.writer, { headline: "خبر يمر بكل المراحل" });
    expect(draft.slug).toBe("خبر-يمر-بكل-المراحل");

    const submitted = await transitionArticle(viewers.writer, { articleId: draft.articleId, baseVersion: draft.version, action: "submit" });
    expect(submitted.outcome).toMatchObject({ ok: true, status: "in_review" });
    // A writer cannot publish, even their own story.
    await expect(transitionArticle(viewers.writer, { articleId: draft.articleId, baseVersion: draft.version, action: "publish" })).rejects.toMatchObject({ reason: "forbidden" });

    const published = await transitionArticle(viewers.editor, { articleId: draft.articleId, baseVersion: draft.version, action: "publish" });
    expect(published.outcome).toMatchObject({ ok: true, status: "published" });
    expect(published.invalidate).toEqual(expect.arrayContaining([cacheTags.article(draft.slug), cacheTags.section("syria"), cacheTags.home]));
    expect(await getPublishedArticle(draft.slug)).not.toBeNull();

    const unpublished = await transitionArticle(viewers.editor, { articleId: draft.articleId, baseVersion: draft.version, action: "unpublish" });
    expect(unpublished.outcome).toMatchObject({ ok: true, status: "draft" });
    expect(await getPublishedArticle(draft.slug)).toBeNull();

    const events = await getDb().select({ action: articleEvents.action, actorId: articleEvents.actorId }).from(articleEvents).where(eq(articleEvents.articleId, draft.articleId)).orderBy(articleEvents.id);
    expect(events.map((event) => event.action)).toEqual(["created", "submitted", "published", "unpublished"]);
    expect(events[2]!.actorId).toBe(viewers.editor.id);
    expect(unpublished.invalidate).toContain(cacheTags.article(draft.slug));
  });

  it("keeps writers to their own stories and readers out", async () => {
    const editorsDraft = await newDraft(viewers.editor, { headline: "مسودة المحرر" });
    await expect(getArticleForEditing(viewers.writer, editorsDraft.articleId)).rejects.toMatchObject({ reason: "forbidden" });
    await expect(saveArticle(viewers.writer, { articleId: editorsDraft.articleId, baseVersion: 1, input: input(), markAsUpdate: false, isAutosave: false })).rejects.toMatchObject({ reason: "forbidden" });
    await expect(getArticleForEditing(viewers.reader, editorsDraft.articleId)).rejects.toMatchObject({ reason: "forbidden" });
    await expect(getArticlePreview(null, editorsDraft.articleId)).rejects.toMatchObject({ reason: "unauthenticated" });
    const desk = await listDeskArticles(viewers.writer, { status: "all", mine: false, query: "" });
    expect(desk.mineOnly).toBe(true);
    expect(desk.rows.map((row) => row.headline)).not.toContain("مسودة المحرر");
  });

  it("finds stories on the desk by headline whatever the hamza, tashkeel or tatweel", async () => {
    await newDraft(viewers.editor, { headline: "إعلانُ نتائجِ الامتحانات الـــعامة" });
    for (const query of ["اعلان نتائج", "الامتحانات العامة", "إعلان"]) {
      const desk = await listDeskArticles(viewers.editor, { status: "all", mine: false, query });
      expect(desk.rows.map((row) => row.headline)).toContain("إعلانُ نتائجِ الامتحانات الـــعامة");
    }
    const desk = await listDeskArticles(viewers.editor, { status: "all", mine: false, query: "نتائج المباريات" });
    expect(desk.rows.map((row) => row.headline)).not.toContain("إعلانُ نتائجِ الامتحانات الـــعامة");
  });

  it("refuses a writer's edits once the desk has scheduled or published the story", async () => {
    const draft = await newDraft(viewers.writer, { headline: "خبر للكاتبة ثم للمحرر" });
    await transitionArticle(viewers.editor, { articleId: draft.articleId, baseVersion: draft.version, action: "publish" });
    const outcome = (await saveArticle(viewers.writer, { articleId: draft.articleId, baseVersion: draft.version, input: input({ headline: "تعديل متأخر" }), markAsUpdate: false, isAutosave: false })).outcome;
    expect(outcome).toMatchObject({ ok: false, kind: "refused" });
  });

  it("refuses to submit or publish an empty body, and to schedule in the past", async () => {
    const empty = await newDraft(viewers.writer, { headline: "بلا نص", body: { type: "doc", content: [{ type: "paragraph" }] } });
    const submit = await transitionArticle(viewers.writer, { articleId: empty.articleId, baseVersion: empty.version, action: "submit" });
    expect(submit.outcome).toMatchObject({ ok: false, kind: "invalid", fieldErrors: { body: [expect.stringContaining("فارغ")] } });

    const draft = await newDraft(viewers.editor, { headline: "موعد مضى" });
    const past = await transitionArticle(viewers.editor, { articleId: draft.articleId, baseVersion: draft.version, action: "schedule", scheduledFor: new Date(Date.now() - 60_000) });
    expect(past.outcome).toMatchObject({ ok: false, kind: "invalid", fieldErrors: { scheduledFor: [expect.stringContaining("مضى")] } });
  });

  it("makes a published story's slug a field error when typed, and numbers it when it only follows the headline", async () => {
    const first = await newDraft(viewers.editor, { headline: "عنوان مكرر" });
    await transitionArticle(viewers.editor, { articleId: first.articleId, baseVersion: first.version, action: "publish" });
    const second = await newDraft(viewers.editor, { headline: "عنوان مكرر" });
    expect(second.slug).toBe(`${first.slug}-2`);
    const typed = await createArticle(viewers.editor, input({ headline: "آخر", slug: first.slug, slugEdited: true }, viewers.editor.id));
    expect(typed.outcome).toMatchObject({ ok: false, kind: "invalid", fieldErrors: { slug: [expect.stringContaining("مستخدم")] } });
  });

  it("lets drafts share a slug, and settles the address only when a story goes out", async () => {
    const abandoned = await newDraft(viewers.writer, { headline: "مسودة منسية بعنوان مكرر" });
    const story = await newDraft(viewers.editor, { headline: "مسودة منسية بعنوان مكرر" });
    expect(story.slug).toBe(abandoned.slug);

    const preview = await previewPublication(viewers.editor, story.articleId);
    expect(preview).toMatchObject({ slug: abandoned.slug, section: "سوريا", headline: "مسودة منسية بعنوان مكرر" });
    const published = await transitionArticle(viewers.editor, { articleId: story.articleId, baseVersion: story.version, action: "publish", expectedSlug: preview!.slug });
    expect(published.outcome).toMatchObject({ ok: true, status: "published", slug: abandoned.slug });
    expect(await getPublishedArticle(abandoned.slug)).toMatchObject({ headline: "مسودة منسية بعنوان مكرر" });

    // The abandoned draft, published later, is told (and takes) the next address.
    expect(await previewPublication(viewers.editor, abandoned.articleId)).toMatchObject({ slug: `${abandoned.slug}-2` });
    const late = await transitionArticle(viewers.editor, { articleId: abandoned.articleId, baseVersion: abandoned.version, action: "schedule", scheduledFor: new Date(Date.now() + 3_600_000) });
    expect(late.outcome).toMatchObject({ ok: true, slug: `${abandoned.slug}-2`, version: abandoned.version + 1 });
    const [row] = await getDb().select({ slug: articles.slug }).from(articles).where(eq(articles.id, abandoned.articleId));
    expect(row!.slug).toBe(`${abandoned.slug}-2`);
  });

  it("publishes at the address the editor was shown, or not at all", async () => {
    const story = await newDraft(viewers.editor, { headline: "خبر يسبقه آخر إلى رابطه" });
    const preview = await previewPublication(viewers.editor, story.articleId);
    const rival = await newDraft(viewers.editor, { headline: "خبر يسبقه آخر إلى رابطه" });
    await transitionArticle(viewers.editor, { articleId: rival.articleId, baseVersion: rival.version, action: "publish" });

    const refused = await transitionArticle(viewers.editor, { articleId: story.articleId, baseVersion: story.version, action: "publish", expectedSlug: preview!.slug });
    expect(refused.outcome).toMatchObject({ ok: false, kind: "refused" });
    const [row] = await getDb().select({ status: articles.status }).from(articles).where(eq(articles.id, story.articleId));
    expect(row!.status).toBe("draft");
  });

  it("returns a story to its writer only with a note, which the writer then reads on it", async () => {
    const draft = await newDraft(viewers.writer, { headline: "خبر يعود إلى كاتبته" });
    await transitionArticle(viewers.writer, { articleId: draft.articleId, baseVersion: draft.version, action: "submit" });
    const bare = await transitionArticle(viewers.editor, { articleId: draft.articleId, baseVersion: draft.version, action: "return", note: "  " });
    expect(bare.outcome).toMatchObject({ ok: false, kind: "invalid", fieldErrors: { note: [expect.stringContaining("اكتب")] } });

    const returned = await transitionArticle(viewers.editor, { articleId: draft.articleId, baseVersion: draft.version, action: "return", note: "أضف اسم الوكالة." });
    expect(returned.outcome).toMatchObject({ ok: true, status: "draft" });
    expect((await getArticleForEditing(viewers.writer, draft.articleId))?.returnNote).toMatchObject({ by: viewers.editor.displayName, note: "أضف اسم الوكالة." });

    // Once the writer sends it on again, the note has done its work.
    await transitionArticle(viewers.writer, { articleId: draft.articleId, baseVersion: draft.version, action: "submit" });
    expect((await getArticleForEditing(viewers.writer, draft.articleId))?.returnNote).toBeNull();
  });

  it("lets only editors create new tags", async () => {
    const writer = await createArticle(viewers.writer, input({ tags: ["وسم لم يوجد قط"] }));
    expect(writer.outcome).toMatchObject({ ok: false, kind: "invalid", fieldErrors: { tags: [expect.stringContaining("وسم لم يوجد قط")] } });
    const editor = await createArticle(viewers.editor, input({ tags: ["وسم لم يوجد قط", "سوريا"] }, viewers.editor.id));
    expect(editor.outcome.ok).toBe(true);
  });
});

describe("no lost edits", () => {
  it("refuses a save based on a stale version, naming who saved in between and keeping their copy", async () => {
    const draft = await newDraft(viewers.editor, { headline: "قصة يحررها اثنان" });
    const first = saved((await saveArticle(viewers.admin, { articleId: draft.articleId, baseVersion: draft.version, input: input({ headline: "قصة يحررها اثنان: نسخة المدير" }, viewers.editor.id), markAsUpdate: false, isAutosave: false })).outcome);
    expect(first.version).toBe(draft.version + 1);

    const stale = (await saveArticle(viewers.editor, { articleId: draft.articleId, baseVersion: draft.version, input: input({ headline: "قصة يحررها اثنان: نسخة المحرر" }, viewers.editor.id), markAsUpdate: false, isAutosave: false })).outcome;
    expect(stale).toMatchObject({ ok: false, kind: "conflict", by: viewers.admin.displayName });
    if (stale.ok || stale.kind !== "conflict") throw new Error("unreachable");
    expect(stale.message).toContain(viewers.admin.displayName);
    expect(stale.server.version).toBe(first.version);
    expect(stale.server.content.headline).toBe("قصة يحررها اثنان: نسخة المدير");
    const [row] = await getDb().select({ headline: articles.headline }).from(articles).where(eq(articles.id, draft.articleId));
    expect(row!.headline).toBe("قصة يحررها اثنان: نسخة المدير");

    // Merged by hand and saved on top of the version now seen: accepted.
    const merged = (await saveArticle(viewers.editor, { articleId: draft.articleId, baseVersion: stale.server.version, input: input({ headline: "قصة يحررها اثنان: مدموجة" }, viewers.editor.id), markAsUpdate: false, isAutosave: false })).outcome;
    expect(merged).toMatchObject({ ok: true, version: first.version + 1 });
  });

  describeRace("two editors at once", () => {
    it("lets exactly one of two simultaneous saves from the same version through", async () => {
      const draft = await newDraft(viewers.editor, { headline: "سباق حفظ" });
      const editors = [viewers.editor, viewers.admin];
      const results = await atOnce("articles", editors.length, (i) =>
        saveArticle(editors[i]!, { articleId: draft.articleId, baseVersion: draft.version, input: input({ headline: `سباق حفظ ${i}` }, viewers.editor.id), markAsUpdate: false, isAutosave: false }),
      );
      expect(results.filter((result) => result.outcome.ok)).toHaveLength(1);
      expect(results.filter((result) => !result.outcome.ok && result.outcome.kind === "conflict")).toHaveLength(1);
    });
  });

  it("shows who else has the story open", async () => {
    const draft = await newDraft(viewers.editor, { headline: "من يحرر الآن" });
    await heartbeat(viewers.admin, draft.articleId);
    const answer = await heartbeat(viewers.editor, draft.articleId);
    expect(answer?.othersEditing).toEqual([{ name: viewers.admin.displayName, addressedAs: "feminine" }]);
  });

  it("forgets a colleague as soon as they leave, or once their beat is older than the presence window", async () => {
    const draft = await newDraft(viewers.editor, { headline: "من غادر الخبر" });
    await heartbeat(viewers.admin, draft.articleId);
    await leaveArticle(viewers.admin, draft.articleId);
    expect((await heartbeat(viewers.editor, draft.articleId))?.othersEditing).toEqual([]);

    await heartbeat(viewers.admin, draft.articleId);
    await getDb()
      .update(articlePresence)
      .set({ heartbeatAt: new Date(Date.now() - PRESENCE_TTL_MS - 1_000) })
      .where(and(eq(articlePresence.articleId, draft.articleId), eq(articlePresence.userId, viewers.admin.id)));
    expect((await heartbeat(viewers.editor, draft.articleId))?.othersEditing).toEqual([]);
  });
});

describe("revisions", () => {
  it("records a revision per save that changed something and restores one as a new revision", async () => {
    const draft = await newDraft(viewers.editor, { headline: "النسخة الأولى" });
    const second = saved((await saveArticle(viewers.editor, { articleId: draft.articleId, baseVersion: draft.version, input: input({ headline: "النسخة الثانية" }, viewers.editor.id), markAsUpdate: false, isAutosave: false })).outcome);
    const unchanged = saved((await saveArticle(viewers.editor, { articleId: draft.articleId, baseVersion: second.version, input: input({ headline: "النسخة الثانية" }, viewers.editor.id), markAsUpdate: false, isAutosave: false })).outcome);
    expect(unchanged).toMatchObject({ changed: false, version: second.version });

    const restored = saved((await restoreRevision(viewers.editor, { articleId: draft.articleId, version: draft.version, baseVersion: second.version })).outcome);
    expect(restored.version).toBe(second.version + 1);
    const list = await listRevisions(viewers.editor, draft.articleId);
    expect(list?.revisions.map((revision) => [revision.version, revision.restoredFromVersion])).toEqual([
      [3, 1],
      [2, null],
      [1, null],
    ]);
    expect(list?.revisions[0]!.changed).toContain("headline");
    const [row] = await getDb().select({ headline: articles.headline }).from(articles).where(eq(articles.id, draft.articleId));
    expect(row!.headline).toBe("النسخة الأولى");
    const events = await getDb().select({ action: articleEvents.action }).from(articleEvents).where(eq(articleEvents.articleId, draft.articleId));
    expect(events.map((event) => event.action)).toContain("restored");
  });

  it("folds one person's autosaves into one revision, but never an explicit save", async () => {
    const draft = await newDraft(viewers.writer, { headline: "حفظ تلقائي" });
    let version = draft.version;
    for (const word of ["أ", "ب", "ج"]) {
      version = saved((await saveArticle(viewers.writer, { articleId: draft.articleId, baseVersion: version, input: input({ headline: `حفظ تلقائي ${word}` }), markAsUpdate: false, isAutosave: true })).outcome).version;
    }
    version = saved((await saveArticle(viewers.writer, { articleId: draft.articleId, baseVersion: version, input: input({ headline: "حفظ يدوي" }), markAsUpdate: false, isAutosave: false })).outcome).version;
    const rows = await getDb().select({ version: articleRevisions.version }).from(articleRevisions).where(eq(articleRevisions.articleId, draft.articleId)).orderBy(articleRevisions.version);
    expect(rows.map((row) => row.version)).toEqual([1, 4, 5]);
  });

  it("gives a story saved for the first time since the seed its original text as a baseline", async () => {
    const [seed] = await getDb().select({ id: articles.id, version: articles.version }).from(articles).where(eq(articles.headline, seedHeadline));
    const story = await getArticleForEditing(viewers.editor, seed!.id);
    const result = saved((await saveArticle(viewers.editor, { articleId: seed!.id, baseVersion: seed!.version, input: articleInputSchema.parse({ ...story!.content, kicker: "داعش", slugEdited: true }), markAsUpdate: false, isAutosave: false })).outcome);
    const list = await listRevisions(viewers.editor, seed!.id);
    expect(list?.revisions.map((revision) => revision.version)).toEqual([result.version, seed!.version]);
    // A typo-level change leaves the reader-visible update time alone.
    const article = await getPublishedArticle(story!.content.slug);
    expect(article?.updatedAt).toBeNull();
    expect(article?.kicker).toBe("داعش");
  });
});

describe("published stories", () => {
  it("keeps the old URL answering after a slug change, and marks updates only when asked", async () => {
    const draft = await newDraft(viewers.editor, { headline: "رابط سيتغير" });
    const published = await transitionArticle(viewers.editor, { articleId: draft.articleId, baseVersion: draft.version, action: "publish" });
    expect(published.outcome.ok).toBe(true);

    const renamed = saved((await saveArticle(viewers.editor, { articleId: draft.articleId, baseVersion: draft.version, input: input({ headline: "رابط سيتغير", slug: "رابط-جديد", slugEdited: true }, viewers.editor.id), markAsUpdate: false, isAutosave: false })).outcome);
    expect(renamed.slug).toBe("رابط-جديد");
    expect(await findRenamedArticleSlug(draft.slug)).toBe("رابط-جديد");
    expect((await getPublishedArticle("رابط-جديد"))?.updatedAt).toBeNull();

    const update = saved((await saveArticle(viewers.editor, { articleId: draft.articleId, baseVersion: renamed.version, input: input({ headline: "رابط سيتغير: تحديث", slug: "رابط-جديد", slugEdited: true }, viewers.editor.id), markAsUpdate: true, isAutosave: false })).outcome);
    expect(update.ok).toBe(true);
    expect((await getPublishedArticle("رابط-جديد"))?.updatedAt).not.toBeNull();

    // The old slug is no longer free for another story.
    const taken = await createArticle(viewers.editor, input({ headline: "آخر", slug: draft.slug, slugEdited: true }, viewers.editor.id));
    expect(taken.outcome).toMatchObject({ ok: false, kind: "invalid" });
  });

  it("lists corrections under the story; only an update moves the updated time", async () => {
    const draft = await newDraft(viewers.editor, { headline: "خبر سيُصحَّح" });
    await transitionArticle(viewers.editor, { articleId: draft.articleId, baseVersion: draft.version, action: "publish" });
    await addCorrection(viewers.editor, { articleId: draft.articleId, type: "correction", note: "صُحّح عدد القتلى من 20 إلى 21." });
    let article = await getPublishedArticle(draft.slug);
    expect(article?.corrections).toMatchObject([{ type: "correction", note: "صُحّح عدد القتلى من 20 إلى 21." }]);
    expect(article?.updatedAt).toBeNull();
    await addCorrection(viewers.editor, { articleId: draft.articleId, type: "update", note: "أضيفت تصريحات الوزير." });
    article = await getPublishedArticle(draft.slug);
    expect(article?.corrections.map((correction) => correction.type)).toEqual(["correction", "update"]);
    expect(article?.updatedAt).not.toBeNull();
    await expect(addCorrection(viewers.writer, { articleId: draft.articleId, type: "correction", note: "x" })).rejects.toMatchObject({ reason: "forbidden" });
  });
});

describe("scheduled publishing", () => {
  async function scheduledStory(headline: string, at: Date) {
    const draft = await newDraft(viewers.editor, { headline });
    const result = await transitionArticle(viewers.editor, { articleId: draft.articleId, baseVersion: draft.version, action: "schedule", scheduledFor: new Date(Date.now() + 60_000) }, new Date());
    expect(result.outcome).toMatchObject({ ok: true, status: "scheduled" });
    // Move the time back to when the test wants it (as if the clock had moved on).
    await getDb().update(articles).set({ publishedAt: at, scheduledFor: at }).where(eq(articles.id, draft.articleId));
    return draft;
  }

  describeRace("two instances at once", () => {
    it("publishes each due story exactly once", async () => {
      const stories = await Promise.all([1, 2, 3].map((n) => scheduledStory(`مجدول للسباق ${n}`, new Date(Date.now() - 5_000))));
      const runs = await atOnce("articles", 2, () => publishDueArticles());
      const published = runs.flatMap((run) => run.outcome).map((story) => story.id);
      expect(published.sort()).toEqual(stories.map((story) => story.articleId).sort());
      for (const story of stories) {
        const events = await getDb().select({ action: articleEvents.action, actorId: articleEvents.actorId }).from(articleEvents).where(eq(articleEvents.articleId, story.articleId));
        expect(events.filter((event) => event.action === "published")).toEqual([{ action: "published", actorId: null }]);
        expect(await getPublishedArticle(story.slug)).not.toBeNull();
      }
      expect(await publishDueArticles()).toEqual({ outcome: [], invalidate: [] });
    });
  });

  it("leaves stories whose time has not come", async () => {
    const future = await scheduledStory("مجدول للغد", new Date(Date.now() + 86_400_000));
    expect((await publishDueArticles()).outcome.map((story) => story.id)).not.toContain(future.articleId);
    expect(await getPublishedArticle(future.slug)).toBeNull();
  });

  it("publishes a story whose time passed while the server was down, and says it went out late", async () => {
    const missed = await scheduledStory("فات موعده", new Date(Date.now() - 3 * 60 * 60_000));
    const { outcome, invalidate } = await publishDueArticles();
    expect(outcome[0]).toMatchObject({ id: missed.articleId, late: true });
    expect(invalidate).toContain(cacheTags.article(missed.slug));
    const desk = await listDeskArticles(viewers.editor, { status: "published", mine: false, query: "فات موعده" });
    expect(desk.rows[0]?.lateByMinutes).toBeGreaterThanOrEqual(179);
  });
});

describe("images", () => {
  it("stores an uploaded image in responsive WebP and fallback sizes", async () => {
    const png = await sharp({ create: { width: 1200, height: 800, channels: 3, background: "#a61b1b" } }).png().toBuffer();
    const image = await uploadImage(viewers.writer, async () => new Uint8Array(png));
    expect(image).toMatchObject({ width: 1200, height: 800 });
    const webp = await getImageVariant(image.id, 960, "webp");
    expect(webp?.contentType).toBe("image/webp");
    expect((await sharp(webp!.bytes).metadata()).width).toBe(960);
    expect((await getImageVariant(image.id, 480, "fallback"))?.contentType).toBe("image/png");
    expect(await getImageVariant(image.id, 1600, "webp")).toBeNull();
  });

  it("refuses what is not an image whatever it is called, and anything over 10 MB", async () => {
    await expect(uploadImage(viewers.writer, async () => new TextEncoder().encode("<script>alert(1)</script>"))).rejects.toMatchObject({ code: "notAnImage" });
    await expect(uploadImage(viewers.writer, async () => new Uint8Array(11 * 1024 * 1024))).rejects.toMatchObject({ code: "imageTooLarge" });
    const gif = await sharp({ create: { width: 10, height: 10, channels: 3, background: "#000" } }).gif().toBuffer();
    await expect(uploadImage(viewers.writer, async () => new Uint8Array(gif))).rejects.toMatchObject({ code: "notAnImage" });
  });

  it("refuses a reader before reading a byte of the upload", async () => {
    const readBytes = vi.fn(async () => new Uint8Array(0));
    await expect(uploadImage(viewers.reader, readBytes)).rejects.toMatchObject({ reason: "forbidden" });
    await expect(uploadImage(null, readBytes)).rejects.toMatchObject({ reason: "unauthenticated" });
    expect(readBytes).not.toHaveBeenCalled();
  });
});
