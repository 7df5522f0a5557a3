import "server-only";
import { and, asc, eq, ilike, or, sql } from "drizzle-orm";
import { getDb, type Database } from "@/db";
import { staffTransaction } from "@/db/staff-transaction";
import { batchedPerTurn } from "@/db/batch";
import type { AddressForm, LandingPage, UserRole, UserStatus } from "@/db/schema/enums";
import { users } from "@/db/schema/users";
import { queueVerificationMail } from "./internal/verification-mail";
import { issueToken } from "./internal/account-tokens";
import { enqueueMail } from "./internal/mail-queue";
import { setPasswordLetter } from "@/lib/mail/messages";
import { admitLoginAttempt, recordPasswordFailure, recordPasswordSuccess, type Wait } from "./internal/login-guard";
import { confirmOwnPassword } from "./internal/own-password";
import { currentLanding, landingChoicesFor, landingPathFor } from "@/lib/permissions/navigation";
import { hashPassword, spendPasswordCheckTime, verifyPassword } from "@/lib/passwords";
import { assertCan, assertSignedIn, type SignedInViewer, type Viewer } from "@/lib/permissions/viewer";
import { DomainError } from "@/lib/errors";
import { ar } from "@/lib/i18n/ar";

// Accounts. Every function that acts for someone takes the viewer and checks it first;
// the two anonymous flows (signing in, registering) are rate-limited by their callers.

export interface SessionClaims {
  userId: string;
  sessionVersion: number;
}

export interface UserRow {
  id: string;
  email: string;
  displayName: string;
  role: UserRole;
  status: UserStatus;
  addressedAs: AddressForm | null;
  createdAt: string;
}

const viewerColumns = { id: users.id, email: users.email, displayName: users.displayName, role: users.role };

/** The viewer behind a session, or null when the account is gone, deactivated or the session revoked. */
export async function loadViewer(claims: SessionClaims): Promise<Viewer> {
  const row = await viewerLoader(getDb()).load(claims.userId);
  if (!row || row.status !== "active" || row.sessionVersion !== claims.sessionVersion) return null;
  return { id: row.id, email: row.email, displayName: row.displayName, role: row.role };
}

// Every request of a signed-in reader looks its viewer up: concurrent requests share a query.
const viewerLoader = batchedPerTurn(async (db, ids: readonly string[]) => {
  const rows = await db
    .select({ ...viewerColumns, status: users.status, sessionVersion: users.sessionVersion })
    .from(users)
    .where(sql`${users.id} = any(${sql.placeholder("ids")}::uuid[])`)
    .prepare("load_viewers")
    .execute({ ids: [...ids] });
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.map((id) => byId.get(id));
});

/** Checks a password. Unknown emails cost the same time as wrong passwords. */
export async function authenticate(email: string, password: string): Promise<SessionClaims | null> {
  const [row] = await getDb()
    .select({ id: users.id, passwordHash: users.passwordHash, status: users.status, sessionVersion: users.sessionVersion })
    .from(users)
    .where(eq(users.email, email));
  if (!row?.passwordHash) {
    await spendPasswordCheckTime(password);
    return null;
  }
  const matches = await verifyPassword(row.passwordHash, password);
  return matches && row.status === "active" ? { userId: row.id, sessionVersion: row.sessionVersion } : null;
}

/** Inserts an account; without a password it cannot sign in until one is set from an e-mailed link. */
async function insertUser(
  db: Pick<Database, "insert">,
  input: { email: string; displayName: string; password?: string; role: UserRole; addressedAs?: AddressForm | null },
) {
  const [created] = await db
    .insert(users)
    .values({
      email: input.email,
      displayName: input.displayName,
      addressedAs: input.addressedAs ?? null,
      role: input.role,
      passwordHash: input.password === undefined ? null : await hashPassword(input.password),
    })
    .onConflictDoNothing({ target: users.email })
    .returning({ id: users.id, sessionVersion: users.sessionVersion });
  if (!created) throw new DomainError("emailTaken", ar.auth.errors.emailTaken, "email");
  return created;
}

/** A new reader, who may sign in and read at once, and comment once the link sent to their address is followed. */
export async function registerReader(input: { email: string; displayName: string; password: string }) {
  const created = await insertUser(getDb(), { ...input, role: "reader" });
  await queueVerificationMail(getDb(), { id: created.id, email: input.email, displayName: input.displayName });
  return { userId: created.id, sessionVersion: created.sessionVersion };
}

export async function updateOwnProfile(viewer: Viewer, input: { displayName: string; addressedAs: AddressForm | null }) {
  assertSignedIn(viewer);
  await getDb().update(users).set({ displayName: input.displayName, addressedAs: input.addressedAs }).where(eq(users.id, viewer.id));
}

/** How messages speak of the viewer (null: a phrasing that fits anyone). */
export async function getOwnAddressing(viewer: Viewer): Promise<AddressForm | null> {
  assertSignedIn(viewer);
  const [row] = await getDb().select({ addressedAs: users.addressedAs }).from(users).where(eq(users.id, viewer.id));
  return row?.addressedAs ?? null;
}

/** Changes the viewer's password and revokes every other session; returns the new session claims. */
export async function changeOwnPassword(
  viewer: Viewer,
  input: { currentPassword: string; newPassword: string },
): Promise<SessionClaims> {
  assertSignedIn(viewer);
  await confirmOwnPassword(viewer, input.currentPassword);
  const [updated] = await getDb()
    .update(users)
    .set({ passwordHash: await hashPassword(input.newPassword), sessionVersion: sql`${users.sessionVersion} + 1` })
    .where(eq(users.id, viewer.id))
    .returning({ sessionVersion: users.sessionVersion });
  return { userId: viewer.id, sessionVersion: updated!.sessionVersion };
}

export interface LandingSetting {
  /** The landing in force: the person's choice while their role opens it, else their role's own. */
  current: LandingPage;
  /** Where that is. */
  path: string;
  choices: { landing: LandingPage; label: string }[];
}

/** Where the viewer lands after signing in, and what else they may choose. */
export async function getOwnLanding(viewer: Viewer): Promise<LandingSetting> {
  assertSignedIn(viewer);
  const [row] = await getDb().select({ landing: users.landing }).from(users).where(eq(users.id, viewer.id));
  const chosen = row?.landing ?? null;
  return {
    current: currentLanding(viewer.role, chosen),
    path: landingPathFor(viewer.role, chosen),
    choices: landingChoicesFor(viewer.role).map(({ landing, label }) => ({ landing, label })),
  };
}

export async function setOwnLanding(viewer: Viewer, landing: LandingPage) {
  assertSignedIn(viewer);
  if (!landingChoicesFor(viewer.role).some((choice) => choice.landing === landing)) {
    throw new DomainError("landingNotAllowed", ar.account.landingNotAllowed);
  }
  await getDb().update(users).set({ landing }).where(eq(users.id, viewer.id));
}

export interface MailSettings {
  emailVerified: boolean;
  notifyReplies: boolean;
  notifyModeration: boolean;
}

export async function getOwnMailSettings(viewer: Viewer): Promise<MailSettings> {
  assertSignedIn(viewer);
  const [row] = await getDb()
    .select({ verifiedAt: users.emailVerifiedAt, notifyReplies: users.notifyReplies, notifyModeration: users.notifyModeration })
    .from(users)
    .where(eq(users.id, viewer.id));
  return { emailVerified: Boolean(row?.verifiedAt), notifyReplies: row?.notifyReplies ?? false, notifyModeration: row?.notifyModeration ?? false };
}

/** Which e-mail notices the viewer gets: replies to their comments, moderators' decisions (each off until chosen). */
export async function setMailNotices(viewer: Viewer, notices: { notifyReplies: boolean; notifyModeration: boolean }) {
  assertSignedIn(viewer);
  await getDb().update(users).set(notices).where(eq(users.id, viewer.id));
}

export async function signOutEverywhere(viewer: Viewer) {
  assertSignedIn(viewer);
  await revokeSessions(viewer.id);
}

async function revokeSessions(userId: string) {
  await getDb()
    .update(users)
    .set({ sessionVersion: sql`${users.sessionVersion} + 1` })
    .where(eq(users.id, userId));
}

export async function listUsers(viewer: Viewer, query = ""): Promise<UserRow[]> {
  assertCan(viewer, "user.manage");
  const pattern = `%${query.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const rows = await getDb()
    .select({ ...viewerColumns, status: users.status, addressedAs: users.addressedAs, createdAt: users.createdAt })
    .from(users)
    .where(query ? or(ilike(users.displayName, pattern), ilike(users.email, pattern)) : undefined)
    .orderBy(asc(users.displayName))
    .limit(200);
  return rows.map((row) => ({ ...row, createdAt: row.createdAt.toISOString() }));
}

/** A colleague's account, with a link to choose their password sent to their address. */
export async function createUser(viewer: Viewer, input: { email: string; displayName: string; role: UserRole; addressedAs: AddressForm | null }) {
  assertCan(viewer, "user.manage");
  return getDb().transaction(async (tx) => {
    const created = await insertUser(tx, input);
    const token = await issueToken(tx, { userId: created.id, email: input.email, purpose: "set_password" });
    await enqueueMail(tx, { ...setPasswordLetter(input.displayName, ar.roles[input.role], token), to: input.email, userId: created.id });
    return { id: created.id };
  });
}

/**
 * Applies a role or status change unless it would leave the newsroom without an active admin.
 * Runs in a transaction that locks the admin rows, so two admins cannot demote each other at once.
 */
async function changeAccount(
  viewer: SignedInViewer,
  userId: string,
  change: { role?: UserRole; status?: UserStatus },
) {
  await staffTransaction(async (tx) => {
    const admins = await tx
      .select({ id: users.id })
      .from(users)
      .where(and(eq(users.role, "admin"), eq(users.status, "active")))
      .for("update");
    const [target] = await tx.select({ role: users.role, status: users.status }).from(users).where(eq(users.id, userId));
    if (!target) throw new DomainError("userMissing", ar.admin.userMissing);

    const staysActiveAdmin = (change.role ?? target.role) === "admin" && (change.status ?? target.status) === "active";
    const isActiveAdmin = admins.some((admin) => admin.id === userId);
    if (isActiveAdmin && !staysActiveAdmin && admins.length === 1) {
      throw new DomainError("lastAdmin", ar.admin.lastAdmin);
    }
    if (userId === viewer.id && change.status === "deactivated") {
      throw new DomainError("notSelf", ar.admin.notSelf);
    }
    await tx
      .update(users)
      .set({ ...change, sessionVersion: sql`${users.sessionVersion} + 1` })
      .where(eq(users.id, userId));
  });
}

export async function changeUserRole(viewer: Viewer, userId: string, role: UserRole) {
  assertCan(viewer, "user.manage");
  await changeAccount(viewer, userId, { role });
}

/** How messages speak of a colleague, when they have not said or asked an admin to. */
export async function setUserAddressing(viewer: Viewer, userId: string, addressedAs: AddressForm | null) {
  assertCan(viewer, "user.manage");
  await getDb().update(users).set({ addressedAs }).where(eq(users.id, userId));
}

export async function setUserStatus(viewer: Viewer, userId: string, status: UserStatus) {
  assertCan(viewer, "user.manage");
  await changeAccount(viewer, userId, { status });
}

export type SignInOutcome =
  | { outcome: "signedIn"; claims: SessionClaims }
  | { outcome: "wrong" }
  | { outcome: "limited"; retryAfterMinutes: number };

/** One sign-in with a password, through the limits (internal/login-guard.ts); every path counts. Acts for anyone. */
export async function signInWithPassword(input: { ip: string; email: string; password: string }, wait?: Wait): Promise<SignInOutcome> {
  const admission = await admitLoginAttempt(input.ip, input.email, wait);
  if (!admission.allowed) return { outcome: "limited", retryAfterMinutes: admission.retryAfterMinutes };
  const claims = await authenticate(input.email, input.password);
  if (!claims) {
    await recordPasswordFailure(input.email);
    return { outcome: "wrong" };
  }
  await recordPasswordSuccess(input.email, input.ip);
  return { outcome: "signedIn", claims };
}
