import { normalizeArabic } from "@/lib/arabic/normalize";
import { ar } from "@/lib/i18n/ar";
import { commentsWithin } from "../recent-comments";
import type { ModerationPhase } from "../types";

const PUNCTUATION_AND_SPACE = /[\p{P}\p{Z}\s]+/gu;

// Spelling variants, tashkeel, punctuation and spacing do not make a post new: "رائع!!" repeats "رائعٌ".
function comparableText(text: string): string {
  return normalizeArabic(text).replace(PUNCTUATION_AND_SPACE, " ").trim();
}

/**
 * Rejects a comment whose text the author already posted within the repeat window, on any
 * story. An edit is not a repeat of the comment it edits.
 */
export const rejectRepeatPost: ModerationPhase = ({ comment, recentComments, settings }, now) => {
  const text = comparableText(comment.text);
  const earlier = commentsWithin(recentComments, settings.repeatPostWindowMinutes, now).find(
    (recent) => !(comment.kind === "edit" && recent.id === comment.commentId) && comparableText(recent.text) === text,
  );
  if (!earlier) return undefined;
  return {
    outcome: "stored",
    status: "rejected",
    rule: "repeat-post",
    reason: ar.moderation.rejected.repeatPost,
    evidence: { kind: "repeat", commentId: earlier.id },
  };
};
