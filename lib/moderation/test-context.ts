import { compileModerationSettings, type ModerationSettingsInput } from "./settings";
import type { CommentAuthor, CommentedArticle, CommentSubmission, ModerationContext, RecentComment } from "./types";

// Builds moderation contexts for tests: by default a trusted member's clean new comment on an
// open story published yesterday, so each test states only what it is about.

export const NOW = new Date("2026-03-01T12:00:00Z");

export function minutesBefore(minutes: number, now = NOW): Date {
  return new Date(now.getTime() - minutes * 60_000);
}

export function daysBefore(days: number, now = NOW): Date {
  return minutesBefore(days * 24 * 60, now);
}

export function recentComment(id: string, text: string, createdAt: Date): RecentComment {
  return { id, text, createdAt };
}

interface ContextOverrides {
  comment?: CommentSubmission;
  text?: string;
  author?: Partial<CommentAuthor>;
  article?: Partial<CommentedArticle>;
  recentComments?: RecentComment[];
  settings?: ModerationSettingsInput;
}

export function moderationContext(overrides: ContextOverrides = {}): ModerationContext {
  return {
    comment: overrides.comment ?? { kind: "new", text: overrides.text ?? "تغطية ممتازة، شكرًا لفريق خبر." },
    author: {
      id: "reader-1",
      isGuest: false,
      approvedCommentCount: 12,
      banned: false,
      suspendedUntil: null,
      ...overrides.author,
    },
    article: { commentMode: "open", publishedAt: daysBefore(1), ...overrides.article },
    recentComments: overrides.recentComments ?? [],
    settings: compileModerationSettings(overrides.settings ?? {}),
  };
}
