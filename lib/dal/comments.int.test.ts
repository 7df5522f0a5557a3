import { randomUUID } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { articles } from "@/db/schema/articles";
import { commentModerationEvents, commenterSanctions, comments } from "@/db/schema/comments";
import type { UserRole } from "@/db/schema/enums";
import { users } from "@/db/schema/users";
import { DEMO_CLOSED_STORY } from "@/db/seed-comments";
import { seedDemoNewsroom } from "@/db/seed";
import seedArticle from "@/db/seed-data/seed-article.json" with { type: "json" };
import { atOnce, describeRace } from "@/db/testing/at-once";
import { slugify } from "@/lib/arabic/slugify";
import type { SignedInViewer } from "@/lib/permissions/viewer";
import { defaultCommentSettings, type CommentSettings } from "@/lib/comments/settings";
import { AuthorizationError, DomainError } from "@/lib/errors";
import { ar } from "@/lib/i18n/ar";
import { getCommentSettings, updateCommentSettings } from "./comment-settings";
import { deleteOwnComment, editComment, reportComment } from "./comment-changes";
import { getCommentWithReplies, getThreadArticle, getThreadViewer, listThreadPage } from "./comment-threads";
import { postComment } from "./comments";
import { liftSanction, sanctionCommenter } from "./commenters";
import { listQueue, moderateComments } from "./moderation";
import { listModerationLog } from "./moderation-log";

let seedStoryId: string;
let closedStoryId: string;
let moderator: SignedInViewer;
let admin: SignedInViewer;

async function viewerByEmail(email: string): Promise<SignedInViewer> {
  const [row] = await getDb()
    .select({ id: users.id, email: users.email, displayName: users.displayName, role: users.role })
    .from(users)
    .where(eq(users.email, email));
  return row!;
}

async function newUser(role: UserRole = "reader", name = "قارئ جديد"): Promise<SignedInViewer> {
  const email = `u-${randomUUID()}@example.com`;
  const [row] = await getDb()
    .insert(users)
    // A reader whose address is verified, as every one who comments has.
    .values({ email, displayName: name, role, emailVerifiedAt: new Date() })
    .returning({ id: users.id, email: users.email, displayName: users.displayName, role: users.role });
  return row!;
}

let ipCounter = 0;
const freshIp = () => `10.0.${Math.floor(++ipCounter / 250)}.${ipCounter % 250}`;

function post(viewer: SignedInViewer | null, body: string, options: { articleId?: string; parentId?: string; key?: string; ip?: string; now?: Date } = {}) {
  return postComment(
    viewer,
    { articleId: options.articleId ?? seedStoryId, parentId: options.parentId ?? null, body, clientKey: options.key ?? randomUUID() },
    { ip: options.ip ?? freshIp() },
    options.now,
  );
}

async function refusal(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof DomainError) return error.code;
    if (error instanceof AuthorizationError) return error.reason;
    throw error;
  }
  return "accepted";
}

/** Runs `body` under changed site settings for comments, and puts them back however it ends. */
async function withCommentSettings(change: Partial<CommentSettings>, body: () => Promise<void>) {
  const settings = await getCommentSettings();
  await updateCommentSettings(admin, { ...settings, ...change });
  try {
    await body();
  } finally {
    await updateCommentSettings(admin, settings);
  }
}

async function commentCount(articleId: string) {
  const [row] = await getDb().select({ n: articles.commentCount }).from(articles).where(eq(articles.id, articleId));
  return row!.n;
}

async function allThreadIds(articleId: string) {
  const page = await listThreadPage(articleId, "newest", null, 200);
  return page.comments.flatMap((comment) => [comment.id, ...comment.replies.map((reply) => reply.id)]);
}

/** A reader whose comments are published without review. */
async function trustedReader() {
  const reader = await newUser();
  for (let i = 0; i < defaultCommentSettings.trustThreshold; i++) {
    const { comment } = await post(reader, `تعليق تمهيدي رقم ${i} عن الخبر ${randomUUID().slice(0, 8)}`);
    await moderateComments(moderator, [comment.id], "approve");
  }
  return reader;
}

beforeAll(async () => {
  await seedDemoNewsroom(getDb());
  const [seed] = await getDb().select({ id: articles.id }).from(articles).where(eq(articles.slug, slugify(seedArticle.headline)));
  const [closed] = await getDb().select({ id: articles.id }).from(articles).where(eq(articles.slug, slugify(DEMO_CLOSED_STORY)));
  seedStoryId = seed!.id;
  closedStoryId = closed!.id;
  moderator = await viewerByEmail("moderator@khabar.test");
  admin = await viewerByEmail("admin@khabar.test");
});

describe("the seeded thread", () => {
  it("keeps the story's count equal to its approved comments", async () => {
    const [row] = await getDb()
      .select({ n: sql<number>`count(*)::int` })
      .from(comments)
      .where(sql`${comments.articleId} = ${seedStoryId} and ${comments.status} = 'approved'`);
    expect(await commentCount(seedStoryId)).toBe(row!.n);
    expect(row!.n).toBeGreaterThan(5);
  });

  it("shows approved comments only, replies under their parent, in either order", async () => {
    const oldest = await listThreadPage(seedStoryId, "oldest", null);
    const newest = await listThreadPage(seedStoryId, "newest", null);
    expect(oldest.comments.map((c) => c.id)).toEqual(newest.comments.map((c) => c.id).reverse());
    for (const comment of oldest.comments) {
      expect(comment.status).toBe("approved");
      for (const reply of comment.replies) expect(reply.parentId).toBe(comment.id);
    }
    expect(oldest.comments.some((comment) => comment.replies.length > 0)).toBe(true);
    const bodies = oldest.comments.flatMap((c) => [c.body, ...c.replies.map((r) => r.body)]).join("\n");
    expect(bodies).not.toContain("حقير");
  });

  it("pages with a cursor, without gaps or repeats", async () => {
    const first = await listThreadPage(seedStoryId, "oldest", null, 3);
    const second = await listThreadPage(seedStoryId, "oldest", first.nextCursor, 3);
    const all = await listThreadPage(seedStoryId, "oldest", null, 100);
    expect([...first.comments, ...second.comments].map((c) => c.id)).toEqual(all.comments.slice(0, 6).map((c) => c.id));
    expect(all.nextCursor).toBeNull();
  });

  it("takes a cursor only from the same thread, so made-up pages come back empty", async () => {
    const all = await listThreadPage(seedStoryId, "oldest", null, 100);
    const withReplies = all.comments.find((comment) => comment.replies.length > 0)!;
    expect((await listThreadPage(seedStoryId, "oldest", withReplies.replies[0]!.id)).comments).toEqual([]);
    expect((await listThreadPage(closedStoryId, "oldest", all.comments[0]!.id)).comments).toEqual([]);
    const otherParent = all.comments.find((comment) => comment.id !== withReplies.id)!;
    expect((await getCommentWithReplies(seedStoryId, otherParent.id, withReplies.replies[0]!.id))?.replies).toEqual([]);
  });

  it("says a closed story takes no comments", async () => {
    expect((await getThreadArticle({ id: closedStoryId }))?.mode).toBe("closed");
    expect((await getThreadArticle({ id: seedStoryId }))?.mode).toBe("open");
  });
});

describe("posting", () => {
  it("holds a new reader's comment, shows it to its author alone, and publishes it once approved", async () => {
    const reader = await newUser();
    const before = await commentCount(seedStoryId);
    const outcome = await post(reader, "أول تعليق لي على خبر.");
    expect(outcome.status).toBe("pending");
    expect(outcome.message).toBe(ar.moderation.pending.newAuthor);
    expect(await allThreadIds(seedStoryId)).not.toContain(outcome.comment.id);
    expect((await getThreadViewer(reader, seedStoryId)).unpublished.map((c) => c.id)).toContain(outcome.comment.id);
    expect((await getThreadViewer(await newUser(), seedStoryId)).unpublished).toEqual([]);
    expect((await getThreadViewer(null, seedStoryId)).unpublished).toEqual([]);

    const result = await moderateComments(moderator, [outcome.comment.id], "approve");
    expect(result.changed.map((c) => c.id)).toEqual([outcome.comment.id]);
    expect(await allThreadIds(seedStoryId)).toContain(outcome.comment.id);
    expect(await commentCount(seedStoryId)).toBe(before + 1);
  });

  it("stores the same submission once, however often it is retried", async () => {
    const reader = await newUser();
    const key = randomUUID();
    const first = await post(reader, "تعليق أُرسل مرتين بسبب انقطاع الاتصال.", { key });
    const retry = await post(reader, "تعليق أُرسل مرتين بسبب انقطاع الاتصال.", { key });
    expect(retry.comment.id).toBe(first.comment.id);
    expect(retry.status).toBe(first.status);
    expect(retry.message).toBe(first.message);
  });

  describeRace("at once", () => {
    it("stores one comment for retries of a submission that arrive together", async () => {
      const reader = await newUser();
      const key = randomUUID();
      const racing = await atOnce("comments", 4, () => post(reader, "تعليق يتسابق مع نفسه.", { key }).then((o) => o.comment.id));
      expect(new Set(racing).size).toBe(1);
      const stored = await getDb().select({ id: comments.id }).from(comments).where(eq(comments.clientKey, key));
      expect(stored).toHaveLength(1);
      const events = await getDb()
        .select({ id: commentModerationEvents.id })
        .from(commentModerationEvents)
        .where(eq(commentModerationEvents.commentId, racing[0]!));
      expect(events).toHaveLength(1);
    });

    it("checks an author's simultaneous posts against each other", async () => {
      const reader = await trustedReader();
      const text = "النص نفسه أُرسل من ثلاث نوافذ في اللحظة نفسها.";
      // An hour on, so that the reader's earlier comments do not count toward the rate limit.
      const now = new Date(Date.now() + 60 * 60_000);
      const outcomes = await atOnce("comments", 3, () =>
        post(reader, text, { now }).then((outcome) => outcome.status, (error) => refusal(Promise.reject(error))),
      );
      expect(outcomes.filter((status) => status === "approved")).toHaveLength(1);
      for (const status of outcomes.filter((status) => status !== "approved")) expect(["rejected", "busy"]).toContain(status);
      const published = await getDb()
        .select({ id: comments.id })
        .from(comments)
        .where(sql`${comments.body} = ${text} and ${comments.status} = 'approved'`);
      expect(published).toHaveLength(1);
    });
  });

  it("refuses a key that another author already used", async () => {
    const key = randomUUID();
    await post(await newUser(), "تعليق أول.", { key });
    expect(await refusal(post(await newUser(), "تعليق آخر.", { key }))).toBe("keyReused");
  });

  it("promotes a reader to trusted after enough approved comments", async () => {
    const reader = await newUser();
    for (let i = 0; i < defaultCommentSettings.trustThreshold; i++) {
      const outcome = await post(reader, `تعليق رقم ${i + 1} من قارئ يتعلم القواعد.`);
      expect(outcome.status).toBe("pending");
      await moderateComments(moderator, [outcome.comment.id], "approve");
    }
    const trusted = await post(reader, "الآن يُنشر تعليقي مباشرة.");
    expect(trusted.status).toBe("approved");
    expect(await allThreadIds(seedStoryId)).toContain(trusted.comment.id);
  });

  it("rejects banned words and holds suspect words, naming the word and where it is", async () => {
    const reader = await trustedReader();
    const text = "كلام جميل لكن كاتبه حقير فعلًا";
    const banned = await post(reader, text);
    expect(banned.status).toBe("rejected");
    expect(banned.message).toBe(ar.moderation.rejected.bannedWords);
    const [event] = await getDb()
      .select({ rule: commentModerationEvents.rule, evidence: commentModerationEvents.evidence, actorId: commentModerationEvents.actorId })
      .from(commentModerationEvents)
      .where(eq(commentModerationEvents.commentId, banned.comment.id));
    expect(event).toMatchObject({ rule: "banned-words", actorId: null, evidence: { kind: "word", word: "حقير", index: text.indexOf("حقير"), length: 4 } });

    // Tashkeel and a hidden character do not disguise a listed word.
    const suspect = await post(reader, "المراسل غَـبي\u200B جدًا");
    expect(suspect.status).toBe("pending");
    expect(suspect.comment.body).toBe("المراسل غَـبي جدًا");
    const queue = await listQueue(moderator, "pending");
    const item = queue.find((entry) => entry.id === suspect.comment.id)!;
    expect(item.decision).toMatchObject({ rule: "suspect-words", evidence: { word: "غبي" } });
  });

  it("keeps markup as text and strips bidi overrides", async () => {
    const reader = await trustedReader();
    const outcome = await post(reader, "<script>alert(1)</script> ![x](http://evil.example/x.png) \u202Eنص معكوس\u202C");
    expect(outcome.comment.body).toBe("<script>alert(1)</script> ![x](http://evil.example/x.png) نص معكوس");
  });

  it("limits each account and each network address, with counters in the database", async () => {
    const reader = await trustedReader();
    const { maxComments } = defaultCommentSettings.rateLimit;
    const ip = freshIp();
    const now = new Date(Date.now() + 60 * 60_000);
    for (let i = 0; i < maxComments; i++) {
      expect((await post(reader, `رسالة سريعة ${i} ${randomUUID()}`, { ip, now })).status).toBe("approved");
    }
    expect(await refusal(post(reader, "رسالة زائدة عن الحد", { ip, now }))).toBe("rate-limit");

    await withCommentSettings({ ipRateLimit: { maxComments: 2, windowMinutes: 10 } }, async () => {
      const sharedIp = freshIp();
      expect(await refusal(post(await newUser(), "من مقهى الإنترنت 1", { ip: sharedIp }))).toBe("accepted");
      expect(await refusal(post(await newUser(), "من مقهى الإنترنت 2", { ip: sharedIp }))).toBe("accepted");
      expect(await refusal(post(await newUser(), "من مقهى الإنترنت 3", { ip: sharedIp }))).toBe("rateLimited");
    });
  });

  it("refuses closed, unknown and unpublished stories, and replies to removed comments", async () => {
    const reader = await trustedReader();
    expect(await refusal(post(reader, "تعليق على خبر مغلق", { articleId: closedStoryId }))).toBe("closed-story");
    expect(await refusal(post(reader, "تعليق على خبر مجهول", { articleId: randomUUID() }))).toBe("articleUnavailable");
    const [draft] = await getDb().select({ id: articles.id }).from(articles).where(eq(articles.status, "draft")).limit(1);
    expect(await refusal(post(reader, "تعليق على مسودة", { articleId: draft!.id }))).toBe("articleUnavailable");

    const parent = await post(reader, "تعليق سيُرفض بعد قليل.");
    await moderateComments(moderator, [parent.comment.id], "reject");
    expect(await refusal(post(reader, "رد على تعليق مرفوض", { parentId: parent.comment.id }))).toBe("parentRemoved");
    expect(await refusal(post(reader, "   \u200B  "))).toBe("length");
    expect(await refusal(post(reader, "ط".repeat(2001)))).toBe("length");
  });

  it("refuses suspended and banned commenters, and lets them comment again once lifted", async () => {
    const reader = await trustedReader();
    await sanctionCommenter(moderator, reader.id, { kind: "suspension", days: 1, reason: "إساءة متكررة" });
    expect(await refusal(post(reader, "هل ما زلت موقوفًا؟"))).toBe("author-standing");
    const viewer = await getThreadViewer(reader, seedStoryId);
    expect(viewer.canComment).toBe(false);
    expect(viewer.restriction).toMatch(/موقوف/);
    expect(await refusal(post(reader, "بعد يومين", { now: new Date(Date.now() + 2 * 24 * 60 * 60_000) }))).toBe("accepted");
    await sanctionCommenter(moderator, reader.id, { kind: "ban", days: null, reason: "رسائل مزعجة" });
    expect(await refusal(post(reader, "ممنوع؟"))).toBe("author-standing");
  });

  it("leaves sanctions on staff to admins, and never lets anyone lift their own", async () => {
    const colleague = await newUser("moderator", "مشرف آخر");
    expect(await refusal(sanctionCommenter(moderator, colleague.id, { kind: "ban", days: null, reason: "خلاف" }))).toBe("staffNeedsAdmin");
    expect(await refusal(sanctionCommenter(moderator, (await newUser("editor")).id, { kind: "ban", days: null, reason: "خلاف" }))).toBe(
      "staffNeedsAdmin",
    );

    await sanctionCommenter(admin, colleague.id, { kind: "ban", days: null, reason: "إساءة استخدام الصلاحيات" });
    const [ban] = await getDb().select({ id: commenterSanctions.id }).from(commenterSanctions).where(eq(commenterSanctions.userId, colleague.id));
    expect(await refusal(liftSanction(colleague, ban!.id, "أرفع الحظر عن نفسي"))).toBe("notSelf");
    expect(await refusal(liftSanction(moderator, ban!.id, "زميل"))).toBe("staffNeedsAdmin");
    expect(await refusal(post(colleague, "ما زلت محظورًا؟"))).toBe("author-standing");

    await liftSanction(admin, ban!.id, "انتهت المراجعة");
    expect(await refusal(post(colleague, "عاد التعليق متاحًا."))).toBe("accepted");
  });

  it("lets guests comment only when the site allows it, always held for review", async () => {
    const guest = { name: "زائر كريم", email: `guest-${randomUUID()}@example.com` };
    const attempt = () =>
      postComment(null, { articleId: seedStoryId, parentId: null, body: "تعليق من زائر.", clientKey: randomUUID(), guest }, { ip: freshIp() });
    expect(await refusal(attempt())).toBe("unauthenticated");
    await withCommentSettings({ guestComments: true }, async () => {
      const outcome = await attempt();
      expect(outcome.status).toBe("pending");
      expect(outcome.message).toBe(ar.moderation.pending.guest);
    });
  });
});

describe("authors", () => {
  it("edit within five minutes, and the rules run again on the new text", async () => {
    const reader = await trustedReader();
    const created = new Date();
    const outcome = await post(reader, "تعليق فيه خطأ املائي", { now: created });
    expect(outcome.status).toBe("approved");
    const before = await commentCount(seedStoryId);

    const edited = await editComment(reader, outcome.comment.id, "تعليق فيه خطأ إملائي", new Date(created.getTime() + 60_000));
    expect(edited.comment).toMatchObject({ body: "تعليق فيه خطأ إملائي", edited: true, status: "approved" });

    const worse = await editComment(reader, outcome.comment.id, "تعليق حقير", new Date(created.getTime() + 120_000));
    expect(worse.status).toBe("rejected");
    expect(await commentCount(seedStoryId)).toBe(before - 1);

    expect(
      await refusal(editComment(reader, outcome.comment.id, "بعد فوات الأوان", new Date(created.getTime() + 6 * 60_000))),
    ).toBe("editWindowOver");
    expect(await refusal(editComment(await newUser(), outcome.comment.id, "ليس تعليقي"))).toBe("notYours");
  });

  it("cannot edit what a moderator has ruled on", async () => {
    const reader = await newUser();
    const outcome = await post(reader, "تعليق ينتظر المراجعة");
    await moderateComments(moderator, [outcome.comment.id], "approve");
    expect(await refusal(editComment(reader, outcome.comment.id, "نص جديد"))).toBe("editWindowOver");
  });

  it("delete their comment; its replies keep their place under a stub", async () => {
    const author = await trustedReader();
    const replier = await trustedReader();
    const parent = await post(author, "تعليق سيحذفه صاحبه.");
    const reply = await post(replier, "رد سيبقى بعد حذف الأصل.", { parentId: parent.comment.id });
    expect(reply.status).toBe("approved");
    await deleteOwnComment(author, parent.comment.id);

    const page = await listThreadPage(seedStoryId, "newest", null, 200);
    const stub = page.comments.find((c) => c.id === parent.comment.id)!;
    expect(stub).toMatchObject({ status: "removed", body: "", authorName: "" });
    expect(stub.replies.map((r) => r.id)).toEqual([reply.comment.id]);
    expect(await refusal(deleteOwnComment(replier, parent.comment.id))).toBe("notYours");
    expect(await refusal(deleteOwnComment(author, parent.comment.id))).toBe("cannotDelete");
  });
});

describe("reports", () => {
  it("are taken once per reader, and enough of them hold an approved comment until a moderator rules", async () => {
    const author = await trustedReader();
    const outcome = await post(author, "تعليق مثير للجدل لكنه معتمد.");
    await moderateComments(moderator, [outcome.comment.id], "approve");
    const { reportThreshold } = await getCommentSettings();
    const reporters = await Promise.all(Array.from({ length: reportThreshold + 1 }, () => newUser()));

    const first = await reportComment(reporters[0]!, outcome.comment.id, { reason: "abuse", note: "" });
    expect(first.held).toBe(false);
    expect(await refusal(reportComment(reporters[0]!, outcome.comment.id, { reason: "spam", note: "" }))).toBe("alreadyReported");
    expect(await refusal(reportComment(author, outcome.comment.id, { reason: "spam", note: "" }))).toBe("ownComment");
    for (const reporter of reporters.slice(1, reportThreshold)) {
      await reportComment(reporter, outcome.comment.id, { reason: "off_topic", note: "خارج الموضوع" });
    }
    expect(await allThreadIds(seedStoryId)).not.toContain(outcome.comment.id);
    const reported = await listQueue(moderator, "reported");
    expect(reported.find((item) => item.id === outcome.comment.id)).toMatchObject({
      status: "pending",
      decision: { rule: "reports" },
      reports: { open: reportThreshold, reasons: { abuse: 1, off_topic: reportThreshold - 1 } },
    });
    expect(await refusal(reportComment(reporters[reportThreshold]!, outcome.comment.id, { reason: "spam", note: "" }))).toBe(
      "notReportable",
    );

    await moderateComments(moderator, [outcome.comment.id], "approve");
    expect(await allThreadIds(seedStoryId)).toContain(outcome.comment.id);
    expect((await listQueue(moderator, "reported")).some((item) => item.id === outcome.comment.id)).toBe(false);
    // Answered reports do not count again: one new report does not hold it.
    expect((await reportComment(reporters[reportThreshold]!, outcome.comment.id, { reason: "spam", note: "" })).held).toBe(false);
  });
});

describe("moderation", () => {
  it("moves comments only along allowed transitions, and only for moderators", async () => {
    const reader = await newUser();
    const outcome = await post(reader, "تعليق للتجربة.");
    for (const role of ["reader", "writer", "editor"] as const) {
      expect(await refusal(moderateComments(await newUser(role), [outcome.comment.id], "approve"))).toBe("forbidden");
    }
    expect(await refusal(moderateComments(null, [outcome.comment.id], "approve"))).toBe("unauthenticated");

    expect((await moderateComments(moderator, [outcome.comment.id], "spam")).changed).toHaveLength(1);
    expect((await moderateComments(admin, [outcome.comment.id], "approve")).changed).toHaveLength(1);
    await deleteOwnComment(reader, outcome.comment.id);
    const afterDelete = await moderateComments(moderator, [outcome.comment.id], "approve");
    expect(afterDelete).toEqual({ changed: [], skipped: [outcome.comment.id] });
  });

  it("applies one decision to many comments at once", async () => {
    const readers = await Promise.all([newUser(), newUser(), newUser()]);
    const posted = await Promise.all(readers.map((reader, i) => post(reader, `تعليق في دفعة ${i}`)));
    const result = await moderateComments(moderator, posted.map((o) => o.comment.id), "reject", "خارج الموضوع");
    expect(result.changed).toHaveLength(3);
    const removed = await listQueue(moderator, "removed");
    expect(posted.every((o) => removed.some((item) => item.id === o.comment.id))).toBe(true);
  });

  it("writes every decision to an append-only log that admins read", async () => {
    const reader = await newUser();
    const outcome = await post(reader, "تعليق سيوسم مزعجًا.");
    await moderateComments(moderator, [outcome.comment.id], "spam", "إعلان متكرر");
    const log = await listModerationLog(admin);
    const mine = log.filter((entry) => entry.comment?.id === outcome.comment.id);
    expect(mine.map((entry) => [entry.action, entry.actorName, entry.reason])).toEqual([
      ["marked_spam", moderator.displayName, "إعلان متكرر"],
      ["posted", null, ar.moderation.pending.newAuthor],
    ]);
    expect(mine[1]).toMatchObject({ rule: "trust", toStatus: "pending" });
    expect(await refusal(listModerationLog(moderator))).toBe("forbidden");
    const failure = (query: Promise<unknown>) =>
      query.then(
        () => "changed",
        (error: Error) => String((error.cause as Error | undefined)?.message ?? error.message),
      );
    expect(await failure(getDb().execute(sql`update comment_moderation_events set reason = 'edited'`))).toMatch(/append-only/);
    expect(await failure(getDb().execute(sql`delete from comment_moderation_events`))).toMatch(/append-only/);
  });

  it("shows the author's record beside each queued comment", async () => {
    const reader = await newUser("reader", "قارئ له سجل");
    const approved = await post(reader, "تعليق أول سيُعتمد");
    await moderateComments(moderator, [approved.comment.id], "approve");
    const spam = await post(reader, "تعليق ثانٍ مزعج");
    await moderateComments(moderator, [spam.comment.id], "spam");
    const pending = await post(reader, "تعليق ثالث ينتظر");
    const item = (await listQueue(moderator, "pending")).find((entry) => entry.id === pending.comment.id)!;
    expect(item.author).toMatchObject({
      name: "قارئ له سجل",
      trusted: false,
      counts: { approved: 1, spam: 1, pending: 1, rejected: 0, deleted: 0 },
    });
    expect(item.author.recentDecisions.map((d) => d.action)).toEqual(["marked_spam", "approved"]);
    expect(item.article.id).toBe(seedStoryId);
  });
});
