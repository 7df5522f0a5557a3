import { ar } from "@/lib/i18n/ar";
import type { ModerationSettings } from "../settings";
import type { CommentStatus, ModerationPhase, VerdictRule } from "../types";
import { firstUnexcepted, type WordList } from "../word-matcher";

interface WordListRule {
  list: "banned" | "suspect";
  words: (settings: ModerationSettings) => WordList;
  rule: VerdictRule;
  status: CommentStatus;
  reason: string;
}

function wordListPhase({ list, words, rule, status, reason }: WordListRule): ModerationPhase {
  return ({ comment, settings }) => {
    const matches = words(settings).findAll(comment.text);
    const match = matches.length > 0 ? firstUnexcepted(matches, settings.exceptionWords.findAll(comment.text)) : undefined;
    if (!match) return undefined;
    return { outcome: "stored", status, rule, reason, evidence: { kind: "word", list, ...match } };
  };
}

/** Rejects a comment containing a banned word or phrase. */
export const rejectBannedWords = wordListPhase({
  list: "banned",
  words: (settings) => settings.bannedWords,
  rule: "banned-words",
  status: "rejected",
  reason: ar.moderation.rejected.bannedWords,
});

/** Holds a comment containing a suspect word for review; the author is not told which word. */
export const holdSuspectWords = wordListPhase({
  list: "suspect",
  words: (settings) => settings.suspectWords,
  rule: "suspect-words",
  status: "pending",
  reason: ar.moderation.pending.review,
});
