import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db";
import { users } from "@/db/schema/users";
import { verifyPassword } from "@/lib/passwords";
import type { SignedInViewer } from "@/lib/permissions/viewer";
import { DomainError } from "@/lib/errors";
import { ar } from "@/lib/i18n/ar";
import { ACCOUNT_PAGE, admitPasswordAttempt, recordPasswordFailure, recordPasswordSuccess } from "./login-guard";

/**
 * The signed-in person re-enters their password before something that cannot be undone by a
 * stolen session alone. Limited like signing in, and counted with it, so a session does not
 * become a way to guess the password.
 */
export async function confirmOwnPassword(viewer: SignedInViewer, password: string): Promise<void> {
  const admission = await admitPasswordAttempt(viewer.email, ACCOUNT_PAGE);
  if (!admission.allowed) throw new DomainError("rateLimited", ar.auth.errors.tooManyAttempts(admission.retryAfterMinutes));
  const [row] = await getDb().select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, viewer.id));
  if (!row?.passwordHash || !(await verifyPassword(row.passwordHash, password))) {
    await recordPasswordFailure(viewer.email);
    throw new DomainError("wrongCurrentPassword", ar.auth.errors.wrongCurrentPassword);
  }
  await recordPasswordSuccess(viewer.email, ACCOUNT_PAGE);
}
