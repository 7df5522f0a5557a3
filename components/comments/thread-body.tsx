import { IntentLink } from "@/components/ui/intent-link";
import type { CommentView, ThreadPayload } from "@/lib/comments/types";
import { ar } from "@/lib/i18n/site";
import { CommentList, type ThreadContextData } from "./comment-item";
import { NewCommentForm } from "./new-comment-form";

type Props = {
  payload: ThreadPayload;
  /** The thread's top-level comments (the viewer's unpublished replies already placed under them). */
  comments: CommentView[];
  /** The viewer's unpublished comments that have no place on this page. */
  apart: CommentView[];
  signInHref: string;
  repliesHref: (commentId: string) => string;
  fallbackKey?: string;
};

/** The form (or why there is none), the viewer's unpublished comments, and the thread itself. */
export function ThreadBody({ payload, comments, apart, signInHref, repliesHref, fallbackKey }: Props) {
  const { article, viewer } = payload;
  const open = article.mode !== "closed";
  const context: ThreadContextData = {
    articleId: article.id,
    slug: article.slug,
    viewer,
    open,
    formToken: payload.formToken,
    repliesHref,
  };
  // Said before anyone writes, whoever they are: signed in, a guest, or about to sign in.
  const premoderated = article.mode === "premoderated" && <p className="thread__notice">{ar.comments.premoderated}</p>;
  const form = (asGuest: boolean) => (
    <NewCommentForm
      articleId={article.id}
      formToken={payload.formToken}
      fallbackKey={fallbackKey}
      asGuest={asGuest}
      signedInName={viewer.displayName}
    />
  );

  return (
    <>
      <div className="thread__compose">
        {!open ? (
          <p className="thread__notice">{ar.comments.closed}</p>
        ) : viewer.restriction ? (
          <p className="thread__notice thread__notice--warning">{viewer.restriction}</p>
        ) : viewer.canComment ? (
          <>
            {premoderated}
            {form(false)}
          </>
        ) : (
          <>
            <p className="thread__notice">
              <IntentLink href={signInHref}>{ar.comments.signInToComment}</IntentLink>
              {payload.guestComments && <> {ar.comments.signInOrGuest}</>}
            </p>
            {premoderated}
            {payload.guestComments && form(true)}
          </>
        )}
      </div>
      {apart.length > 0 && (
        <section className="thread__own" aria-labelledby={`own-${article.id}`}>
          <h3 id={`own-${article.id}`}>{ar.comments.yourPending}</h3>
          <p className="thread__own-hint">{ar.comments.yourPendingHint}</p>
          <CommentList comments={apart} context={context} />
        </section>
      )}
      {comments.length === 0 ? (
        <p className="comments__empty">{ar.comments.empty}</p>
      ) : (
        <CommentList comments={comments} context={context} />
      )}
    </>
  );
}
