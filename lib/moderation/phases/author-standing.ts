import { formatDateTime } from "@/lib/arabic/dates";
import { ar } from "@/lib/i18n/ar";
import type { ModerationPhase } from "../types";

/** Refuses comments from a banned author, or one suspended until a time still to come. */
export const refuseAuthorOutOfStanding: ModerationPhase = ({ author }, now) => {
  if (author.banned) {
    return {
      outcome: "refused",
      rule: "author-standing",
      message: ar.moderation.refused.authorBanned,
      evidence: { kind: "standing", cause: "banned" },
    };
  }
  if (author.suspendedUntil && author.suspendedUntil > now) {
    return {
      outcome: "refused",
      rule: "author-standing",
      message: ar.moderation.refused.authorSuspended(formatDateTime(author.suspendedUntil)),
      evidence: { kind: "standing", cause: "suspended" },
    };
  }
  return undefined;
};
