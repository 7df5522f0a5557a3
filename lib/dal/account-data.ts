import "server-only";
import { and, asc, eq, inArray, ne, sql } from "drizzle-orm";
import { getDb } from "@/db";
import { articles } from "@/db/schema/articles";
import { commentReports, commenterSanctions, comments } from "@/db/schema/comments";
import { accountTokens, mailMessages } from "@/db/schema/mail";
import { users } from "@/db/schema/users";
import { moveComment, recordEvents } from "./internal/comment-records";
import { confirmOwnPassword } from "./internal/own-password";
import { assertSignedIn, type Viewer } from "@/lib/permissions/viewer";
import { DomainError } from "@/lib/errors";
import { ar } from "@/lib/i18n/ar";

// A reader's own data: everything held about them, as JSON, and leaving with it removed.

export async function exportOwnData(viewer: Viewer) {
  assertSignedIn(viewer);
  const db = getDb();
  const [[profile], ownComments, reports, sanctions] = await Promise.all([
    db
      .select({
        email: users.email,
        displayName: users.displayName,
        role: users.role,
        createdAt: users.createdAt,
        emailVerifiedAt: users.emailVerifiedAt,
        notifyReplies: users.notifyReplies,
        notifyModeration: users.notifyModeration,
        landing: users.landing,
      })
      .from(users)
      .where(eq(users.id, viewer.id)),
    db
      .select({
        id: comments.id,
        story: articles.headline,
        inReplyTo: comments.parentId,
        body: comments.body,
        status: comments.status,
        createdAt: comments.createdAt,
        editedAt: comments.editedAt,
      })
      .from(comments)
      .innerJoin(articles, eq(articles.id, comments.articleId))
      .where(eq(comments.authorId, viewer.id))
      .orderBy(asc(comments.createdAt)),
    db
      .select({ commentId: commentReports.commentId, reason: commentReports.reason, note: commentReports.note, createdAt: commentReports.createdAt })
      .from(commentReports)
      .where(eq(commentReports.reporterId, viewer.id))
      .orderBy(asc(commentReports.createdAt)),
    db
      .select({
        kind: commenterSanctions.kind,
        reason: commenterSanctions.reason,
        endsAt: commenterSanctions.endsAt,
        createdAt: commenterSanctions.createdAt,
        liftedAt: commenterSanctions.liftedAt,
      })
      .from(commenterSanctions)
      .where(eq(commenterSanctions.userId, viewer.id))
      .orderBy(asc(commenterSanctions.createdAt)),
  ]);
  return { exportedAt: new Date().toISOString(), profile, comments: ownComments, reports, sanctions };
}

export type OwnCommentsChoice = "keep" | "remove";

/**
 * The reader leaves: after the password, the account is deactivated at once (every session
 * ends) and its personal data removed. The row stays, nameless, so that moderation logs and
 * reports keep pointing somewhere; comments stay under «قارئ سابق» or are removed, as chosen.
 * Staff accounts (bylines, the desk's logs) are only removed by an admin. Returns the stories
 * whose public threads changed.
 */
export async function deleteOwnAccount(viewer: Viewer, input: { password: string; comments: OwnCommentsChoice }, now = new Date()) {
  assertSignedIn(viewer);
  if (viewer.role !== "reader") throw new DomainError("staffAccount", ar.account.leaving.staffOnly);
  await confirmOwnPassword(viewer, input.password);
  return getDb().transaction(async (tx) => {
    const changedStories = new Set<string>();
    const own = await tx
      .select({ id: comments.id, articleId: comments.articleId, parentId: comments.parentId, status: comments.status })
      .from(comments)
      .where(eq(comments.authorId, viewer.id))
      .for("update");
    for (const comment of own) {
      if (comment.status === "approved") changedStories.add(comment.articleId);
      if (input.comments === "keep" || comment.status === "deleted") continue;
      await moveComment(tx, comment, "deleted", now);
      await recordEvents(tx, [{ commentId: comment.id, actorId: viewer.id, action: "deleted", fromStatus: comment.status, toStatus: "deleted" }]);
    }
    // What was removed (now, or by its author before) keeps its place and log, not its words.
    const removed = own.filter((comment) => input.comments === "remove" || comment.status === "deleted").map((comment) => comment.id);
    if (removed.length > 0) await tx.update(comments).set({ body: "" }).where(and(inArray(comments.id, removed), ne(comments.body, "")));
    await tx.delete(accountTokens).where(eq(accountTokens.userId, viewer.id));
    await tx.delete(mailMessages).where(eq(mailMessages.userId, viewer.id));
    await tx
      .update(users)
      .set({
        email: `deleted-${viewer.id}@deleted.invalid`,
        displayName: ar.account.leaving.formerReader,
        passwordHash: null,
        bio: null,
        landing: null,
        emailVerifiedAt: null,
        notifyReplies: false,
        status: "deactivated",
        deletedAt: now,
        sessionVersion: sql`${users.sessionVersion} + 1`,
      })
      .where(eq(users.id, viewer.id));
    return { changedStories: [...changedStories] };
  });
}
