import "server-only";
import { eq, sql } from "drizzle-orm";
import type { Database } from "@/db";
import { articles } from "@/db/schema/articles";
import {
  commentModerationEvents,
  comments,
  type CommentStatus,
  type ModerationAction,
} from "@/db/schema/comments";
import { approvedDelta } from "@/lib/comments/transitions";

// Building blocks the comment DAL modules share inside their transactions. Nothing here
// checks permissions: callers do, before they get here.

export type Executor = Database | Parameters<Parameters<Database["transaction"]>[0]>[0];

export interface ModerationEvent {
  commentId?: string | null;
  subjectUserId?: string | null;
  /** Null when the system decided. */
  actorId: string | null;
  action: ModerationAction;
  fromStatus?: CommentStatus | null;
  toStatus?: CommentStatus | null;
  rule?: string | null;
  reason?: string;
  evidence?: Record<string, unknown> | null;
}

export async function recordEvents(db: Executor, events: readonly ModerationEvent[]) {
  if (events.length === 0) return;
  await db.insert(commentModerationEvents).values(events.map((event) => ({ ...event, reason: event.reason ?? "" })));
}

/** Keeps the story's comment count and the parent's reply count in step with a status change. */
export async function adjustCounts(
  db: Executor,
  comment: { articleId: string; parentId: string | null },
  from: CommentStatus | null,
  to: CommentStatus,
): Promise<boolean> {
  const delta = approvedDelta(from, to);
  if (delta === 0) return false;
  await db
    .update(articles)
    .set({ commentCount: sql`${articles.commentCount} + ${delta}` })
    .where(eq(articles.id, comment.articleId));
  if (comment.parentId) {
    await db
      .update(comments)
      .set({ approvedReplyCount: sql`${comments.approvedReplyCount} + ${delta}` })
      .where(eq(comments.id, comment.parentId));
  }
  return true;
}

/** Moves a comment (locked by the caller) to a new status; returns whether the public count changed. */
export async function moveComment(
  db: Executor,
  comment: { id: string; articleId: string; parentId: string | null; status: CommentStatus },
  to: CommentStatus,
  now: Date,
): Promise<boolean> {
  if (comment.status !== to) {
    await db.update(comments).set({ status: to, statusChangedAt: now }).where(eq(comments.id, comment.id));
  }
  return adjustCounts(db, comment, comment.status, to);
}
