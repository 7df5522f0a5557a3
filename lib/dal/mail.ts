import "server-only";
import { and, desc, eq, inArray, lte, or, sql } from "drizzle-orm";
import { getDb } from "@/db";
import { mailMessages, type MailStatus } from "@/db/schema/mail";
import { assertCan, type Viewer } from "@/lib/permissions/viewer";
import { backoffMs, MAX_ATTEMPTS } from "@/lib/mail/retry";

// The queue's system side (claiming and recording deliveries, for the mail tick, which acts
// for no one) and the admins' outbox.

/** How long a worker holds the messages it claimed; after that another may take them over. */
export const LEASE_MS = 5 * 60_000;
/** Messages one worker claims per tick: at most this many sends must fit in the lease. */
export const BATCH_SIZE = 5;

export interface ClaimedMessage {
  id: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  headers: Record<string, string>;
  attempts: number;
}

const at = (time: Date) => sql`${time.toISOString()}::timestamptz`;

/**
 * Claims up to BATCH_SIZE due messages for this worker. Rows another worker is claiming are
 * skipped (FOR UPDATE SKIP LOCKED), and claimed rows are not due again until their lease ends,
 * so of several instances ticking at once each message goes to exactly one.
 */
export async function claimDueMail(now = new Date()): Promise<ClaimedMessage[]> {
  const db = getDb();
  const due = db
    .select({ id: mailMessages.id })
    .from(mailMessages)
    .where(
      or(
        and(eq(mailMessages.status, "queued"), lte(mailMessages.nextAttemptAt, at(now))),
        and(eq(mailMessages.status, "sending"), lte(mailMessages.leaseUntil, at(now))),
      ),
    )
    .orderBy(mailMessages.nextAttemptAt)
    .limit(BATCH_SIZE)
    .for("update", { skipLocked: true });
  return db
    .update(mailMessages)
    .set({ status: "sending", leaseUntil: at(new Date(now.getTime() + LEASE_MS)), attempts: sql`${mailMessages.attempts} + 1` })
    .where(inArray(mailMessages.id, due))
    .returning({
      id: mailMessages.id,
      to: mailMessages.to,
      subject: mailMessages.subject,
      text: mailMessages.text,
      html: mailMessages.html,
      headers: mailMessages.headers,
      attempts: mailMessages.attempts,
    });
}

/** Sent, or kept for the outbox when no mail server is configured. */
export async function recordDelivery(id: string, status: Extract<MailStatus, "sent" | "kept">, now = new Date()) {
  await getDb()
    .update(mailMessages)
    .set({ status, sentAt: at(now), leaseUntil: null, lastError: null })
    .where(and(eq(mailMessages.id, id), eq(mailMessages.status, "sending")));
}

/** A failed attempt: queued again after the back-off, or given up after MAX_ATTEMPTS. */
export async function recordFailure(message: Pick<ClaimedMessage, "id" | "attempts">, error: string, now = new Date()) {
  const givenUp = message.attempts >= MAX_ATTEMPTS;
  await getDb()
    .update(mailMessages)
    .set({
      status: givenUp ? "failed" : "queued",
      nextAttemptAt: at(new Date(now.getTime() + backoffMs(message.attempts))),
      leaseUntil: null,
      lastError: error.slice(0, 500),
    })
    .where(and(eq(mailMessages.id, message.id), eq(mailMessages.status, "sending")));
}

export interface OutboxRow {
  id: string;
  to: string;
  subject: string;
  /** Only for messages kept unsent: a sent message's links belong to its recipient alone. */
  text: string | null;
  status: MailStatus;
  attempts: number;
  lastError: string | null;
  createdAt: string;
}

/** The latest messages, for admins: in the embedded demo without SMTP, this is where mail goes. */
export async function listOutbox(viewer: Viewer): Promise<OutboxRow[]> {
  assertCan(viewer, "mail.outbox");
  const rows = await getDb()
    .select({
      id: mailMessages.id,
      to: mailMessages.to,
      subject: mailMessages.subject,
      text: mailMessages.text,
      status: mailMessages.status,
      attempts: mailMessages.attempts,
      lastError: mailMessages.lastError,
      createdAt: mailMessages.createdAt,
    })
    .from(mailMessages)
    .orderBy(desc(mailMessages.createdAt))
    .limit(100);
  return rows.map((row) => ({ ...row, text: row.status === "kept" ? row.text : null, createdAt: row.createdAt.toISOString() }));
}
