import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { articles } from "@/db/schema/articles";
import { commentModerationEvents, comments } from "@/db/schema/comments";
import { accountTokens, mailMessages } from "@/db/schema/mail";
import { users } from "@/db/schema/users";
import { seedDemoNewsroom } from "@/db/seed";
import type { SignedInViewer } from "@/lib/permissions/viewer";
import { deleteOwnAccount, exportOwnData } from "./account-data";
import { getCommentSettings, updateCommentSettings } from "./comment-settings";
import { reportComment } from "./comment-changes";
import { getCommentWithReplies } from "./comment-threads";
import { postComment } from "./comments";
import { authenticate, loadViewer } from "./users";
import { hashPassword } from "@/lib/passwords";

const password = "a-long-passphrase";
let storyId: string;
let passwordHash: string;

async function viewerOf(email: string) {
  const [row] = await getDb().select({ id: users.id, sv: users.sessionVersion }).from(users).where(eq(users.email, email));
  return (await loadViewer({ userId: row!.id, sessionVersion: row!.sv }))!;
}

beforeAll(async () => {
  await seedDemoNewsroom(getDb());
  passwordHash = await hashPassword(password);
  const [story] = await getDb().select({ id: articles.id }).from(articles).where(and(eq(articles.status, "published"), eq(articles.commentMode, "open"))).limit(1);
  storyId = story!.id;
  await updateCommentSettings(await viewerOf("admin@khabar.test"), { ...(await getCommentSettings()), trustThreshold: 0 });
});

async function reader(name: string): Promise<SignedInViewer> {
  const email = `leaving-${crypto.randomUUID()}@example.com`;
  await getDb().insert(users).values({ email, displayName: name, passwordHash, emailVerifiedAt: new Date() });
  return viewerOf(email);
}

const comment = async (viewer: SignedInViewer, body: string, parentId: string | null = null) =>
  (await postComment(viewer, { articleId: storyId, parentId, body, clientKey: crypto.randomUUID() }, { ip: crypto.randomUUID() })).comment.id;

async function thread(commentId: string) {
  const found = await getCommentWithReplies(storyId, commentId, null);
  return found!;
}

describe("taking my data", () => {
  it("holds my profile, my comments with their statuses and my reports", async () => {
    const me = await reader("قارئة تصدّر");
    const other = await reader("آخر");
    const mine = await comment(me, "رأيي في الخبر");
    await reportComment(me, await comment(other, "تعليق آخر"), { reason: "spam", note: "مكرر" });
    const data = await exportOwnData(me);
    expect(data.profile).toMatchObject({ email: me.email, displayName: "قارئة تصدّر", role: "reader" });
    expect(data.comments).toEqual([expect.objectContaining({ id: mine, body: "رأيي في الخبر", status: "approved" })]);
    expect(data.reports).toEqual([expect.objectContaining({ reason: "spam", note: "مكرر" })]);
    expect(data.sanctions).toEqual([]);
  });
});

describe("deleting my account", () => {
  it("needs my password, and is not for staff", async () => {
    const me = await reader("متردد");
    await expect(deleteOwnAccount(me, { password: "not-my-password", comments: "keep" })).rejects.toMatchObject({ code: "wrongCurrentPassword" });
    await expect(deleteOwnAccount(await viewerOf("editor@khabar.test"), { password, comments: "keep" })).rejects.toMatchObject({ code: "staffAccount" });
    expect(await viewerOf(me.email)).not.toBeNull();
  });

  it("signs me out, removes my personal data and keeps my comments under «قارئ سابق»", async () => {
    const me = await reader("راحلة");
    const other = await reader("باقٍ");
    const mine = await comment(me, "تعليق يبقى");
    await comment(other, "رد عليه", mine);
    await deleteOwnAccount(me, { password, comments: "keep" });

    expect(await loadViewer({ userId: me.id, sessionVersion: 1 })).toBeNull();
    expect(await authenticate(me.email, password)).toBeNull();
    const [row] = await getDb().select().from(users).where(eq(users.id, me.id));
    expect(row).toMatchObject({ displayName: "قارئ سابق", passwordHash: null, status: "deactivated" });
    expect(row!.email).not.toContain("leaving-");
    expect(await getDb().select().from(accountTokens).where(eq(accountTokens.userId, me.id))).toEqual([]);
    expect(await getDb().select().from(mailMessages).where(eq(mailMessages.userId, me.id))).toEqual([]);
    const shown = await thread(mine);
    expect(shown.comment).toMatchObject({ authorName: "قارئ سابق", body: "تعليق يبقى" });
    expect(shown.replies).toHaveLength(1);
  });

  it("removes my comments when I choose so, keeping the replies of others and the log", async () => {
    const me = await reader("ماحية");
    const other = await reader("مجيب");
    const mine = await comment(me, "تعليق يُحذف");
    await comment(other, "رد يبقى", mine);
    const commentCount = async () => (await getDb().select({ count: articles.commentCount }).from(articles).where(eq(articles.id, storyId)))[0]!.count;
    const before = await commentCount();
    await deleteOwnAccount(me, { password, comments: "remove" });

    const [stored] = await getDb().select({ status: comments.status, body: comments.body }).from(comments).where(eq(comments.id, mine));
    expect(stored).toEqual({ status: "deleted", body: "" });
    expect(await commentCount()).toBe(before - 1);
    const shown = await thread(mine);
    expect(shown.comment.body).not.toContain("تعليق يُحذف");
    expect(shown.replies.map((reply) => reply.body)).toEqual(["رد يبقى"]);
    const log = await getDb().select({ action: commentModerationEvents.action }).from(commentModerationEvents).where(eq(commentModerationEvents.commentId, mine));
    expect(log.map((event) => event.action)).toEqual(["posted", "deleted"]);
  });
});
