import { ar } from "@/lib/i18n/ar";
import type { ModerationPhase } from "../types";

/** Holds every comment on a premoderated story, and guests' comments when the site says so. */
export const holdPremoderated: ModerationPhase = ({ article, author, settings }) => {
  if (article.commentMode === "premoderated") {
    return {
      outcome: "stored",
      status: "pending",
      rule: "premoderation",
      reason: ar.moderation.pending.premoderatedStory,
      evidence: { kind: "premoderation", cause: "article" },
    };
  }
  if (author.isGuest && settings.premoderateGuests) {
    return {
      outcome: "stored",
      status: "pending",
      rule: "premoderation",
      reason: ar.moderation.pending.guest,
      evidence: { kind: "premoderation", cause: "guest" },
    };
  }
  return undefined;
};
