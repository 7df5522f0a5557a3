import type { CommentStatus } from "@/db/schema/comments";

// Who may move a comment from one state to another. Only approved comments are public;
// nothing is ever hard-deleted, "deleted" is a state like the others.

export const moderatorDecisions = ["approve", "reject", "spam"] as const;
export type ModeratorDecision = (typeof moderatorDecisions)[number];

export const decisionStatus: Record<ModeratorDecision, CommentStatus> = {
  approve: "approved",
  reject: "rejected",
  spam: "spam",
};

// A moderator may reverse any decision but an author's deletion. Approving an approved
// comment is allowed: it answers the reports against it and keeps it up.
const moderatorMoves: Record<CommentStatus, readonly CommentStatus[]> = {
  pending: ["approved", "rejected", "spam"],
  approved: ["approved", "rejected", "spam"],
  rejected: ["approved", "spam"],
  spam: ["approved", "rejected"],
  deleted: [],
};

export function moderatorMayMove(from: CommentStatus, to: CommentStatus): boolean {
  return moderatorMoves[from].includes(to);
}

/** Authors delete what others can see or are waiting to see; a removed comment is already gone. */
export function authorMayDelete(status: CommentStatus): boolean {
  return status === "pending" || status === "approved";
}

export const EDIT_WINDOW_MINUTES = 5;

/**
 * Authors edit for a few minutes after posting, and only what no moderator has ruled on:
 * an edit must not undo a moderator's decision.
 */
export function authorMayEdit(
  comment: { status: CommentStatus; createdAt: Date; moderatedByPerson: boolean },
  now: Date,
): boolean {
  return (
    (comment.status === "pending" || comment.status === "approved") &&
    !comment.moderatedByPerson &&
    now.getTime() - comment.createdAt.getTime() <= EDIT_WINDOW_MINUTES * 60_000
  );
}

/** Only approved comments take replies, so nothing is said under hidden text. */
export function acceptsReplies(status: CommentStatus): boolean {
  return status === "approved";
}

/** Readers report what they can see. */
export function isReportable(status: CommentStatus): boolean {
  return status === "approved";
}

/** How the count of approved comments changes when a comment moves from one state to another. */
export function approvedDelta(from: CommentStatus | null, to: CommentStatus): -1 | 0 | 1 {
  const before = from === "approved" ? 1 : 0;
  const after = to === "approved" ? 1 : 0;
  return (after - before) as -1 | 0 | 1;
}
