import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { userRoles, type UserRole } from "@/db/schema/enums";
import { comments } from "@/db/schema/comments";
import { users } from "@/db/schema/users";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemoNewsroom } from "@/db/seed";
import type { Viewer } from "@/lib/auth/viewer";
import { AuthorizationError } from "@/lib/errors";
import { articles } from "@/db/schema/articles";
import * as commentSettingsDal from "./comment-settings";
import * as commentsDal from "./comments";
import * as moderationDal from "./moderation";
import * as usersDal from "./users";

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
let articleId: string;
let commentId: string;
const rows: Record<string, { expect: (caller: Caller) => Expectation; call: (viewer: Viewer) => Promise<unknown> }> = {
  loadViewer: { expect: anyone, call: () => usersDal.loadViewer({ userId: target, sessionVersion: 1 }) },
  authenticate: { expect: anyone, call: () => usersDal.authenticate("nobody@example.com", "whatever-password") },
  registerReader: {
    expect: anyone,
    call: () => usersDal.registerReader({ email: `r-${crypto.randomUUID()}@example.com`, displayName: "قارئ", password: "x-long-passphrase" }),
  },
  updateOwnProfile: { expect: signedIn, call: (viewer) => usersDal.updateOwnProfile(viewer, { displayName: viewer?.displayName ?? "اسم" }) },
  changeOwnPassword: {
    expect: signedIn,
    call: (viewer) => usersDal.changeOwnPassword(viewer, { currentPassword: "wrong", newPassword: "a-new-passphrase" }).catch(ignoreDomainErrors),
  },
  signOutEverywhere: { expect: signedIn, call: (viewer) => usersDal.signOutEverywhere(viewer) },
  listUsers: { expect: only("admin"), call: (viewer) => usersDal.listUsers(viewer) },
  createUser: {
    expect: only("admin"),
    call: (viewer) =>
      usersDal.createUser(viewer, { email: `u-${crypto.randomUUID()}@example.com`, displayName: "مستخدم", password: "x-long-passphrase", role: "writer" }),
  },
  changeUserRole: { expect: only("admin"), call: (viewer) => usersDal.changeUserRole(viewer, target, "writer") },
  setUserStatus: { expect: only("admin"), call: (viewer) => usersDal.setUserStatus(viewer, target, "active") },
};

// Comments: public reads, what readers do, and the moderation desk.
const commentRows: typeof rows = {
  getThreadArticle: { expect: anyone, call: () => commentsDal.getThreadArticle({ id: articleId }) },
  listThreadPage: { expect: anyone, call: () => commentsDal.listThreadPage(articleId, "oldest", null) },
  getCommentWithReplies: { expect: anyone, call: () => commentsDal.getCommentWithReplies(articleId, commentId, null) },
  getThreadViewer: { expect: anyone, call: (viewer) => commentsDal.getThreadViewer(viewer, articleId) },
  postComment: {
    expect: signedIn,
    call: (viewer) =>
      commentsDal.postComment(
        viewer,
        { articleId, parentId: null, body: `تعليق للتجربة ${crypto.randomUUID()}`, clientKey: crypto.randomUUID() },
        { ip: crypto.randomUUID() },
      ),
  },
  editComment: { expect: signedIn, call: (viewer) => commentsDal.editComment(viewer, commentId, "نص جديد").catch(ignoreDomainErrors) },
  deleteOwnComment: { expect: signedIn, call: (viewer) => commentsDal.deleteOwnComment(viewer, commentId).catch(ignoreDomainErrors) },
  reportComment: {
    expect: signedIn,
    call: (viewer) => commentsDal.reportComment(viewer, commentId, { reason: "spam", note: "" }).catch(ignoreDomainErrors),
  },
  countPendingComments: { expect: only("moderator", "admin"), call: (viewer) => moderationDal.countPendingComments(viewer) },
  countQueues: { expect: only("moderator", "admin"), call: (viewer) => moderationDal.countQueues(viewer) },
  listQueue: { expect: only("moderator", "admin"), call: (viewer) => moderationDal.listQueue(viewer, "pending") },
  moderateComments: { expect: only("moderator", "admin"), call: (viewer) => moderationDal.moderateComments(viewer, [commentId], "approve") },
  getCommenter: { expect: only("moderator", "admin"), call: (viewer) => moderationDal.getCommenter(viewer, target) },
  sanctionCommenter: {
    expect: only("moderator", "admin"),
    call: (viewer) => moderationDal.sanctionCommenter(viewer, target, { kind: "suspension", days: 1, reason: "تجربة" }),
  },
  liftSanction: { expect: only("moderator", "admin"), call: (viewer) => moderationDal.liftSanction(viewer, crypto.randomUUID(), "تجربة") },
  listModerationLog: { expect: only("admin"), call: (viewer) => moderationDal.listModerationLog(viewer) },
  getCommentSettings: { expect: anyone, call: () => commentSettingsDal.getCommentSettings() },
  loadModerationRules: { expect: anyone, call: () => commentSettingsDal.loadModerationRules() },
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
};
Object.assign(rows, commentRows);
const guardedModules = [usersDal, commentsDal, moderationDal, commentSettingsDal];

function ignoreDomainErrors(error: unknown) {
  if (error instanceof AuthorizationError) throw error;
}

async function viewerFor(caller: Caller): Promise<Viewer> {
  if (caller === "anonymous") return null;
  const email = caller === "deactivated" ? "reader@khabar.test" : DEMO_ACCOUNTS.find((a) => a.role === caller)!.email;
  const [row] = await getDb().select({ id: users.id, sv: users.sessionVersion }).from(users).where(eq(users.email, email));
  if (caller === "deactivated") {
    await getDb().update(users).set({ status: "deactivated" }).where(eq(users.email, email));
    const viewer = await usersDal.loadViewer({ userId: row!.id, sessionVersion: row!.sv });
    await getDb().update(users).set({ status: "active" }).where(eq(users.email, email));
    return viewer;
  }
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
  const [created] = await getDb()
    .insert(users)
    .values({ email: "target@example.com", displayName: "هدف", role: "writer" })
    .returning({ id: users.id });
  target = created!.id;
  const [story] = await getDb().select({ id: articles.id }).from(articles).where(and(eq(articles.commentMode, "open"), eq(articles.status, "published"))).limit(1);
  articleId = story!.id;
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

describe("data-access authorization", () => {
  it("has a row for every exported function of the guarded modules", () => {
    const exported = guardedModules.flatMap((module) =>
      Object.entries(module).filter(([, value]) => typeof value === "function").map(([name]) => name),
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
    await expect(usersDal.setUserStatus(admin, admin!.id, "deactivated")).rejects.toThrow();
    await expect(usersDal.changeUserRole(admin, admin!.id, "editor")).rejects.toMatchObject({ code: "lastAdmin" });
  });

  it("revokes sessions when a role changes", async () => {
    const admin = await viewerFor("admin");
    const [before] = await getDb().select({ sv: users.sessionVersion }).from(users).where(eq(users.id, target));
    await usersDal.changeUserRole(admin, target, "editor");
    expect(await usersDal.loadViewer({ userId: target, sessionVersion: before!.sv })).toBeNull();
  });
});
