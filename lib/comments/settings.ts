import { z } from "zod";
import { compileModerationSettings, moderationSettingsSchema, type ModerationSettings } from "@/lib/moderation/settings";
import type { ListedWord } from "@/lib/moderation/word-matcher";

type ListedWordInput = string | ListedWord;

// The comment settings an administrator edits, stored as one JSON object (site_settings
// "comments"). The word lists live in their own table; guests are always pre-moderated.
export const commentSettingsSchema = moderationSettingsSchema
  .omit({ bannedWords: true, suspectWords: true, exceptionWords: true, premoderateGuests: true })
  .extend({
    /** Guests may comment with a name and an e-mail address (always held for review). */
    guestComments: z.boolean().default(false),
    /** Distinct readers whose reports hold an approved comment for review. */
    reportThreshold: z.int().min(1).default(3),
    /** Comments from one network address within the window, counted across instances. */
    ipRateLimit: z
      .object({ maxComments: z.int().min(1), windowMinutes: z.int().min(1) })
      .default({ maxComments: 30, windowMinutes: 10 }),
  });

export type CommentSettings = z.output<typeof commentSettingsSchema>;

export const defaultCommentSettings: CommentSettings = commentSettingsSchema.parse({});

/** Reads a stored settings object, falling back to the defaults for anything missing or invalid. */
export function readCommentSettings(stored: unknown): CommentSettings {
  const parsed = commentSettingsSchema.safeParse(stored ?? {});
  return parsed.success ? parsed.data : defaultCommentSettings;
}

/** The pipeline's view of the settings and word lists. */
export function toModerationSettings(
  settings: CommentSettings,
  words: { bannedWords: readonly ListedWordInput[]; suspectWords: readonly ListedWordInput[]; exceptionWords?: readonly ListedWordInput[] },
): ModerationSettings {
  return compileModerationSettings({
    maxLinks: settings.maxLinks,
    trustThreshold: settings.trustThreshold,
    autoCloseAfterDays: settings.autoCloseAfterDays,
    rateLimit: settings.rateLimit,
    repeatPostWindowMinutes: settings.repeatPostWindowMinutes,
    bannedWords: [...words.bannedWords],
    suspectWords: [...words.suspectWords],
    exceptionWords: [...(words.exceptionWords ?? [])],
    premoderateGuests: true,
  });
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** Whether a story no longer takes comments: closed by an editor, or older than the auto-close period. */
export function isCommentingClosed(
  article: { commentMode: string; publishedAt: Date | string },
  settings: Pick<CommentSettings, "autoCloseAfterDays">,
  now: Date,
): boolean {
  if (article.commentMode === "closed") return true;
  if (settings.autoCloseAfterDays === null) return false;
  return now.getTime() >= new Date(article.publishedAt).getTime() + settings.autoCloseAfterDays * DAY_MS;
}
