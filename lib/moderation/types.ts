import type { ModerationSettings } from "./settings";
import type { MatchForm } from "./word-matcher";

export type CommentMode = "open" | "premoderated" | "closed";
export type CommentStatus = "approved" | "pending" | "rejected";

export type CommentSubmission = { kind: "new"; text: string } | { kind: "edit"; commentId: string; text: string };

export interface CommentAuthor {
  /** The user id, or a guest's stable identifier; the moderation log records it. */
  id: string;
  isGuest: boolean;
  approvedCommentCount: number;
  banned: boolean;
  suspendedUntil: Date | null;
}

export interface CommentedArticle {
  commentMode: CommentMode;
  publishedAt: Date;
}

export interface RecentComment {
  id: string;
  text: string;
  createdAt: Date;
}

export interface ModerationContext {
  comment: CommentSubmission;
  author: CommentAuthor;
  article: CommentedArticle;
  /**
   * The author's stored comments, whatever their status and article, at least as far back as
   * the longer of the rate-limit and repeat-post windows.
   */
  recentComments: readonly RecentComment[];
  settings: ModerationSettings;
}

/** Rules that refuse a comment outright: it is never stored. */
export type RefusalRule = "closed-story" | "author-standing" | "rate-limit" | "length";
/** Rules that store a comment with a status; "clean" means no phase objected. */
export type VerdictRule =
  | "banned-words"
  | "repeat-post"
  | "links"
  | "suspect-words"
  | "premoderation"
  | "trust"
  | "clean";
export type RuleId = RefusalRule | VerdictRule;

/** What a moderator (or the log) is shown about a decision; never shown to the author. */
export type Evidence =
  | { kind: "closed"; cause: "closed" | "auto-closed" }
  | { kind: "standing"; cause: "banned" | "suspended" }
  | { kind: "rate"; comments: number; windowMinutes: number }
  | { kind: "length"; length: number; max: number }
  /** index and length locate the match in the comment text exactly as it was moderated. */
  | { kind: "word"; list: "banned" | "suspect"; word: string; index: number; length: number; form: MatchForm }
  | { kind: "repeat"; commentId: string }
  | { kind: "links"; links: number; max: number }
  | { kind: "premoderation"; cause: "article" | "guest" }
  | { kind: "trust"; approvedComments: number; threshold: number };

export interface Refusal {
  outcome: "refused";
  rule: RefusalRule;
  /** The part of the comment the refusal is about, shown beside it; none for the comment as a whole. */
  field?: "body";
  /** Arabic, for the author. */
  message: string;
  evidence?: Evidence;
}

export interface Verdict {
  outcome: "stored";
  status: CommentStatus;
  rule: VerdictRule;
  /** Arabic, safe to show the author. */
  reason: string;
  evidence?: Evidence;
}

export type ModerationDecision = Refusal | Verdict;

/** One rule of the pipeline: a decision, or undefined to let the next phase look. */
export type ModerationPhase = (context: ModerationContext, now: Date) => ModerationDecision | undefined;
