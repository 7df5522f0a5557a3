import { ar } from "@/lib/i18n/ar";
import { commentsWithin } from "../recent-comments";
import type { ModerationPhase } from "../types";

/**
 * Refuses a new comment that would make more than the allowed number within the window.
 * An edit adds no comment, so it is not counted against the limit.
 */
export const refuseOverRateLimit: ModerationPhase = ({ comment, recentComments, settings }, now) => {
  if (comment.kind === "edit") return undefined;
  const { maxComments, windowMinutes } = settings.rateLimit;
  const comments = commentsWithin(recentComments, windowMinutes, now).length;
  if (comments < maxComments) return undefined;
  return {
    outcome: "refused",
    rule: "rate-limit",
    message: ar.moderation.refused.rateLimited,
    evidence: { kind: "rate", comments, windowMinutes },
  };
};
