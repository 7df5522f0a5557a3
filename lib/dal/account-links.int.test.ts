import { and, desc, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { articles } from "@/db/schema/articles";
import { mailMessages } from "@/db/schema/mail";
import { users } from "@/db/schema/users";
import { TOKEN_LIFETIME_MS, issueToken, redeemToken } from "./internal/account-tokens";
import { changeOwnEmail, isPasswordLinkLive, resendVerificationMail, requestPasswordReset, setPasswordFromLink, unsubscribeFromNotices, verifyEmail } from "./account-links";
import { postComment } from "./comments";
import { sanctionCommenter } from "./commenters";
import { moderateComments } from "./moderation";
import { getCommentSettings, updateCommentSettings } from "./comment-settings";
import { authenticate, loadViewer, registerReader, setMailNotices } from "./users";
import type { SignedInViewer } from "@/lib/permissions/viewer";

let storyId: string;
beforeAll(async () => {
  const { seedDemoNewsroom } = await import("@/db/seed");
  await seedDemoNewsroom(getDb());
  const [story] = await getDb().select({ id: articles.id }).from(articles).where(and(eq(articles.status, "published"), eq(articles.commentMode, "open"))).limit(1);
  storyId = story!.id;
  // Readers here are new: let their comments through at once, so replies can be made to them.
  const [admin] = await getDb().select({ id: users.id, sessionVersion: users.sessionVersion }).from(users).where(eq(users.email, "admin@khabar.test"));
  const chief = await loadViewer({ userId: admin!.id, sessionVersion: admin!.sessionVersion });
  await updateCommentSettings(chief, { ...(await getCommentSettings()), trustThreshold: 0 });
});

const password = "a-long-passphrase";

async function reader(name = "قارئة"): Promise<SignedInViewer & { sessionVersion: number }> {
  const email = `r-${crypto.randomUUID()}@example.com`;
  const claims = await registerReader({ email, displayName: name, password });
  const viewer = await loadViewer(claims);
  return { ...viewer!, sessionVersion: claims.sessionVersion };
}

/** The token in the link of the latest message of `kind` to `email`, as its reader would find it. */
async function linkToken(email: string, kind: string): Promise<string> {
  const [message] = await getDb()
    .select({ text: mailMessages.text })
    .from(mailMessages)
    .where(and(eq(mailMessages.to, email), eq(mailMessages.kind, kind)))
    .orderBy(desc(mailMessages.createdAt))
    .limit(1);
  const link = /https?:\/\/\S+\/(?:verify-email|reset-password|unsubscribe)\/([\w-]{43})/.exec(message?.text ?? "");
  if (!link) throw new Error(`no ${kind} link for ${email}`);
  return link[1]!;
}

const kindsTo = async (email: string) =>
  (await getDb().select({ kind: mailMessages.kind }).from(mailMessages).where(eq(mailMessages.to, email))).map((row) => row.kind).sort();

const comment = (viewer: SignedInViewer, parentId: string | null = null) =>
  postComment(viewer, { articleId: storyId, parentId, body: `تعليق ${crypto.randomUUID()}`, clientKey: crypto.randomUUID() }, { ip: crypto.randomUUID() });

describe("link tokens", () => {
  it("open once", async () => {
    const someone = await reader();
    const token = await issueToken(getDb(), { userId: someone.id, email: someone.email, purpose: "reset_password" });
    expect(await redeemToken(getDb(), token, "reset_password")).toEqual({ userId: someone.id, email: someone.email });
    expect(await redeemToken(getDb(), token, "reset_password")).toBeNull();
  });

  it("expire, and open nothing for another purpose", async () => {
    const someone = await reader();
    const issuedAt = new Date(Date.now() - TOKEN_LIFETIME_MS.reset_password - 1_000);
    const stale = await issueToken(getDb(), { userId: someone.id, email: someone.email, purpose: "reset_password" }, issuedAt);
    expect(await redeemToken(getDb(), stale, "reset_password")).toBeNull();
    const fresh = await issueToken(getDb(), { userId: someone.id, email: someone.email, purpose: "verify_email" });
    expect(await redeemToken(getDb(), fresh, "reset_password")).toBeNull();
    expect(await redeemToken(getDb(), fresh, "verify_email")).not.toBeNull();
  });

  it("replace the earlier link of the same purpose", async () => {
    const someone = await reader();
    const first = await issueToken(getDb(), { userId: someone.id, email: someone.email, purpose: "reset_password" });
    const second = await issueToken(getDb(), { userId: someone.id, email: someone.email, purpose: "reset_password" });
    expect(await redeemToken(getDb(), first, "reset_password")).toBeNull();
    expect(await redeemToken(getDb(), second, "reset_password")).not.toBeNull();
  });
});

describe("verifying a new reader's address", () => {
  it("holds the first comment until the link is followed, once", async () => {
    const someone = await reader();
    await expect(comment(someone)).rejects.toMatchObject({ code: "emailUnverified" });
    const token = await linkToken(someone.email, "verify_email");
    expect(await verifyEmail(token)).toBe(true);
    expect(await verifyEmail(token)).toBe(false);
    expect((await comment(someone)).status).toBe("approved");
    await expect(resendVerificationMail(someone)).rejects.toMatchObject({ code: "alreadyVerified" });
  });

  it("sends a new link on request, which replaces the first", async () => {
    const someone = await reader();
    const first = await linkToken(someone.email, "verify_email");
    await resendVerificationMail(someone);
    const second = await linkToken(someone.email, "verify_email");
    expect(second).not.toBe(first);
    expect(await verifyEmail(first)).toBe(false);
    expect(await verifyEmail(second)).toBe(true);
  });
});

describe("a forgotten password", () => {
  it("gets the same answer for an unknown address, and mail only for a known one", async () => {
    const someone = await reader();
    const unknown = `nobody-${crypto.randomUUID()}@example.com`;
    expect(await requestPasswordReset({ email: unknown, ip: crypto.randomUUID() })).toEqual({ allowed: true });
    expect(await requestPasswordReset({ email: someone.email, ip: crypto.randomUUID() })).toEqual({ allowed: true });
    expect(await kindsTo(unknown)).toEqual([]);
    expect(await kindsTo(someone.email)).toEqual(["reset_password", "verify_email"]);
  });

  it("is limited per address typed, known or not, and per client address", async () => {
    for (const email of [(await reader()).email, `nobody-${crypto.randomUUID()}@example.com`]) {
      for (let n = 0; n < 3; n++) expect((await requestPasswordReset({ email, ip: crypto.randomUUID() })).allowed).toBe(true);
      expect((await requestPasswordReset({ email, ip: crypto.randomUUID() })).allowed).toBe(false);
    }
    const ip = crypto.randomUUID();
    for (let n = 0; n < 10; n++) await requestPasswordReset({ email: `n${n}-${crypto.randomUUID()}@example.com`, ip });
    expect((await requestPasswordReset({ email: `last-${crypto.randomUUID()}@example.com`, ip })).allowed).toBe(false);
  });

  it("is set from the link once, ending every session and telling the owner", async () => {
    const someone = await reader();
    await requestPasswordReset({ email: someone.email, ip: crypto.randomUUID() });
    const token = await linkToken(someone.email, "reset_password");
    expect(await isPasswordLinkLive(token)).toBe(true);
    await setPasswordFromLink(token, "another-long-passphrase");
    expect(await loadViewer({ userId: someone.id, sessionVersion: someone.sessionVersion })).toBeNull();
    expect(await authenticate(someone.email, password)).toBeNull();
    expect(await authenticate(someone.email, "another-long-passphrase")).not.toBeNull();
    expect(await kindsTo(someone.email)).toContain("password_changed");
    expect(await isPasswordLinkLive(token)).toBe(false);
    await expect(setPasswordFromLink(token, "a-third-long-passphrase")).rejects.toMatchObject({ code: "linkExpired" });
  });
});

describe("reply notices", () => {
  it("reach only those who asked, never for their own replies, and stop at the unsubscribe link", async () => {
    const [asked, quiet, replier] = [await reader("سائلة"), await reader("صامت"), await reader("مجيب")];
    for (const someone of [asked, quiet, replier]) await verifyEmail(await linkToken(someone.email, "verify_email"));
    await setMailNotices(asked, { notifyReplies: true, notifyModeration: false });
    const askedComment = await comment(asked);
    const quietComment = await comment(quiet);
    await comment(replier, askedComment.comment.id);
    await comment(replier, quietComment.comment.id);
    await comment(asked, askedComment.comment.id);
    expect((await kindsTo(asked.email)).filter((kind) => kind === "reply")).toHaveLength(1);
    expect(await kindsTo(quiet.email)).not.toContain("reply");

    const [notice] = await getDb().select().from(mailMessages).where(and(eq(mailMessages.to, asked.email), eq(mailMessages.kind, "reply")));
    expect(notice!.headers["List-Unsubscribe-Post"]).toBe("List-Unsubscribe=One-Click");
    expect(await unsubscribeFromNotices(await linkToken(asked.email, "reply"))).toBe(true);
    const [row] = await getDb().select({ notifyReplies: users.notifyReplies }).from(users).where(eq(users.id, asked.id));
    expect(row!.notifyReplies).toBe(false);
    await comment(replier, askedComment.comment.id);
    expect((await kindsTo(asked.email)).filter((kind) => kind === "reply")).toHaveLength(1);
  });
});

describe("a new address", () => {
  it("needs the password, must be proved before the next comment, and the old one is told", async () => {
    const someone = await reader("منتقلة");
    await verifyEmail(await linkToken(someone.email, "verify_email"));
    const moved = `moved-${crypto.randomUUID()}@example.com`;
    await expect(changeOwnEmail(someone, { email: moved, password: "not-my-password" })).rejects.toMatchObject({ code: "wrongCurrentPassword" });
    await expect(changeOwnEmail(someone, { email: someone.email, password })).rejects.toMatchObject({ code: "sameEmail" });

    await changeOwnEmail(someone, { email: moved, password });
    expect(await kindsTo(someone.email)).toContain("email_changed");
    const movedViewer = (await loadViewer({ userId: someone.id, sessionVersion: someone.sessionVersion }))!;
    expect(movedViewer.email).toBe(moved);
    await expect(comment(movedViewer)).rejects.toMatchObject({ code: "emailUnverified" });
    expect(await verifyEmail(await linkToken(moved, "verify_email"))).toBe(true);
    expect((await comment(movedViewer)).status).toBe("approved");

    const other = await reader();
    await expect(changeOwnEmail(other, { email: moved, password })).rejects.toMatchObject({ code: "emailTaken" });
  });
});

describe("moderators' decisions", () => {
  it("reach a reader who asked, with the reason, and stop at the unsubscribe link", async () => {
    const [row] = await getDb().select({ id: users.id, sessionVersion: users.sessionVersion }).from(users).where(eq(users.email, "moderator@khabar.test"));
    const moderator = (await loadViewer({ userId: row!.id, sessionVersion: row!.sessionVersion }))!;
    const [asked, quiet] = [await reader("تريد أن تعرف"), await reader("لا يريد")];
    for (const someone of [asked, quiet]) await verifyEmail(await linkToken(someone.email, "verify_email"));
    await setMailNotices(asked, { notifyReplies: false, notifyModeration: true });

    const rejected = [await comment(asked), await comment(quiet)];
    await moderateComments(moderator, rejected.map((posted) => posted.comment.id), "reject", "خارج موضوع الخبر");
    const [notice] = await getDb().select().from(mailMessages).where(and(eq(mailMessages.to, asked.email), eq(mailMessages.kind, "comment_rejected")));
    expect(notice!.text).toContain("السبب: خارج موضوع الخبر");
    expect(notice!.text).toContain(rejected[0]!.comment.body);
    expect(await kindsTo(quiet.email)).not.toContain("comment_rejected");

    await sanctionCommenter(moderator, asked.id, { kind: "suspension", days: 2, reason: "إساءة متكررة" });
    await sanctionCommenter(moderator, quiet.id, { kind: "ban", days: null, reason: "إساءة" });
    expect(await kindsTo(asked.email)).toContain("sanctioned");
    expect(await kindsTo(quiet.email)).not.toContain("sanctioned");

    expect(await unsubscribeFromNotices(await linkToken(asked.email, "sanctioned"))).toBe(true);
    await sanctionCommenter(moderator, asked.id, { kind: "ban", days: null, reason: "إساءة" });
    expect((await kindsTo(asked.email)).filter((kind) => kind === "sanctioned")).toHaveLength(1);
  });
});
