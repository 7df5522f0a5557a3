import "server-only";
import { and, eq, lte, sql, type SQL } from "drizzle-orm";
import { articles } from "@/db/schema/articles";
import { comments, type CommentStatus } from "@/db/schema/comments";
import { users } from "@/db/schema/users";
import { formatDateTime } from "@/lib/arabic/dates";
import type { CommentView } from "@/lib/comments/types";
import type { Executor } from "./comment-records";

// How comments are read for showing: the public face, or the author's own.

export function isPublicArticle(): SQL {
  return and(eq(articles.status, "published"), lte(articles.publishedAt, new Date()))!;
}

const authorName = sql<string>`coalesce(${users.displayName}, ${comments.guestName}, '')`.as("author_name");

export const viewColumns = {
  id: comments.id,
  parentId: comments.parentId,
  authorName,
  isGuest: sql<boolean>`${comments.authorId} is null`.as("is_guest"),
  body: comments.body,
  status: comments.status,
  createdAt: comments.createdAt,
  editedAt: comments.editedAt,
  replyCount: comments.approvedReplyCount,
};

type ViewRow = {
  id: string;
  parentId: string | null;
  authorName: string;
  isGuest: boolean;
  body: string;
  status: CommentStatus;
  createdAt: Date;
  editedAt: Date | null;
  replyCount: number;
};

/** The public face of a comment: a non-public one shows as a stub with neither name nor text. */
export function toView(row: ViewRow, perspective: "public" | "author" = "public"): CommentView {
  const shown = row.status === "approved" || perspective === "author";
  const status =
    row.status === "approved"
      ? "approved"
      : perspective === "author"
        ? row.status === "pending"
          ? "pending"
          : "rejected"
        : row.status === "pending"
          ? "held"
          : "removed";
  return {
    id: row.id,
    parentId: row.parentId,
    authorName: shown ? row.authorName : "",
    isGuest: shown && row.isGuest,
    body: shown ? row.body : "",
    status,
    createdAt: row.createdAt.toISOString(),
    createdAtLabel: formatDateTime(row.createdAt),
    edited: shown && row.editedAt !== null,
    replyCount: row.replyCount,
    replies: [],
  };
}

export async function loadOwnView(db: Executor, commentId: string): Promise<CommentView> {
  const [row] = await db
    .select(viewColumns)
    .from(comments)
    .leftJoin(users, eq(users.id, comments.authorId))
    .where(eq(comments.id, commentId));
  return toView(row!, "author");
}
