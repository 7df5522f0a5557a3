import "server-only";
import { and, eq, isNotNull, isNull } from "drizzle-orm";
import type { Database } from "@/db";
import { articles } from "@/db/schema/articles";
import { comments } from "@/db/schema/comments";
import { users } from "@/db/schema/users";
import { formatDateTime } from "@/lib/arabic/dates";
import { rejectedLetter, sanctionLetter, type Letter } from "@/lib/mail/messages";
import { issueToken } from "./account-tokens";
import { enqueueMail } from "./mail-queue";

// Moderators' decisions about a reader (a rejected comment, a suspension or ban) reach them by
// e-mail when they asked for it and their address is verified. Queued in the decision's transaction.

type Executor = Pick<Database, "select" | "insert" | "update">;

const listening = and(eq(users.notifyModeration, true), isNotNull(users.emailVerifiedAt), eq(users.status, "active"), isNull(users.deletedAt));

async function send(db: Executor, to: { id: string; email: string }, letter: (unsubscribeToken: string) => Letter) {
  const unsubscribeToken = await issueToken(db, { userId: to.id, email: to.email, purpose: "unsubscribe" });
  await enqueueMail(db, { ...letter(unsubscribeToken), to: to.email, userId: to.id });
}

export async function queueRejectionNotice(db: Executor, commentId: string, reason: string): Promise<void> {
  const [found] = await db
    .select({ id: users.id, email: users.email, name: users.displayName, story: articles.headline, comment: comments.body })
    .from(comments)
    .innerJoin(users, eq(users.id, comments.authorId))
    .innerJoin(articles, eq(articles.id, comments.articleId))
    .where(and(eq(comments.id, commentId), listening));
  if (found) await send(db, found, (unsubscribeToken) => rejectedLetter({ ...found, reason, unsubscribeToken }));
}

export async function queueSanctionNotice(db: Executor, userId: string, sanction: { endsAt: Date | null; reason: string }): Promise<void> {
  const [found] = await db
    .select({ id: users.id, email: users.email, name: users.displayName })
    .from(users)
    .where(and(eq(users.id, userId), listening));
  if (!found) return;
  const until = sanction.endsAt ? formatDateTime(sanction.endsAt) : null;
  await send(db, found, (unsubscribeToken) => sanctionLetter({ name: found.name, until, reason: sanction.reason, unsubscribeToken }));
}
