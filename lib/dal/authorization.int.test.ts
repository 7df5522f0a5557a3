import { and, eq } from "drizzle-orm";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { userRoles, type UserRole } from "@/db/schema/enums";
import { comments } from "@/db/schema/comments";
import { users } from "@/db/schema/users";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemoNewsroom } from "@/db/seed";
import { storyPayload } from "@/db/testing/story-payload";
import type { Viewer } from "@/lib/permissions/viewer";
import { AuthorizationError } from "@/lib/errors";
import { articleInputSchema } from "@/lib/validation/articles";
import { articles } from "@/db/schema/articles";
import { liveUpdates } from "@/db/schema/live";
import { documentFromParagraphs } from "@/lib/article-document";
import * as workflowDal from "./article-workflow";
import * as commentSettingsDal from "./comment-settings";
import * as commentChangesDal from "./comment-changes";
import * as commentThreadsDal from "./comment-threads";
import * as commentsDal from "./comments";
import * as commentersDal from "./commenters";
import * as moderationDal from "./moderation";
import * as moderationLogDal from "./moderation-log";
import * as imagesDal from "./images";
import * as liveDal from "./live-coverage";
import * as newsroomDal from "./newsroom-articles";
import * as deskDal from "./newsroom-desk";
import * as presenceDal from "./story-presence";
import * as revisionsDal from "./story-revisions";
import * as schedulerDal from "./scheduled-publishing";
import * as searchSynonymsDal from "./search-synonyms";
import * as usersDal from "./users";
import * as accountLinksDal from "./account-links";
import * as accountDataDal from "./account-data";
import * as mailDal from "./mail";
import * as wireDeskDal from "./wire-desk";
import * as wireStoriesDal from "./wire-stories";
import * as withdrawnDal from "./withdrawn-stories";
import { insertWireItem } from "@/db/testing/wire-item";

// Every data-access function that acts for someone, called as every kind of viewer.
// Adding an exported function to a guarded module without a row here fails the first test.

type Caller = "anonymous" | UserRole | "deactivated";
const callers: Caller[] = ["anonymous", ...userRoles, "deactivated"];
type Expectation = "allowed" | "unauthenticated" | "forbidden";

const signedIn = (caller: Caller): Expectation => (caller === "anonymous" || caller === "deactivated" ? "unauthenticated" : "allowed");
const only = (...roles: UserRole[]) => (caller: Caller): Expectation =>
  caller === "anonymous" || caller === "deactivated" ? "unauthenticated" : roles.includes(caller) ? "allowed" : "forbidden";
const anyone = (): Expectation => "allowed";

let target: string;
let commenter: string;
let story: { id: string; version: number; sectionId: number };
let articleId: string;
let commentId: string;
let live: { articleId: string; updateId: number };
let wire: { itemId: string; storyId: string };
const liveUpdate = { headline: "", body: documentFromParagraphs(["تحديث لاختبار الصلاحيات"]), isKeyEvent: false };
const staff = (caller: Caller): Expectation => only("writer", "editor", "admin")(caller);
const editors = (caller: Caller): Expectation => only("editor", "admin")(caller);
// Writers hold the capability but the story is not theirs: the row check refuses them.
const editorsOverWriters = editors;

const storyInput = (authorId: string) =>
  articleInputSchema.parse(storyPayload({ headline: "خبر لاختبار الصلاحيات", sectionId: story.sectionId, authorIds: [authorId] }));
const withAuthor = (viewer: Viewer) => storyInput(viewer?.id ?? crypto.randomUUID());

const rows: Record<string, { expect: (caller: Caller) => Expectation; call: (viewer: Viewer) => Promise<unknown> }> = {
  loadViewer: { expect: anyone, call: () => usersDal.loadViewer({ userId: target, sessionVersion: 1 }) },
  authenticate: { expect: anyone, call: () => usersDal.authenticate("nobody@example.com", "whatever-password") },
  signInWithPassword: { expect: anyone, call: () => usersDal.signInWithPassword({ ip: "192.0.2.9", email: "nobody@example.com", password: "whatever-password" }, async () => {}) },
  registerReader: {
    expect: anyone,
    call: () => usersDal.registerReader({ email: `r-${crypto.randomUUID()}@example.com`, displayName: "قارئ", password: "x-long-passphrase" }),
  },
  updateOwnProfile: { expect: signedIn, call: (viewer) => usersDal.updateOwnProfile(viewer, { displayName: viewer?.displayName ?? "اسم", addressedAs: null }) },
  getOwnAddressing: { expect: signedIn, call: (viewer) => usersDal.getOwnAddressing(viewer) },
  changeOwnPassword: {
    expect: signedIn,
    call: (viewer) => usersDal.changeOwnPassword(viewer, { currentPassword: "wrong", newPassword: "a-new-passphrase" }).catch(ignoreDomainErrors),
  },
  signOutEverywhere: { expect: signedIn, call: (viewer) => usersDal.signOutEverywhere(viewer) },
  getOwnLanding: { expect: signedIn, call: (viewer) => usersDal.getOwnLanding(viewer) },
  setOwnLanding: { expect: signedIn, call: (viewer) => usersDal.setOwnLanding(viewer, "home") },
  listUsers: { expect: only("admin"), call: (viewer) => usersDal.listUsers(viewer) },
  createUser: {
    expect: only("admin"),
    call: (viewer) =>
      usersDal.createUser(viewer, { email: `u-${crypto.randomUUID()}@example.com`, displayName: "مستخدم", role: "writer", addressedAs: null }),
  },
  changeUserRole: { expect: only("admin"), call: (viewer) => usersDal.changeUserRole(viewer, target, "writer") },
  setUserStatus: { expect: only("admin"), call: (viewer) => usersDal.setUserStatus(viewer, target, "active") },
  setUserAddressing: { expect: only("admin"), call: (viewer) => usersDal.setUserAddressing(viewer, target, "feminine") },
  getOwnMailSettings: { expect: signedIn, call: (viewer) => usersDal.getOwnMailSettings(viewer) },
  setMailNotices: { expect: signedIn, call: (viewer) => usersDal.setMailNotices(viewer, { notifyReplies: false, notifyModeration: false }) },
  // The demo accounts are verified: the data layer says so, as a refusal the person reads.
  resendVerificationMail: { expect: signedIn, call: (viewer) => accountLinksDal.resendVerificationMail(viewer).catch(ignoreDomainErrors) },
  changeOwnEmail: {
    expect: signedIn,
    call: (viewer) => accountLinksDal.changeOwnEmail(viewer, { email: `moved-${crypto.randomUUID()}@example.com`, password: "not-the-password" }).catch(ignoreDomainErrors),
  },
  verifyEmail: { expect: anyone, call: () => accountLinksDal.verifyEmail("x".repeat(43)) },
  requestPasswordReset: { expect: anyone, call: () => accountLinksDal.requestPasswordReset({ email: "nobody@example.com", ip: crypto.randomUUID() }) },
  isPasswordLinkLive: { expect: anyone, call: () => accountLinksDal.isPasswordLinkLive("x".repeat(43)) },
  setPasswordFromLink: { expect: anyone, call: () => accountLinksDal.setPasswordFromLink("x".repeat(43), "a-new-passphrase").catch(ignoreDomainErrors) },
  unsubscribeFromNotices: { expect: anyone, call: () => accountLinksDal.unsubscribeFromNotices("x".repeat(43)) },
  exportOwnData: { expect: signedIn, call: (viewer) => accountDataDal.exportOwnData(viewer) },
  // A wrong password (readers) or a staff account (everyone else) is refused before anything changes.
  deleteOwnAccount: {
    expect: signedIn,
    call: (viewer) => accountDataDal.deleteOwnAccount(viewer, { password: "not-the-password", comments: "keep" }).catch(ignoreDomainErrors),
  },
  listOutbox: { expect: only("admin"), call: (viewer) => mailDal.listOutbox(viewer) },
  // The mail tick's side of the queue acts for no one.
  claimDueMail: { expect: anyone, call: () => mailDal.claimDueMail() },
  recordDelivery: { expect: anyone, call: () => mailDal.recordDelivery(crypto.randomUUID(), "sent") },
  recordFailure: { expect: anyone, call: () => mailDal.recordFailure({ id: crypto.randomUUID(), attempts: 1 }, "test") },

  listDeskArticles: { expect: staff, call: (viewer) => deskDal.listDeskArticles(viewer, { status: "all", mine: false, query: "" }) },
  getEditorOptions: { expect: staff, call: (viewer) => newsroomDal.getEditorOptions(viewer) },
  getArticleForEditing: { expect: editorsOverWriters, call: (viewer) => newsroomDal.getArticleForEditing(viewer, story.id) },
  createArticle: { expect: staff, call: (viewer) => newsroomDal.createArticle(viewer, withAuthor(viewer)) },
  saveArticle: {
    expect: editorsOverWriters,
    call: (viewer) => newsroomDal.saveArticle(viewer, { articleId: story.id, baseVersion: story.version, input: withAuthor(viewer), markAsUpdate: false, isAutosave: false }),
  },
  listRevisions: { expect: editorsOverWriters, call: (viewer) => revisionsDal.listRevisions(viewer, story.id) },
  getRevisionSnapshots: { expect: editorsOverWriters, call: (viewer) => revisionsDal.getRevisionSnapshots(viewer, story.id, [1]) },
  restoreRevision: { expect: editorsOverWriters, call: (viewer) => newsroomDal.restoreRevision(viewer, { articleId: story.id, version: 1, baseVersion: story.version }) },
  heartbeat: { expect: editorsOverWriters, call: (viewer) => presenceDal.heartbeat(viewer, story.id) },
  leaveArticle: { expect: staff, call: (viewer) => presenceDal.leaveArticle(viewer, story.id) },
  getArticlePreview: { expect: editorsOverWriters, call: (viewer) => newsroomDal.getArticlePreview(viewer, story.id) },
  previewPublication: { expect: editors, call: (viewer) => workflowDal.previewPublication(viewer, story.id) },
  transitionArticle: { expect: editors, call: (viewer) => workflowDal.transitionArticle(viewer, { articleId: story.id, baseVersion: story.version, action: "archive" }) },
  addCorrection: { expect: editors, call: (viewer) => workflowDal.addCorrection(viewer, { articleId: story.id, type: "clarification", note: "توضيح" }) },
  setCoverage: { expect: editors, call: (viewer) => liveDal.setCoverage(viewer, live.articleId, "start") },
  postUpdate: { expect: staff, call: (viewer) => liveDal.postUpdate(viewer, { articleId: live.articleId, publish: false, update: liveUpdate }) },
  // Published updates are the publishers': writers hold the capability, the row refuses them.
  editUpdate: {
    expect: editors,
    call: (viewer) => liveDal.editUpdate(viewer, { updateId: live.updateId, baseVersion: 1, update: liveUpdate }).catch(ignoreDomainErrors),
  },
  changeUpdateState: { expect: editors, call: (viewer) => liveDal.changeUpdateState(viewer, { updateId: live.updateId, action: "pin" }) },
  getLiveDesk: { expect: staff, call: (viewer) => liveDal.getLiveDesk(viewer, live.articleId) },
  liveDeskHeartbeat: { expect: staff, call: (viewer) => liveDal.liveDeskHeartbeat(viewer, live.articleId) },
  listOpenCoverage: { expect: staff, call: (viewer) => liveDal.listOpenCoverage(viewer) },
  uploadImage: { expect: staff, call: (viewer) => imagesDal.uploadImage(viewer, async () => new Uint8Array([1, 2, 3])).catch(ignoreDomainErrors) },
  // Public or system functions: they act for no one.
  getImageVariant: { expect: anyone, call: () => imagesDal.getImageVariant(crypto.randomUUID(), 480, "webp") },
  publishDueArticles: { expect: anyone, call: () => schedulerDal.publishDueArticles() },
};

// Comments: public reads, what readers do, and the moderation desk.
const commentRows: typeof rows = {
  getThreadArticle: { expect: anyone, call: () => commentThreadsDal.getThreadArticle({ id: articleId }) },
  listThreadPage: { expect: anyone, call: () => commentThreadsDal.listThreadPage(articleId, "oldest", null) },
  getCommentWithReplies: { expect: anyone, call: () => commentThreadsDal.getCommentWithReplies(articleId, commentId, null) },
  getThreadViewer: { expect: anyone, call: (viewer) => commentThreadsDal.getThreadViewer(viewer, articleId) },
  postComment: {
    expect: signedIn,
    call: (viewer) =>
      commentsDal.postComment(
        viewer,
        { articleId, parentId: null, body: `تعليق للتجربة ${crypto.randomUUID()}`, clientKey: crypto.randomUUID() },
        { ip: crypto.randomUUID() },
      ),
  },
  editComment: { expect: signedIn, call: (viewer) => commentChangesDal.editComment(viewer, commentId, "نص جديد").catch(ignoreDomainErrors) },
  deleteOwnComment: { expect: signedIn, call: (viewer) => commentChangesDal.deleteOwnComment(viewer, commentId).catch(ignoreDomainErrors) },
  reportComment: {
    expect: signedIn,
    call: (viewer) => commentChangesDal.reportComment(viewer, commentId, { reason: "spam", note: "" }).catch(ignoreDomainErrors),
  },
  countPendingComments: { expect: only("moderator", "admin"), call: (viewer) => moderationDal.countPendingComments(viewer) },
  countQueues: { expect: only("moderator", "admin"), call: (viewer) => moderationDal.countQueues(viewer) },
  listQueue: { expect: only("moderator", "admin"), call: (viewer) => moderationDal.listQueue(viewer, "pending") },
  moderateComments: { expect: only("moderator", "admin"), call: (viewer) => moderationDal.moderateComments(viewer, [commentId], "approve") },
  getCommenter: { expect: only("moderator", "admin"), call: (viewer) => commentersDal.getCommenter(viewer, target) },
  sanctionCommenter: {
    expect: only("moderator", "admin"),
    call: (viewer) => commentersDal.sanctionCommenter(viewer, commenter, { kind: "suspension", days: 1, reason: "تجربة" }),
  },
  liftSanction: { expect: only("moderator", "admin"), call: (viewer) => commentersDal.liftSanction(viewer, crypto.randomUUID(), "تجربة") },
  listModerationLog: { expect: only("admin"), call: (viewer) => moderationLogDal.listModerationLog(viewer) },
  getCommentSettings: { expect: anyone, call: () => commentSettingsDal.getCommentSettings() },
  loadModerationRules: { expect: anyone, call: () => commentSettingsDal.loadModerationRules() },
  knownModerationRules: { expect: anyone, call: async () => commentSettingsDal.knownModerationRules() },
  moderationRulesAt: {
    expect: anyone,
    call: () => commentSettingsDal.moderationRulesAt({ settings: null, words: 0, top_word: null }),
  },
  updateCommentSettings: {
    expect: only("admin"),
    call: async (viewer) => commentSettingsDal.updateCommentSettings(viewer, await commentSettingsDal.getCommentSettings()),
  },
  listModerationWords: { expect: only("moderator", "admin"), call: (viewer) => commentSettingsDal.listModerationWords(viewer) },
  addModerationWord: {
    expect: only("moderator", "admin"),
    call: (viewer) => commentSettingsDal.addModerationWord(viewer, "suspect", `كلمة${crypto.randomUUID().slice(0, 6)}`),
  },
  removeModerationWord: { expect: only("moderator", "admin"), call: (viewer) => commentSettingsDal.removeModerationWord(viewer, -1) },
  listSearchSynonyms: { expect: editors, call: (viewer) => searchSynonymsDal.listSearchSynonyms(viewer) },
  addSearchSynonyms: {
    expect: editors,
    call: (viewer) => {
      const name = crypto.randomUUID().slice(0, 8).replace(/[^a-z]/g, "x");
      return searchSynonymsDal.addSearchSynonyms(viewer, [`اسم${name}`, `name${name}`]);
    },
  },
  removeSearchSynonyms: { expect: editors, call: (viewer) => searchSynonymsDal.removeSearchSynonyms(viewer, -1) },
};
Object.assign(rows, commentRows);

// The wire desk: writers and editors (and admins) read the queue; a story made from an item is
// its maker's, an editor's here, so writers are refused it by the row.
const wireRows: typeof rows = {
  listWireQueue: { expect: staff, call: (viewer) => wireDeskDal.listWireQueue(viewer, {}) },
  listUrgentWire: { expect: staff, call: (viewer) => wireDeskDal.listUrgentWire(viewer) },
  getWireFilterOptions: { expect: staff, call: (viewer) => wireDeskDal.getWireFilterOptions(viewer) },
  getWireItem: { expect: staff, call: (viewer) => wireDeskDal.getWireItem(viewer, wire.itemId) },
  listWireRejections: { expect: staff, call: (viewer) => wireDeskDal.listWireRejections(viewer) },
  createStoryFromWire: { expect: staff, call: (viewer) => wireStoriesDal.createStoryFromWire(viewer, { itemId: wire.itemId, sectionId: story.sectionId }) },
  getStoryWireState: { expect: editorsOverWriters, call: (viewer) => wireStoriesDal.getStoryWireState(viewer, wire.storyId) },
  acknowledgeWireUpdate: { expect: editorsOverWriters, call: (viewer) => wireStoriesDal.acknowledgeWireUpdate(viewer, wire.storyId, 1) },
  // The story is a draft: the data layer answers that there is nothing to withdraw, to those it lets ask.
  withdrawStory: { expect: editors, call: (viewer) => wireStoriesDal.withdrawStory(viewer, { articleId: wire.storyId, note: "سُحب للتجربة" }) },
  setStoryEmbargo: { expect: editorsOverWriters, call: (viewer) => wireStoriesDal.setStoryEmbargo(viewer, { articleId: wire.storyId, until: null }) },
  listWireFlaggedStories: { expect: staff, call: (viewer) => wireStoriesDal.listWireFlaggedStories(viewer) },
  getWithdrawalNotice: { expect: anyone, call: () => withdrawnDal.getWithdrawalNotice("no-such-story") },
};
Object.assign(rows, wireRows);
const guardedModules = [usersDal, accountLinksDal, accountDataDal, mailDal, newsroomDal, deskDal, revisionsDal, presenceDal, liveDal, workflowDal, imagesDal, schedulerDal, commentsDal, commentThreadsDal, commentChangesDal, moderationDal, commentersDal, moderationLogDal, commentSettingsDal, searchSynonymsDal, wireDeskDal, wireStoriesDal, withdrawnDal];

function ignoreDomainErrors(error: unknown) {
  if (error instanceof AuthorizationError) throw error;
}

// A deactivated admin whose session is otherwise current: only its status can turn it away,
// and if that check failed, every row would let it through.
const DEACTIVATED_EMAIL = "former-admin@example.com";

/** The viewer each caller's session resolves to, the way every request resolves it. */
async function viewerFor(caller: Caller): Promise<Viewer> {
  if (caller === "anonymous") return null;
  const email = caller === "deactivated" ? DEACTIVATED_EMAIL : DEMO_ACCOUNTS.find((a) => a.role === caller)!.email;
  const [row] = await getDb().select({ id: users.id, sv: users.sessionVersion }).from(users).where(eq(users.email, email));
  return usersDal.loadViewer({ userId: row!.id, sessionVersion: row!.sv });
}

async function outcome(call: () => Promise<unknown>): Promise<Expectation> {
  try {
    await call();
    return "allowed";
  } catch (error) {
    if (error instanceof AuthorizationError) return error.reason;
    throw error;
  }
}

beforeAll(async () => {
  await seedDemoNewsroom(getDb());
  const [covered] = await getDb()
    .select({ articleId: liveUpdates.articleId, updateId: liveUpdates.id })
    .from(liveUpdates)
    .where(eq(liveUpdates.status, "published"))
    .limit(1);
  live = covered!;
  const [created] = await getDb()
    .insert(users)
    .values({ email: "target@example.com", displayName: "هدف", role: "writer" })
    .returning({ id: users.id });
  target = created!.id;
  const [reader] = await getDb()
    .insert(users)
    .values({ email: "commenter@example.com", displayName: "معلّق", role: "reader" })
    .returning({ id: users.id });
  commenter = reader!.id;
  await getDb().insert(users).values({ email: DEACTIVATED_EMAIL, displayName: "مدير سابق", role: "admin", status: "deactivated" });
  const [row] = await getDb()
    .select({ id: articles.id, version: articles.version, sectionId: articles.sectionId })
    .from(articles)
    .where(eq(articles.status, "published"))
    .limit(1);
  story = row!;
  const [open] = await getDb().select({ id: articles.id }).from(articles).where(and(eq(articles.commentMode, "open"), eq(articles.status, "published"))).limit(1);
  articleId = open!.id;
  const { itemId } = await insertWireItem(getDb());
  const made = await wireStoriesDal.createStoryFromWire(await viewerFor("editor"), { itemId, sectionId: story.sectionId });
  if (!made.outcome.ok) throw new Error(`could not make a story from the test's wire item: ${made.outcome.message}`);
  wire = { itemId, storyId: made.outcome.articleId };
  const [comment] = await getDb().select({ id: comments.id }).from(comments).where(eq(comments.articleId, articleId)).limit(1);
  commentId =
    comment?.id ??
    (
      await commentsDal.postComment(
        await viewerFor("moderator"),
        { articleId, parentId: null, body: "تعليق", clientKey: crypto.randomUUID() },
        { ip: "127.0.0.1" },
      )
    ).comment.id;
});

beforeEach(async () => {
  // Each call may have moved the story on; start every call from a published story at its current version.
  const [row] = await getDb().update(articles).set({ status: "published" }).where(eq(articles.id, story.id)).returning({ version: articles.version });
  story = { ...story, version: row!.version };
});

describe("data-access authorization", () => {
  it("has a row for every exported function of the guarded modules", () => {
    const exported = guardedModules.flatMap((module) =>
      Object.entries(module)
        .filter(([, value]) => typeof value === "function")
        .map(([name]) => name),
    );
    expect(exported.sort()).toEqual(Object.keys(rows).sort());
  });

  for (const [name, row] of Object.entries(rows)) {
    it.each(callers)(`${name} as %s`, async (caller) => {
      const viewer = await viewerFor(caller);
      expect(await outcome(() => row.call(viewer))).toBe(row.expect(caller));
    });
  }

  it("signs in the demo accounts with the demo password only", async () => {
    expect(await usersDal.authenticate("editor@khabar.test", DEMO_PASSWORD)).not.toBeNull();
    expect(await usersDal.authenticate("editor@khabar.test", "not-the-password")).toBeNull();
  });

  it("never leaves the newsroom without an active admin", async () => {
    const admin = await viewerFor("admin");
    await expect(usersDal.setUserStatus(admin, admin!.id, "deactivated")).rejects.toMatchObject({ code: "lastAdmin" });
    await expect(usersDal.changeUserRole(admin, admin!.id, "editor")).rejects.toMatchObject({ code: "lastAdmin" });
  });

  it("revokes sessions when a role changes", async () => {
    const admin = await viewerFor("admin");
    const [before] = await getDb().select({ sv: users.sessionVersion }).from(users).where(eq(users.id, target));
    await usersDal.changeUserRole(admin, target, "editor");
    expect(await usersDal.loadViewer({ userId: target, sessionVersion: before!.sv })).toBeNull();
  });
});
