import "server-only";
import { sql } from "drizzle-orm";
import type { Database } from "@/db";
import { selectPreparedRows } from "@/db/client";
import { DomainError } from "@/lib/errors";
import { moderateComment } from "@/lib/moderation/pipeline";
import type { ModerationSettings } from "@/lib/moderation/settings";
import type { CommentedArticle, CommentSubmission, ModerationDecision, Verdict } from "@/lib/moderation/types";
import type { Executor } from "./comment-records";
import {
  authorHistoryColumns,
  authorQuery,
  historyWindowMinutes,
  oneAuthor,
  toAuthorHistory,
  type AuthorHistory,
  type AuthorHistoryRow,
  type AuthorKey,
} from "./comment-authors";

// The moderation pipeline as posting and editing run it: refusals throw, verdicts return.

export function refuse(decision: ModerationDecision): asserts decision is Verdict {
  if (decision.outcome === "refused") throw new DomainError(decision.rule, decision.message, decision.field);
}

/** Runs the moderation pipeline on a new or edited comment; refusals throw, verdicts return. */
export function moderate(
  submission: CommentSubmission,
  history: AuthorHistory,
  article: { commentMode: CommentedArticle["commentMode"]; publishedAt: Date | null },
  rules: ModerationSettings,
  now: Date,
): Verdict {
  const decision = moderateComment(
    {
      comment: submission,
      author: history.author,
      article: { commentMode: article.commentMode, publishedAt: article.publishedAt ?? now },
      recentComments: history.recentComments,
      settings: rules,
    },
    now,
  );
  refuse(decision);
  return decision;
}

export async function readAuthorHistory(db: Executor, key: AuthorKey, rules: ModerationSettings, now: Date): Promise<AuthorHistory> {
  const author = oneAuthor(authorQuery(key, historyWindowMinutes(rules), now));
  const [row] = await selectPreparedRows<AuthorHistoryRow>(db as Database, sql`select ${authorHistoryColumns} from ${author}`);
  return toAuthorHistory(key, row!);
}
