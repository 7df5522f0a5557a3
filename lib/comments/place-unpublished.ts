import type { CommentView, ThreadPage } from "./types";

/**
 * Puts the viewer's own unpublished comments where they will look for them: a reply goes
 * under its parent when the parent is on this page; top-level comments, and replies whose
 * parent is elsewhere, are returned apart to be shown above the thread.
 */
export function placeUnpublished(
  page: ThreadPage,
  unpublished: readonly CommentView[],
): { page: ThreadPage; apart: CommentView[] } {
  const apart: CommentView[] = [];
  const repliesByParent = new Map<string, CommentView[]>();
  const onPage = new Set(page.comments.map((comment) => comment.id));
  for (const comment of unpublished) {
    if (comment.parentId && onPage.has(comment.parentId)) {
      repliesByParent.set(comment.parentId, [...(repliesByParent.get(comment.parentId) ?? []), comment]);
    } else {
      apart.push(comment);
    }
  }
  const comments = page.comments.map((comment) => {
    const own = repliesByParent.get(comment.id);
    if (!own) return comment;
    const replies = [...comment.replies, ...own].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
    return { ...comment, replies };
  });
  return { page: { ...page, comments }, apart };
}
