import { ar } from "@/lib/i18n/ar";
import { refuseAuthorOutOfStanding } from "./phases/author-standing";
import { refuseClosedStory } from "./phases/closed-story";
import { refuseEmptyOrTooLong } from "./phases/length";
import { holdTooManyLinks } from "./phases/links";
import { holdPremoderated } from "./phases/premoderation";
import { refuseOverRateLimit } from "./phases/rate-limit";
import { rejectRepeatPost } from "./phases/repeat-post";
import { holdUntilTrusted } from "./phases/trust";
import { holdSuspectWords, rejectBannedWords } from "./phases/word-lists";
import type { ModerationContext, ModerationDecision, ModerationPhase, Verdict } from "./types";

/**
 * The moderation rules in the order they are asked; the first that decides ends the run.
 *
 * 1. Refusals come first, because a refused comment is never stored. They run from the most
 *    lasting obstacle to the one the author can fix at once, so nobody is told to shorten a
 *    comment on a closed story or while suspended.
 * 2. Rejections come before holds: a comment bound to be rejected should not wait in the queue.
 * 3. Holds with evidence about the text (links, suspect words) come before the blanket holds
 *    (premoderated story or guest, untrusted author), so the moderator sees what is suspect.
 * A comment no rule objects to is approved.
 */
export const moderationPhases: readonly ModerationPhase[] = [
  refuseClosedStory,
  refuseAuthorOutOfStanding,
  refuseOverRateLimit,
  refuseEmptyOrTooLong,
  rejectBannedWords,
  rejectRepeatPost,
  holdTooManyLinks,
  holdSuspectWords,
  holdPremoderated,
  holdUntilTrusted,
];

const approved: Verdict = { outcome: "stored", status: "approved", rule: "clean", reason: ar.moderation.approved };

/**
 * Decides what happens to a comment. Pure: the same context and `now` give the same decision.
 * Moderate the text that will be stored (`neutralizeCommentText` of what was submitted): word
 * evidence points into `context.comment.text`, for the moderator's highlight.
 */
export function moderateComment(context: ModerationContext, now: Date): ModerationDecision {
  for (const phase of moderationPhases) {
    const decision = phase(context, now);
    if (decision) return decision;
  }
  return approved;
}
