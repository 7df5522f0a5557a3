import type { CommentStatus, ModerationAction, ReportReason } from "@/db/schema/comments";
import { ar } from "@/lib/i18n/moderation";

// What the moderation desk shows about a comment, as plain data, and how it explains a decision.

export const deskQueues = ["pending", "reported", "approved", "removed"] as const;
export type DeskQueue = (typeof deskQueues)[number];

export interface AuthorRecord {
  userId: string | null;
  name: string;
  isGuest: boolean;
  /** Guests only: moderators may need it to recognise a returning guest. */
  guestEmail: string | null;
  counts: Record<CommentStatus, number>;
  trusted: boolean;
  trustThreshold: number;
  /** A suspension or ban in force, in Arabic, or null. */
  restriction: string | null;
  recentDecisions: { action: ModerationAction; atLabel: string }[];
}

export interface Decision {
  action: ModerationAction;
  rule: string | null;
  reason: string;
  evidence: Record<string, unknown> | null;
  actorName: string | null;
  atLabel: string;
}

export interface QueueItem {
  id: string;
  status: CommentStatus;
  body: string;
  createdAt: string;
  createdAtLabel: string;
  edited: boolean;
  article: { id: string; slug: string; headline: string };
  parent: { authorName: string; body: string; status: CommentStatus } | null;
  author: AuthorRecord;
  decision: Decision | null;
  reports: { open: number; reasons: Partial<Record<ReportReason, number>>; notes: string[] };
}

/** A log entry's action in words; for the rules' own decisions, what they decided. */
export function logActionLabel(entry: { action: ModerationAction; toStatus: CommentStatus | null }): string {
  const t = ar.moderationDesk;
  if ((entry.action === "posted" || entry.action === "edited") && entry.toStatus) {
    return t.automaticLog[entry.action][entry.toStatus] ?? t.actionsLog[entry.action]!;
  }
  return t.actionsLog[entry.action] ?? entry.action;
}

/** The rule that put a comment where it is, with what it saw, in a moderator's words. */
export function explainDecision(decision: Pick<Decision, "rule" | "evidence">): string {
  const rule = decision.rule ? (ar.moderationDesk.rules[decision.rule] ?? decision.rule) : "";
  const detail = describeEvidence(decision.evidence);
  return [rule, detail].filter(Boolean).join(": ");
}

function describeEvidence(evidence: Record<string, unknown> | null): string {
  const e = ar.moderationDesk.evidence;
  switch (evidence?.kind) {
    case "word":
      return e.word(String(evidence.word), Number(evidence.index) + 1, typeof evidence.form === "string" ? evidence.form : undefined);
    case "links":
      return e.links(Number(evidence.links), Number(evidence.max));
    case "trust":
      return e.trust(Number(evidence.approvedComments), Number(evidence.threshold));
    case "repeat":
      return e.repeat;
    case "premoderation":
      return evidence.cause === "guest" ? e.premoderationGuest : e.premoderationArticle;
    case "reports":
      return e.reports(Number(evidence.reports));
    default:
      return "";
  }
}

export interface TextSegment {
  text: string;
  marked: boolean;
}

/**
 * Splits a comment around the word a list matched, so the desk can mark it. Evidence points into
 * the text as it was moderated; if the text no longer has that span (edited since), nothing is marked.
 */
export function markEvidence(body: string, evidence: Record<string, unknown> | null): TextSegment[] {
  if (evidence?.kind !== "word") return [{ text: body, marked: false }];
  const index = Number(evidence.index);
  const length = Number(evidence.length);
  if (!Number.isInteger(index) || !Number.isInteger(length) || index < 0 || length <= 0 || index + length > body.length) {
    return [{ text: body, marked: false }];
  }
  return [
    { text: body.slice(0, index), marked: false },
    { text: body.slice(index, index + length), marked: true },
    { text: body.slice(index + length), marked: false },
  ].filter((segment) => segment.text.length > 0);
}
