import type { CommentView, ThreadViewer } from "@/lib/comments/types";
import { ar } from "@/lib/i18n/site";
import { RecentTime } from "@/components/ui/recent-time";
import { CommentBody } from "./comment-body";
import { CommentTools } from "./comment-tools";

export interface ThreadContextData {
  articleId: string;
  slug: string;
  viewer: ThreadViewer;
  /** Whether the story takes new comments and replies. */
  open: boolean;
  formToken: string;
  /** Where "all replies" links point, given a top-level comment id. */
  repliesHref: (commentId: string) => string;
}

const badges: Partial<Record<CommentView["status"], string>> = {
  pending: ar.comments.pendingBadge,
  rejected: ar.comments.rejectedBadge,
};

/**
 * One comment and its replies. The text is a React text node shown with `white-space: pre-line`:
 * markup, scripts and markdown in it stay characters on the screen.
 */
export function CommentItem({ comment, context }: { comment: CommentView; context: ThreadContextData }) {
  const headingId = `comment-${comment.id}-author`;
  const isStub = comment.status === "removed" || comment.status === "held";
  const badge = badges[comment.status];
  return (
    <li className="comment-list__item">
      <article id={`comment-${comment.id}`} className={`comment comment--${comment.status}`} aria-labelledby={isStub ? undefined : headingId}>
        {isStub ? (
          <p className="comment__stub">{comment.status === "held" ? ar.comments.heldStub : ar.comments.removed}</p>
        ) : (
          <>
            <header className="comment__header">
              <h3 id={headingId} className="comment__author">
                <bdi>{comment.authorName}</bdi>
              </h3>
              {comment.isGuest && <span className="comment__tag">{ar.comments.guest}</span>}
              <a className="comment__time" href={`#comment-${comment.id}`}>
                <RecentTime dateTime={comment.createdAt} label={comment.createdAtLabel} />
              </a>
              {comment.edited && <span className="comment__tag">{ar.comments.edited}</span>}
              {badge && <span className={`comment__badge comment__badge--${comment.status}`}>{badge}</span>}
            </header>
            <CommentBody className="comment__body" text={comment.body} />
            <CommentTools
              comment={comment}
              articleId={context.articleId}
              formToken={context.formToken}
              canReply={context.open && context.viewer.canComment && comment.status === "approved"}
              canReport={
                context.viewer.canReport &&
                comment.status === "approved" &&
                !context.viewer.ownIds.includes(comment.id) &&
                !context.viewer.reportedIds.includes(comment.id)
              }
              alreadyReported={context.viewer.reportedIds.includes(comment.id)}
              canEdit={context.viewer.editableIds.includes(comment.id)}
              canDelete={context.viewer.ownIds.includes(comment.id)}
            />
          </>
        )}
        {comment.replies.length > 0 && (
          <ol className="comment-list comment-list--replies">
            {comment.replies.map((reply) => (
              <CommentItem key={reply.id} comment={reply} context={context} />
            ))}
          </ol>
        )}
        {comment.replyCount > comment.replies.filter((reply) => reply.status === "approved").length && (
          <p className="comment__more-replies">
            <a href={context.repliesHref(comment.id)}>{ar.comments.moreReplies(comment.replyCount)}</a>
          </p>
        )}
      </article>
    </li>
  );
}

export function CommentList({ comments, context }: { comments: CommentView[]; context: ThreadContextData }) {
  if (comments.length === 0) return null;
  return (
    <ol className="comment-list">
      {comments.map((comment) => (
        <CommentItem key={comment.id} comment={comment} context={context} />
      ))}
    </ol>
  );
}
