import type { CommentMode } from "@/db/schema/enums";

// What the thread shows, as plain data that survives Next's data cache and JSON unchanged.
// Dates are formatted on the server (labels), never re-formatted in the browser.

export type ThreadOrder = "oldest" | "newest";

/** "removed" is the stub a non-public comment leaves when it still has public replies. */
export type CommentViewStatus = "approved" | "pending" | "rejected" | "removed" | "held";

export interface CommentView {
  id: string;
  parentId: string | null;
  authorName: string;
  isGuest: boolean;
  /** Empty for stubs. Plain text: rendered as a React text node, never as markup. */
  body: string;
  status: CommentViewStatus;
  createdAt: string;
  createdAtLabel: string;
  edited: boolean;
  /** Approved replies. */
  replyCount: number;
  replies: CommentView[];
}

export interface ThreadPage {
  comments: CommentView[];
  /** The id of the last top-level comment shown, when there are more after it. */
  nextCursor: string | null;
}

export interface ThreadArticle {
  id: string;
  slug: string;
  headline: string;
  commentCount: number;
  /** The mode in force now: an auto-closed story reads "closed". */
  mode: CommentMode;
}

/** What the thread needs to know about the person reading it; anonymous readers get the defaults. */
export interface ThreadViewer {
  signedIn: boolean;
  displayName: string | null;
  canComment: boolean;
  canReport: boolean;
  /** Why this person may not comment now (a suspension), shown instead of the form. */
  restriction: string | null;
  /** The viewer's comments on this story: shown with edit and delete tools. */
  ownIds: string[];
  /** Own comments still inside the edit window, at the time of the request. */
  editableIds: string[];
  reportedIds: string[];
  /** The viewer's own comments no one else can see yet (pending or rejected). */
  unpublished: CommentView[];
}

export const anonymousThreadViewer: ThreadViewer = {
  signedIn: false,
  displayName: null,
  canComment: false,
  canReport: false,
  restriction: null,
  ownIds: [],
  editableIds: [],
  reportedIds: [],
  unpublished: [],
};

export interface ThreadPayload {
  article: ThreadArticle;
  order: ThreadOrder;
  page: ThreadPage;
  viewer: ThreadViewer;
  guestComments: boolean;
  /** The form's issue time, signed for this story (lib/comments/form-token.ts), for the bot traps. */
  formToken: string;
}
