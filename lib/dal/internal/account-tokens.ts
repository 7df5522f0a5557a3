import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { and, eq, gt, inArray, isNull, sql } from "drizzle-orm";
import type { Database } from "@/db";
import { accountTokens, type AccountTokenPurpose } from "@/db/schema/mail";

// Links sent by e-mail carry 256 random bits; the database keeps only their SHA-256, so a copy
// of it opens nothing. Redeeming is one UPDATE … WHERE used_at IS NULL AND expires_at > now:
// of two clicks at once, one wins.

export const TOKEN_LIFETIME_MS: Record<AccountTokenPurpose, number> = {
  verify_email: 48 * 60 * 60_000,
  reset_password: 30 * 60_000,
  set_password: 72 * 60 * 60_000,
  unsubscribe: 365 * 24 * 60 * 60_000,
};

type Executor = Pick<Database, "insert" | "update" | "select">;

const digest = (token: string) => createHash("sha256").update(token).digest("base64url");
const at = (time: Date) => sql`${time.toISOString()}::timestamptz`;

/** A new link's token for `purpose`; earlier unused ones of the same purpose stop working. */
export async function issueToken(
  db: Executor,
  input: { userId: string; email: string; purpose: AccountTokenPurpose },
  now = new Date(),
): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  if (input.purpose !== "unsubscribe") {
    await db
      .update(accountTokens)
      .set({ usedAt: at(now) })
      .where(and(eq(accountTokens.userId, input.userId), eq(accountTokens.purpose, input.purpose), isNull(accountTokens.usedAt)));
  }
  await db.insert(accountTokens).values({
    ...input,
    tokenHash: digest(token),
    createdAt: at(now),
    expiresAt: at(new Date(now.getTime() + TOKEN_LIFETIME_MS[input.purpose])),
  });
  return token;
}

export interface TokenOwner {
  userId: string;
  email: string;
}

/** One purpose, or several that open the same page (a reset link and a new colleague's first password). */
type Purposes = AccountTokenPurpose | AccountTokenPurpose[];

const live = (token: string, purposes: Purposes, now: Date) =>
  and(
    eq(accountTokens.tokenHash, digest(token)),
    inArray(accountTokens.purpose, [purposes].flat()),
    isNull(accountTokens.usedAt),
    gt(accountTokens.expiresAt, at(now)),
  );

/** Uses the token up: its owner the first time within its lifetime, null ever after. */
export async function redeemToken(db: Executor, token: string, purpose: Purposes, now = new Date()): Promise<TokenOwner | null> {
  const [row] = await db
    .update(accountTokens)
    .set({ usedAt: at(now) })
    .where(live(token, purpose, now))
    .returning({ userId: accountTokens.userId, email: accountTokens.email });
  return row ?? null;
}

/** The token's owner while it is unused and unexpired, without using it (a page showing its form; an unsubscribe link). */
export async function peekToken(db: Executor, token: string, purpose: Purposes, now = new Date()): Promise<TokenOwner | null> {
  const [row] = await db
    .select({ userId: accountTokens.userId, email: accountTokens.email })
    .from(accountTokens)
    .where(live(token, purpose, now));
  return row ?? null;
}
