import "server-only";
import { eq } from "drizzle-orm";
import type { Database } from "@/db";
import { users } from "@/db/schema/users";
import { verifyEmailLetter } from "@/lib/mail/messages";
import { issueToken } from "./account-tokens";
import { enqueueMail } from "./mail-queue";

// A reader's address is proved by a link sent to it before their first comment is accepted.

/** Sends the user a link proving `email` is theirs, in the caller's transaction when it has one. */
export async function queueVerificationMail(db: Pick<Database, "insert" | "update" | "select">, user: { id: string; email: string; displayName: string }) {
  const token = await issueToken(db, { userId: user.id, email: user.email, purpose: "verify_email" });
  await enqueueMail(db, { ...verifyEmailLetter(user.displayName, token), to: user.email, userId: user.id });
}

export async function isEmailVerified(db: Pick<Database, "select">, userId: string): Promise<boolean> {
  const [row] = await db.select({ verifiedAt: users.emailVerifiedAt }).from(users).where(eq(users.id, userId));
  return Boolean(row?.verifiedAt);
}
