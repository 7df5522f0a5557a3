import "server-only";
import { alias } from "drizzle-orm/pg-core";
import { and, eq, isNotNull, isNull, ne, or } from "drizzle-orm";
import type { Database } from "@/db";
import { articles } from "@/db/schema/articles";
import { comments } from "@/db/schema/comments";
import { users } from "@/db/schema/users";
import { replyLetter } from "@/lib/mail/messages";
import { commentsPath } from "@/lib/routes";
import { issueToken } from "./account-tokens";
import { enqueueMail } from "./mail-queue";

// When a reply is published (at once, or approved by a moderator), the author of the comment it
// answers hears of it by e-mail if they asked to, have a verified address, and did not reply to themselves.

type Executor = Pick<Database, "select" | "insert" | "update">;

const parents = alias(comments, "parent");
const owners = alias(users, "owner");

export async function queueReplyNotice(db: Executor, replyId: string): Promise<void> {
  const [found] = await db
    .select({
      body: comments.body,
      threadId: parents.id,
      replier: users.displayName,
      guestName: comments.guestName,
      ownerId: owners.id,
      ownerName: owners.displayName,
      ownerEmail: owners.email,
      headline: articles.headline,
      slug: articles.slug,
    })
    .from(comments)
    .innerJoin(parents, eq(parents.id, comments.parentId))
    .innerJoin(owners, eq(owners.id, parents.authorId))
    .innerJoin(articles, eq(articles.id, comments.articleId))
    .leftJoin(users, eq(users.id, comments.authorId))
    .where(
      and(
        eq(comments.id, replyId),
        eq(comments.status, "approved"),
        eq(owners.notifyReplies, true),
        isNotNull(owners.emailVerifiedAt),
        eq(owners.status, "active"),
        isNull(owners.deletedAt),
        or(isNull(comments.authorId), ne(comments.authorId, owners.id)),
      ),
    );
  if (!found) return;
  const unsubscribeToken = await issueToken(db, { userId: found.ownerId, email: found.ownerEmail, purpose: "unsubscribe" });
  const letter = replyLetter({
    name: found.ownerName,
    replier: found.replier ?? found.guestName ?? "",
    story: found.headline,
    reply: found.body,
    commentPath: commentsPath(found.slug, { thread: found.threadId }),
    unsubscribeToken,
  });
  await enqueueMail(db, { ...letter, to: found.ownerEmail, userId: found.ownerId });
}
