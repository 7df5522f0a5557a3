import "server-only";
import { and, count, eq, isNull } from "drizzle-orm";
import { getDb } from "@/db";
import { articles } from "@/db/schema/articles";
import { commentReports, comments, type ReportReason } from "@/db/schema/comments";
import { assertCan, type SignedInViewer, type Viewer } from "@/lib/permissions/viewer";
import { authorMayDelete, authorMayEdit, isReportable } from "@/lib/comments/transitions";
import { DomainError } from "@/lib/errors";
import { ar } from "@/lib/i18n/ar";
import { neutralizeCommentText } from "@/lib/moderation/text";
import { moveComment, recordEvents, type Executor } from "./internal/comment-records";
import { claimAuthor } from "./internal/comment-authors";
import { getCommentSettings, loadModerationRules } from "./comment-settings";
import { isPublicArticle, loadOwnView } from "./internal/comment-views";
import { moderate, readAuthorHistory } from "./internal/comment-moderation";
import { restrictionMessage, ruledOnByPeople, standingOf } from "./internal/commenter-standing";
import type { CommentOutcome } from "./comments";

// What readers do to comments already written: the author edits or withdraws their own, and
// anyone signed in reports one. Each runs in one transaction with its moderation event.

async function lockComment(db: Executor, commentId: string) {
  const [comment] = await db
    .select({
      id: comments.id,
      articleId: comments.articleId,
      parentId: comments.parentId,
      authorId: comments.authorId,
      status: comments.status,
      createdAt: comments.createdAt,
    })
    .from(comments)
    .where(eq(comments.id, commentId))
    .for("update");
  if (!comment) throw new DomainError("commentMissing", ar.comments.errors.commentMissing);
  return comment;
}

async function lockOwnComment(db: Executor, viewer: SignedInViewer, commentId: string) {
  const comment = await lockComment(db, commentId);
  if (comment.authorId !== viewer.id) throw new DomainError("notYours", ar.comments.errors.notYours);
  return comment;
}

async function articleOf(db: Executor, articleId: string) {
  const [article] = await db
    .select({ id: articles.id, slug: articles.slug, commentMode: articles.commentMode, publishedAt: articles.publishedAt })
    .from(articles)
    .where(and(eq(articles.id, articleId), isPublicArticle()));
  if (!article) throw new DomainError("articleUnavailable", ar.comments.errors.articleUnavailable);
  return article;
}

/** The author rewrites their comment within the edit window; the rules run again on the new text. */
export async function editComment(viewer: Viewer, commentId: string, body: string, now = new Date()): Promise<CommentOutcome> {
  assertCan(viewer, "comment.create");
  const { rules } = await loadModerationRules();
  const text = neutralizeCommentText(body);
  const authorKey = { userId: viewer.id };
  const db = getDb();
  const result = await db.transaction(async (tx) => {
    await claimAuthor(tx, authorKey);
    const comment = await lockOwnComment(tx, viewer, commentId);
    const ruled = await ruledOnByPeople(tx, [comment.id]);
    if (!authorMayEdit({ ...comment, moderatedByPerson: ruled.has(comment.id) }, now)) {
      throw new DomainError("editWindowOver", ar.comments.errors.editWindowOver);
    }
    const article = await articleOf(tx, comment.articleId);
    const history = await readAuthorHistory(tx, authorKey, rules, now);
    const decision = moderate({ kind: "edit", commentId: comment.id, text }, history, article, rules, now);
    await tx.update(comments).set({ body: text, editedAt: now }).where(eq(comments.id, comment.id));
    const publicChange = (await moveComment(tx, comment, decision.status, now)) || comment.status === "approved";
    await recordEvents(tx, [
      {
        commentId: comment.id,
        actorId: null,
        action: "edited",
        fromStatus: comment.status,
        toStatus: decision.status,
        rule: decision.rule,
        reason: decision.reason,
        evidence: decision.evidence ?? null,
      },
    ]);
    return { decision, publicChange, article };
  });
  return {
    comment: await loadOwnView(db, commentId),
    status: result.decision.status,
    message: result.decision.reason,
    article: { id: result.article.id, slug: result.article.slug },
    publicChange: result.publicChange,
  };
}

/** The author withdraws their comment. Its replies stay, under a stub. */
export async function deleteOwnComment(viewer: Viewer, commentId: string, now = new Date()) {
  assertCan(viewer, "comment.create");
  return getDb().transaction(async (tx) => {
    const comment = await lockOwnComment(tx, viewer, commentId);
    if (!authorMayDelete(comment.status)) throw new DomainError("cannotDelete", ar.comments.errors.cannotDelete);
    const publicChange = await moveComment(tx, comment, "deleted", now);
    await recordEvents(tx, [
      { commentId: comment.id, actorId: viewer.id, action: "deleted", fromStatus: comment.status, toStatus: "deleted" },
    ]);
    const [article] = await tx.select({ slug: articles.slug }).from(articles).where(eq(articles.id, comment.articleId));
    return { article: { id: comment.articleId, slug: article!.slug }, publicChange };
  });
}

/**
 * A reader flags a published comment. Once enough distinct readers have reported it since a
 * moderator last ruled on it, it is held (pending) until a moderator looks.
 */
export async function reportComment(
  viewer: Viewer,
  commentId: string,
  input: { reason: ReportReason; note: string },
  now = new Date(),
) {
  assertCan(viewer, "comment.report");
  const settings = await getCommentSettings();
  return getDb().transaction(async (tx) => {
    const standing = await standingOf(tx, viewer.id, now);
    if (restrictionMessage(standing)) throw new DomainError("sanctioned", ar.comments.errors.sanctioned);
    const comment = await lockComment(tx, commentId);
    const article = await articleOf(tx, comment.articleId);
    if (comment.authorId === viewer.id) throw new DomainError("ownComment", ar.comments.errors.ownComment);
    if (!isReportable(comment.status)) throw new DomainError("notReportable", ar.comments.errors.notReportable);

    const [report] = await tx
      .insert(commentReports)
      .values({ commentId, reporterId: viewer.id, reason: input.reason, note: input.note, createdAt: now })
      .onConflictDoNothing()
      .returning({ id: commentReports.id });
    if (!report) throw new DomainError("alreadyReported", ar.comments.errors.alreadyReported);

    const [open] = await tx
      .select({ n: count() })
      .from(commentReports)
      .where(and(eq(commentReports.commentId, commentId), isNull(commentReports.resolvedAt)));
    const openReports = open?.n ?? 0;
    await tx.update(comments).set({ openReportCount: openReports }).where(eq(comments.id, commentId));
    await recordEvents(tx, [
      { commentId, actorId: viewer.id, action: "reported", reason: input.note, evidence: { reason: input.reason } },
    ]);

    const held = openReports >= settings.reportThreshold;
    let publicChange = false;
    if (held) {
      publicChange = await moveComment(tx, comment, "pending", now);
      await recordEvents(tx, [
        {
          commentId,
          actorId: null,
          action: "held",
          fromStatus: comment.status,
          toStatus: "pending",
          rule: "reports",
          reason: ar.moderationDesk.evidence.reports(openReports),
          evidence: { kind: "reports", reports: openReports, threshold: settings.reportThreshold },
        },
      ]);
    }
    return { held, publicChange, article: { id: article.id, slug: article.slug } };
  });
}
