import "server-only";
import { and, eq, isNull, sql } from "drizzle-orm";
import { getDb } from "@/db";
import { users } from "@/db/schema/users";
import { issueToken, peekToken, redeemToken } from "./internal/account-tokens";
import { enqueueMail } from "./internal/mail-queue";
import { queueVerificationMail } from "./internal/verification-mail";
import { consume, type RateDecision } from "./rate-limits";
import { hashPassword } from "@/lib/passwords";
import { emailChangedLetter, passwordChangedLetter, resetPasswordLetter } from "@/lib/mail/messages";
import { confirmOwnPassword } from "./internal/own-password";
import { assertSignedIn, type Viewer } from "@/lib/permissions/viewer";
import { DomainError, isUniqueViolation } from "@/lib/errors";
import { ar } from "@/lib/i18n/ar";

// What the links in Khabar's e-mails do: verify an address, set a password (forgotten, or a new
// colleague's first), stop reply notices. Anonymous flows are limited here, before any work.

/** The viewer asks for the verification link again (lost, or expired). */
export async function resendVerificationMail(viewer: Viewer) {
  assertSignedIn(viewer);
  const [row] = await getDb().select({ verifiedAt: users.emailVerifiedAt }).from(users).where(eq(users.id, viewer.id));
  if (row?.verifiedAt) throw new DomainError("alreadyVerified", ar.account.mail.alreadyVerified);
  const admission = await consume("verificationMailPerAccount", viewer.id);
  if (!admission.allowed) throw new DomainError("rateLimited", ar.auth.errors.tooManyAttempts(admission.retryAfterMinutes));
  await getDb().transaction((tx) => queueVerificationMail(tx, viewer));
}

/**
 * Moves the viewer's account to a new address, after the password. The new address must be
 * proved by its own link before the next comment; the old one is told, and links sent to it stop working.
 */
export async function changeOwnEmail(viewer: Viewer, input: { email: string; password: string }) {
  assertSignedIn(viewer);
  if (input.email === viewer.email) throw new DomainError("sameEmail", ar.account.mail.sameEmail, "email");
  await confirmOwnPassword(viewer, input.password);
  await getDb().transaction(async (tx) => {
    const [taken] = await tx.select({ id: users.id }).from(users).where(eq(users.email, input.email));
    if (taken) throw new DomainError("emailTaken", ar.auth.errors.emailTaken, "email");
    // Someone may claim the address between the check and the write: the unique index says so.
    await tx
      .update(users)
      .set({ email: input.email, emailVerifiedAt: null })
      .where(eq(users.id, viewer.id))
      .catch((error) => {
        throw isUniqueViolation(error) ? new DomainError("emailTaken", ar.auth.errors.emailTaken, "email") : error;
      });
    await queueVerificationMail(tx, { id: viewer.id, email: input.email, displayName: viewer.displayName });
    await enqueueMail(tx, { ...emailChangedLetter(viewer.displayName, input.email), to: viewer.email, userId: viewer.id });
  });
}

/** Follows a verification link: the address it was sent to is proved, if the account still has it. */
export async function verifyEmail(token: string): Promise<boolean> {
  return getDb().transaction(async (tx) => {
    const owner = await redeemToken(tx, token, "verify_email");
    if (!owner) return false;
    const updated = await tx
      .update(users)
      .set({ emailVerifiedAt: sql`now()` })
      .where(and(eq(users.id, owner.userId), eq(users.email, owner.email)))
      .returning({ id: users.id });
    return updated.length === 1;
  });
}

/**
 * "Forgot password": the same answer whether or not the address has an account. Limited per
 * client address and per address typed; an active account with that address gets a link.
 */
export async function requestPasswordReset(input: { email: string; ip: string }): Promise<RateDecision> {
  const perIp = await consume("passwordResetPerIp", input.ip);
  if (!perIp.allowed) return perIp;
  const perAccount = await consume("passwordResetPerAccount", input.email);
  if (!perAccount.allowed) return perAccount;
  await getDb().transaction(async (tx) => {
    const [user] = await tx
      .select({ id: users.id, displayName: users.displayName })
      .from(users)
      .where(and(eq(users.email, input.email), eq(users.status, "active"), isNull(users.deletedAt)));
    if (!user) return;
    const token = await issueToken(tx, { userId: user.id, email: input.email, purpose: "reset_password" });
    await enqueueMail(tx, { ...resetPasswordLetter(user.displayName, token), to: input.email, userId: user.id });
  });
  return { allowed: true };
}

const passwordLinks = ["reset_password", "set_password"] as const;

/** Whether a password link can still be used (the page shows its form, or says to ask again). */
export async function isPasswordLinkLive(token: string): Promise<boolean> {
  return (await peekToken(getDb(), token, [...passwordLinks])) !== null;
}

/**
 * Uses a password link: sets the password, ends every session (the session version moves on),
 * counts the address as verified (the link reached it), and tells the owner by e-mail.
 */
export async function setPasswordFromLink(token: string, newPassword: string): Promise<{ email: string }> {
  // A dead link is refused before the costly hash.
  if (!(await isPasswordLinkLive(token))) throw new DomainError("linkExpired", ar.account.mail.linkExpired);
  const passwordHash = await hashPassword(newPassword);
  return getDb().transaction(async (tx) => {
    const owner = await redeemToken(tx, token, [...passwordLinks]);
    if (!owner) throw new DomainError("linkExpired", ar.account.mail.linkExpired);
    const [user] = await tx
      .update(users)
      .set({
        passwordHash,
        sessionVersion: sql`${users.sessionVersion} + 1`,
        emailVerifiedAt: sql`coalesce(${users.emailVerifiedAt}, now())`,
      })
      .where(and(eq(users.id, owner.userId), eq(users.email, owner.email), eq(users.status, "active")))
      .returning({ email: users.email, displayName: users.displayName });
    if (!user) throw new DomainError("linkExpired", ar.account.mail.linkExpired);
    await enqueueMail(tx, { ...passwordChangedLetter(user.displayName), to: user.email, userId: owner.userId });
    return { email: user.email };
  });
}

/** A notice's unsubscribe link, honoured at once: no more notices of any kind. True if it named an account. */
export async function unsubscribeFromNotices(token: string): Promise<boolean> {
  const owner = await peekToken(getDb(), token, "unsubscribe");
  if (!owner) return false;
  await getDb().update(users).set({ notifyReplies: false, notifyModeration: false }).where(eq(users.id, owner.userId));
  return true;
}
