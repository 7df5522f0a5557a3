import { ar } from "@/lib/i18n/ar";
import type { ModerationPhase } from "../types";

/** Holds comments from authors with fewer approved comments than the trust threshold. */
export const holdUntilTrusted: ModerationPhase = ({ author, settings }) => {
  if (author.approvedCommentCount >= settings.trustThreshold) return undefined;
  return {
    outcome: "stored",
    status: "pending",
    rule: "trust",
    reason: ar.moderation.pending.newAuthor,
    evidence: { kind: "trust", approvedComments: author.approvedCommentCount, threshold: settings.trustThreshold },
  };
};
