import "server-only";
import { and, asc, count, desc, eq, gt, inArray, isNull, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { getDb } from "@/db";
import { staffTransaction } from "@/db/staff-transaction";
import { articles } from "@/db/schema/articles";
import {
  commentModerationEvents,
  commentReports,
  comments,
  type ModerationAction,
} from "@/db/schema/comments";
import { users } from "@/db/schema/users";
import { formatDateTime } from "@/lib/arabic/dates";
import { assertCan, type Viewer } from "@/lib/permissions/viewer";
import type { Decision, DeskQueue, QueueItem } from "@/lib/comments/desk";
import { decisionStatus, moderatorMayMove, type ModeratorDecision } from "@/lib/comments/transitions";
import { ar } from "@/lib/i18n/ar";
import { queueReplyNotice } from "./internal/reply-notices";
import { queueRejectionNotice } from "./internal/moderation-notices";
import { authorKey, authorRecords } from "./internal/author-records";
import { moveComment, recordEvents, type Executor } from "./internal/comment-records";

// The moderation desk's queues and decisions; commenters and sanctions are in ./commenters.ts,
// the log in ./moderation-log.ts.

export const QUEUE_PAGE_SIZE = 50;
const MAX_BULK = 100;

const decisionActions: ModerationAction[] = ["posted", "edited", "approved", "rejected", "marked_spam", "held"];
const decisionAction: Record<ModeratorDecision, ModerationAction> = {
  approve: "approved",
  reject: "rejected",
  spam: "marked_spam",
};

export async function countPendingComments(viewer: Viewer): Promise<number> {
  assertCan(viewer, "comment.moderate");
  const [row] = await getDb().select({ n: count() }).from(comments).where(eq(comments.status, "pending"));
  return row?.n ?? 0;
}

export async function countQueues(viewer: Viewer): Promise<Record<DeskQueue, number>> {
  assertCan(viewer, "comment.moderate");
  const db = getDb();
  const since = new Date(Date.now() - 24 * 60 * 60 * 1000);
  const [[pending], [reported], [approved], [removed]] = await Promise.all([
    db.select({ n: count() }).from(comments).where(eq(comments.status, "pending")),
    db.select({ n: count() }).from(comments).where(reportedCondition()),
    db.select({ n: count() }).from(comments).where(and(eq(comments.status, "approved"), gt(comments.statusChangedAt, since))),
    db
      .select({ n: count() })
      .from(comments)
      .where(and(inArray(comments.status, ["rejected", "spam"]), gt(comments.statusChangedAt, since))),
  ]);
  return { pending: pending?.n ?? 0, reported: reported?.n ?? 0, approved: approved?.n ?? 0, removed: removed?.n ?? 0 };
}

function reportedCondition(): SQL {
  return and(gt(comments.openReportCount, 0), inArray(comments.status, ["approved", "pending"]))!;
}

const queues: Record<DeskQueue, { where: () => SQL; orderBy: () => SQL[] }> = {
  // First come, first served.
  pending: { where: () => eq(comments.status, "pending"), orderBy: () => [asc(comments.createdAt), asc(comments.id)] },
  reported: {
    where: reportedCondition,
    orderBy: () => [desc(comments.openReportCount), asc(comments.createdAt), asc(comments.id)],
  },
  approved: { where: () => eq(comments.status, "approved"), orderBy: () => [desc(comments.statusChangedAt), desc(comments.id)] },
  removed: {
    where: () => inArray(comments.status, ["rejected", "spam"]),
    orderBy: () => [desc(comments.statusChangedAt), desc(comments.id)],
  },
};

export async function listQueue(viewer: Viewer, queue: DeskQueue, page = 1): Promise<QueueItem[]> {
  assertCan(viewer, "comment.moderate");
  const db = getDb();
  const rows = await db
    .select({
      id: comments.id,
      status: comments.status,
      body: comments.body,
      createdAt: comments.createdAt,
      editedAt: comments.editedAt,
      parentId: comments.parentId,
      authorId: comments.authorId,
      authorName: sql<string>`coalesce(${users.displayName}, ${comments.guestName}, '')`,
      guestEmail: comments.guestEmail,
      openReports: comments.openReportCount,
      articleId: articles.id,
      articleSlug: articles.slug,
      headline: articles.headline,
    })
    .from(comments)
    .innerJoin(articles, eq(articles.id, comments.articleId))
    .leftJoin(users, eq(users.id, comments.authorId))
    .where(queues[queue].where())
    .orderBy(...queues[queue].orderBy())
    .limit(QUEUE_PAGE_SIZE)
    .offset((page - 1) * QUEUE_PAGE_SIZE);
  if (rows.length === 0) return [];

  const ids = rows.map((row) => row.id);
  const parentIds = [...new Set(rows.flatMap((row) => (row.parentId ? [row.parentId] : [])))];
  const [parents, decisions, reports, records] = await Promise.all([
    loadParents(db, parentIds),
    latestDecisions(db, ids),
    openReports(db, ids),
    authorRecords(
      db,
      rows.map((row) => ({ userId: row.authorId, guestEmail: row.guestEmail, name: row.authorName })),
    ),
  ]);

  return rows.map((row) => ({
    id: row.id,
    status: row.status,
    body: row.body,
    createdAt: row.createdAt.toISOString(),
    createdAtLabel: formatDateTime(row.createdAt),
    edited: row.editedAt !== null,
    article: { id: row.articleId, slug: row.articleSlug, headline: row.headline },
    parent: row.parentId ? (parents.get(row.parentId) ?? null) : null,
    author: records.get(authorKey(row.authorId, row.guestEmail))!,
    decision: decisions.get(row.id) ?? null,
    reports: reports.get(row.id) ?? { open: 0, reasons: {}, notes: [] },
  }));
}

async function loadParents(db: Executor, ids: string[]) {
  const parents = new Map<string, NonNullable<QueueItem["parent"]>>();
  if (ids.length === 0) return parents;
  const rows = await db
    .select({
      id: comments.id,
      body: comments.body,
      status: comments.status,
      authorName: sql<string>`coalesce(${users.displayName}, ${comments.guestName}, '')`,
    })
    .from(comments)
    .leftJoin(users, eq(users.id, comments.authorId))
    .where(inArray(comments.id, ids));
  for (const { id, ...parent } of rows) parents.set(id, parent);
  return parents;
}

async function latestDecisions(db: Executor, ids: string[]): Promise<Map<string, Decision>> {
  const actors = alias(users, "actors");
  const rows = await db
    .selectDistinctOn([commentModerationEvents.commentId], {
      commentId: commentModerationEvents.commentId,
      action: commentModerationEvents.action,
      rule: commentModerationEvents.rule,
      reason: commentModerationEvents.reason,
      evidence: commentModerationEvents.evidence,
      actorName: actors.displayName,
      createdAt: commentModerationEvents.createdAt,
    })
    .from(commentModerationEvents)
    .leftJoin(actors, eq(actors.id, commentModerationEvents.actorId))
    .where(and(inArray(commentModerationEvents.commentId, ids), inArray(commentModerationEvents.action, decisionActions)))
    .orderBy(commentModerationEvents.commentId, desc(commentModerationEvents.id));
  return new Map(
    rows.map((row) => [
      row.commentId!,
      {
        action: row.action,
        rule: row.rule,
        reason: row.reason,
        evidence: row.evidence ?? null,
        actorName: row.actorName,
        atLabel: formatDateTime(row.createdAt),
      },
    ]),
  );
}

async function openReports(db: Executor, ids: string[]) {
  const rows = await db
    .select({ commentId: commentReports.commentId, reason: commentReports.reason, note: commentReports.note })
    .from(commentReports)
    .where(and(inArray(commentReports.commentId, ids), isNull(commentReports.resolvedAt)))
    .orderBy(desc(commentReports.createdAt));
  const byComment = new Map<string, QueueItem["reports"]>();
  for (const row of rows) {
    const entry = byComment.get(row.commentId) ?? { open: 0, reasons: {}, notes: [] };
    entry.open += 1;
    entry.reasons[row.reason] = (entry.reasons[row.reason] ?? 0) + 1;
    if (row.note && entry.notes.length < 3) entry.notes.push(row.note);
    byComment.set(row.commentId, entry);
  }
  return byComment;
}


export interface ModerationResult {
  changed: { id: string; articleId: string; slug: string; publicChange: boolean }[];
  skipped: string[];
}

/**
 * A moderator's decision on one comment or many. Each comment is locked and moved only if the
 * move is allowed from its current state (another moderator may have got there first); its open
 * reports are answered; every move is logged with who decided and why.
 */
export async function moderateComments(
  viewer: Viewer,
  commentIds: string[],
  decision: ModeratorDecision,
  note = "",
  now = new Date(),
): Promise<ModerationResult> {
  assertCan(viewer, "comment.moderate");
  const ids = [...new Set(commentIds)].slice(0, MAX_BULK);
  const to = decisionStatus[decision];
  return staffTransaction(async (tx) => {
    const rows = await tx
      .select({
        id: comments.id,
        articleId: comments.articleId,
        parentId: comments.parentId,
        status: comments.status,
        slug: articles.slug,
      })
      .from(comments)
      .innerJoin(articles, eq(articles.id, comments.articleId))
      .where(inArray(comments.id, ids))
      .orderBy(asc(comments.id))
      .for("update", { of: comments });
    const result: ModerationResult = { changed: [], skipped: ids.filter((id) => !rows.some((row) => row.id === id)) };
    for (const row of rows) {
      if (!moderatorMayMove(row.status, to)) {
        result.skipped.push(row.id);
        continue;
      }
      const publicChange = (await moveComment(tx, row, to, now)) || (to === "approved" && row.status === "approved");
      await tx
        .update(commentReports)
        .set({ resolvedAt: now })
        .where(and(eq(commentReports.commentId, row.id), isNull(commentReports.resolvedAt)));
      await tx.update(comments).set({ openReportCount: 0 }).where(eq(comments.id, row.id));
      const reason = note.trim() || ar.moderationDesk.defaultReason[decision];
      await recordEvents(tx, [{ commentId: row.id, actorId: viewer.id, action: decisionAction[decision], fromStatus: row.status, toStatus: to, reason }]);
      if (to === "approved" && row.status !== "approved" && row.parentId) await queueReplyNotice(tx, row.id);
      if (to === "rejected" && row.status !== "rejected") await queueRejectionNotice(tx, row.id, reason);
      result.changed.push({ id: row.id, articleId: row.articleId, slug: row.slug, publicChange });
    }
    return result;
  });
}
