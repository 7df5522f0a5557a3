import "server-only";
import { desc, eq, lt } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { getDb } from "@/db";
import { articles } from "@/db/schema/articles";
import { commentModerationEvents, comments, type CommentStatus, type ModerationAction } from "@/db/schema/comments";
import { users } from "@/db/schema/users";
import { formatDateTime } from "@/lib/arabic/dates";
import { assertCan, type Viewer } from "@/lib/permissions/viewer";

// The moderation log: every decision on a comment or a commenter, by a person or by the rules.

export interface LogEntry {
  id: number;
  atLabel: string;
  createdAt: string;
  actorName: string | null;
  action: ModerationAction;
  rule: string | null;
  reason: string;
  evidence: Record<string, unknown> | null;
  fromStatus: CommentStatus | null;
  toStatus: CommentStatus | null;
  comment: { id: string; excerpt: string; headline: string; slug: string } | null;
  subject: { id: string; name: string } | null;
}

export const LOG_PAGE_SIZE = 50;

/** The moderation log, newest first; `before` is the last id of the previous page. */
export async function listModerationLog(viewer: Viewer, before: number | null = null): Promise<LogEntry[]> {
  assertCan(viewer, "moderation.audit");
  const actors = alias(users, "actors");
  const subjects = alias(users, "subjects");
  const rows = await getDb()
    .select({
      id: commentModerationEvents.id,
      createdAt: commentModerationEvents.createdAt,
      actorName: actors.displayName,
      action: commentModerationEvents.action,
      rule: commentModerationEvents.rule,
      reason: commentModerationEvents.reason,
      evidence: commentModerationEvents.evidence,
      fromStatus: commentModerationEvents.fromStatus,
      toStatus: commentModerationEvents.toStatus,
      commentId: comments.id,
      body: comments.body,
      headline: articles.headline,
      slug: articles.slug,
      subjectId: subjects.id,
      subjectName: subjects.displayName,
    })
    .from(commentModerationEvents)
    .leftJoin(actors, eq(actors.id, commentModerationEvents.actorId))
    .leftJoin(subjects, eq(subjects.id, commentModerationEvents.subjectUserId))
    .leftJoin(comments, eq(comments.id, commentModerationEvents.commentId))
    .leftJoin(articles, eq(articles.id, comments.articleId))
    .where(before === null ? undefined : lt(commentModerationEvents.id, before))
    .orderBy(desc(commentModerationEvents.id))
    .limit(LOG_PAGE_SIZE);
  return rows.map((row) => ({
    id: row.id,
    atLabel: formatDateTime(row.createdAt),
    createdAt: row.createdAt.toISOString(),
    actorName: row.actorName,
    action: row.action,
    rule: row.rule,
    reason: row.reason,
    evidence: row.evidence ?? null,
    fromStatus: row.fromStatus,
    toStatus: row.toStatus,
    comment: row.commentId
      ? { id: row.commentId, excerpt: (row.body ?? "").slice(0, 140), headline: row.headline ?? "", slug: row.slug ?? "" }
      : null,
    subject: row.subjectId ? { id: row.subjectId, name: row.subjectName ?? "" } : null,
  }));
}
