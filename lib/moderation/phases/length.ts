import { ar } from "@/lib/i18n/site";
import { countCharacters, neutralizeCommentText } from "../text";
import type { ModerationPhase } from "../types";

export const MAX_COMMENT_LENGTH = 2000;

/**
 * Refuses a comment with nothing to read or too much: measured on the neutralised text, so
 * invisible characters and runs of spaces neither fill an empty comment nor lengthen a full one.
 */
export const refuseEmptyOrTooLong: ModerationPhase = ({ comment }) => {
  const length = countCharacters(neutralizeCommentText(comment.text));
  if (length > 0 && length <= MAX_COMMENT_LENGTH) return undefined;
  return {
    outcome: "refused",
    rule: "length",
    field: "body",
    message: length === 0 ? ar.moderation.refused.empty : ar.moderation.refused.tooLong(MAX_COMMENT_LENGTH),
    evidence: { kind: "length", length, max: MAX_COMMENT_LENGTH },
  };
};
