import "server-only";
import { and, asc, desc, eq, gt, inArray, isNull, lte, or, sql } from "drizzle-orm";
import { getDb } from "@/db";
import { articles } from "@/db/schema/articles";
import { commentReports, comments } from "@/db/schema/comments";
import { users } from "@/db/schema/users";
import { can, type Viewer } from "@/lib/permissions/viewer";
import { isCommentingClosed, type CommentSettings } from "@/lib/comments/settings";
import { authorMayDelete, authorMayEdit, EDIT_WINDOW_MINUTES } from "@/lib/comments/transitions";
import {
  anonymousThreadViewer,
  type CommentView,
  type ThreadArticle,
  type ThreadOrder,
  type ThreadPage,
  type ThreadViewer,
} from "@/lib/comments/types";
import { ar } from "@/lib/i18n/ar";
import { isEmailVerified } from "./internal/verification-mail";
import { getCommentSettings } from "./comment-settings";
import { isPublicArticle, toView, viewColumns } from "./internal/comment-views";
import { restrictionMessage, ruledOnByPeople, standingOf } from "./internal/commenter-standing";

// Comment threads as readers see them: approved comments of published stories only (a WHERE
// clause), and what the thread needs to know about the viewer.


/** A top-level comment the thread lists: approved, or holding approved replies. */
const shownInThread = and(isNull(comments.parentId), or(eq(comments.status, "approved"), gt(comments.approvedReplyCount, 0)));

export const THREAD_PAGE_SIZE = 20;
export const REPLIES_SHOWN = 20;

const threadArticleColumns = {
  id: articles.id,
  slug: articles.slug,
  headline: articles.headline,
  commentCount: articles.commentCount,
  commentMode: articles.commentMode,
  publishedAt: articles.publishedAt,
};

function toThreadArticle(
  row: { id: string; slug: string; headline: string; commentCount: number; commentMode: ThreadArticle["mode"]; publishedAt: Date | null },
  settings: CommentSettings,
  now: Date,
): ThreadArticle {
  const closed = isCommentingClosed({ commentMode: row.commentMode, publishedAt: row.publishedAt ?? now }, settings, now);
  return {
    id: row.id,
    slug: row.slug,
    headline: row.headline,
    commentCount: row.commentCount,
    mode: closed ? "closed" : row.commentMode,
  };
}

/** A published story's thread header (count and whether it takes comments), by id or slug. */
export async function getThreadArticle(by: { id: string } | { slug: string }): Promise<ThreadArticle | null> {
  const [[row], settings] = await Promise.all([
    getDb()
      .select(threadArticleColumns)
      .from(articles)
      .where(and(isPublicArticle(), "id" in by ? eq(articles.id, by.id) : eq(articles.slug, by.slug))),
    getCommentSettings(),
  ]);
  return row ? toThreadArticle(row, settings, new Date()) : null;
}

/**
 * One page of a story's thread: top-level comments in the chosen order, each with its first
 * approved replies (oldest first). A top-level comment that is no longer public keeps its
 * place as a stub while it has public replies. `after` is the last top-level id of the previous page.
 */
export async function listThreadPage(
  articleId: string,
  order: ThreadOrder,
  after: string | null,
  pageSize = THREAD_PAGE_SIZE,
): Promise<ThreadPage> {
  const db = getDb();
  const newest = order === "newest";
  const cursor = after
    ? sql`(${comments.createdAt}, ${comments.id}) ${sql.raw(newest ? "<" : ">")} (select c2.created_at, c2.id from comments c2 where c2.id = ${after} and c2.article_id = ${articleId} and c2.parent_id is null)`
    : undefined;
  const rows = await db
    .select(viewColumns)
    .from(comments)
    .leftJoin(users, eq(users.id, comments.authorId))
    .where(
      and(
        eq(comments.articleId, articleId),
        shownInThread,
        cursor,
      ),
    )
    .orderBy(...(newest ? [desc(comments.createdAt), desc(comments.id)] : [asc(comments.createdAt), asc(comments.id)]))
    .limit(pageSize + 1);

  const shown = rows.slice(0, pageSize).map((row) => toView(row));
  const replies = await listFirstReplies(shown.filter((comment) => comment.replyCount > 0).map((comment) => comment.id));
  return {
    comments: shown.map((comment) => ({ ...comment, replies: replies.get(comment.id) ?? [] })),
    nextCursor: rows.length > pageSize ? shown.at(-1)!.id : null,
  };
}

async function listFirstReplies(parentIds: string[]): Promise<Map<string, CommentView[]>> {
  const byParent = new Map<string, CommentView[]>();
  if (parentIds.length === 0) return byParent;
  const ranked = getDb()
    .select({
      ...viewColumns,
      position: sql<number>`row_number() over (partition by ${comments.parentId} order by ${comments.createdAt}, ${comments.id})`.as(
        "position",
      ),
    })
    .from(comments)
    .leftJoin(users, eq(users.id, comments.authorId))
    .where(and(inArray(comments.parentId, parentIds), eq(comments.status, "approved")))
    .as("ranked");
  const rows = await getDb()
    .select()
    .from(ranked)
    .where(lte(ranked.position, REPLIES_SHOWN))
    .orderBy(asc(ranked.createdAt), asc(ranked.id));
  for (const row of rows) {
    const view = toView(row);
    byParent.set(row.parentId!, [...(byParent.get(row.parentId!) ?? []), view]);
  }
  return byParent;
}

/** A top-level comment of a story with all its approved replies, a page at a time. */
export async function getCommentWithReplies(
  articleId: string,
  commentId: string,
  after: string | null,
  pageSize = 50,
): Promise<{ comment: CommentView; replies: CommentView[]; nextCursor: string | null } | null> {
  const db = getDb();
  const [root] = await db
    .select(viewColumns)
    .from(comments)
    .leftJoin(users, eq(users.id, comments.authorId))
    .where(
      and(
        eq(comments.id, commentId),
        eq(comments.articleId, articleId),
        shownInThread,
      ),
    );
  if (!root) return null;
  const rows = await db
    .select(viewColumns)
    .from(comments)
    .leftJoin(users, eq(users.id, comments.authorId))
    .where(
      and(
        eq(comments.parentId, commentId),
        eq(comments.status, "approved"),
        after
          ? sql`(${comments.createdAt}, ${comments.id}) > (select c2.created_at, c2.id from comments c2 where c2.id = ${after} and c2.parent_id = ${commentId})`
          : undefined,
      ),
    )
    .orderBy(asc(comments.createdAt), asc(comments.id))
    .limit(pageSize + 1);
  const replies = rows.slice(0, pageSize).map((row) => toView(row));
  return { comment: toView(root), replies, nextCursor: rows.length > pageSize ? replies.at(-1)!.id : null };
}

/**
 * What the thread needs to know about the viewer on one story: whether they may comment or
 * report, their own comments there, and those of them nobody else can see yet.
 */
export async function getThreadViewer(viewer: Viewer, articleId: string, now = new Date()): Promise<ThreadViewer> {
  if (!viewer) return anonymousThreadViewer;
  const db = getDb();
  const [standing, own, reported, verified] = await Promise.all([
    standingOf(db, viewer.id, now),
    db
      .select(viewColumns)
      .from(comments)
      .innerJoin(users, eq(users.id, comments.authorId))
      .where(and(eq(comments.articleId, articleId), eq(comments.authorId, viewer.id)))
      .orderBy(asc(comments.createdAt))
      .limit(500),
    db
      .select({ id: commentReports.commentId })
      .from(commentReports)
      .innerJoin(comments, eq(comments.id, commentReports.commentId))
      .where(and(eq(commentReports.reporterId, viewer.id), eq(comments.articleId, articleId))),
    isEmailVerified(db, viewer.id),
  ]);
  const sanction = restrictionMessage(standing);
  // An unverified reader may still report; commenting waits for the address to be proved.
  const restriction = sanction ?? (verified ? null : ar.comments.errors.emailUnverified);
  const recent = own.filter((row) => now.getTime() - row.createdAt.getTime() <= EDIT_WINDOW_MINUTES * 60_000);
  const ruled = await ruledOnByPeople(db, recent.map((row) => row.id));
  return {
    signedIn: true,
    displayName: viewer.displayName,
    canComment: can(viewer, "comment.create") && restriction === null,
    canReport: can(viewer, "comment.report") && sanction === null,
    restriction,
    ownIds: own.filter((row) => authorMayDelete(row.status)).map((row) => row.id),
    editableIds: recent
      .filter((row) => authorMayEdit({ ...row, moderatedByPerson: ruled.has(row.id) }, now))
      .map((row) => row.id),
    reportedIds: reported.map((row) => row.id),
    unpublished: own
      .filter((row) => row.status === "pending" || row.status === "rejected" || row.status === "spam")
      .map((row) => toView(row, "author")),
  };
}
