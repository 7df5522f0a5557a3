import { ar } from "@/lib/i18n/ar";
import type { CommentedArticle, ModerationPhase } from "../types";

const DAY_MS = 24 * 60 * 60 * 1000;

function closure(article: CommentedArticle, autoCloseAfterDays: number | null, now: Date) {
  if (article.commentMode === "closed") return "closed";
  const closesAt = autoCloseAfterDays === null ? Infinity : article.publishedAt.getTime() + autoCloseAfterDays * DAY_MS;
  return now.getTime() >= closesAt ? "auto-closed" : undefined;
}

/** Refuses comments on a story an editor closed, or one older than the auto-close period. */
export const refuseClosedStory: ModerationPhase = ({ article, settings }, now) => {
  const cause = closure(article, settings.autoCloseAfterDays, now);
  if (!cause) return undefined;
  return {
    outcome: "refused",
    rule: "closed-story",
    message: ar.moderation.refused.storyClosed,
    evidence: { kind: "closed", cause },
  };
};
