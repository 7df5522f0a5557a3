import { eq, inArray, sql } from "drizzle-orm";
import { z } from "zod";
import { slugify } from "@/lib/arabic/slugify";
import { ar } from "@/lib/i18n/ar";
import { toModerationSettings, defaultCommentSettings } from "@/lib/comments/settings";
import { moderateComment } from "@/lib/moderation/pipeline";
import { neutralizeCommentText } from "@/lib/moderation/text";
import type { RecentComment } from "@/lib/moderation/types";
import type { Database } from "./client";
import { articles } from "./schema/articles";
import {
  commentModerationEvents,
  commentReports,
  comments,
  moderationWords,
  type CommentStatus,
  type ModerationAction,
} from "./schema/comments";
import type { CommentMode } from "./schema/enums";
import { users } from "./schema/users";
import demoComments from "./seed-data/demo-comments.json" with { type: "json" };

// The demo conversation: readers' comments on the seed story and a few others, each decided
// by the real moderation pipeline (and, where the data says so, by the demo moderator after it),
// so that the desk opens on a real queue with real reasons.

const demoSchema = z.object({
  words: z.object({ banned: z.array(z.string()), suspect: z.array(z.string()) }),
  closedStory: z.string(),
  premoderatedStory: z.string(),
  commenters: z.array(z.object({ handle: z.string(), name: z.string(), email: z.email() })),
  comments: z.array(
    z.object({
      key: z.uuid(),
      handle: z.string(),
      article: z.string(),
      author: z.string(),
      replyTo: z.string().optional(),
      minutesAfter: z.number(),
      text: z.string(),
      final: z.enum(["approved", "pending", "rejected", "spam"]).optional(),
      reports: z.array(z.object({ by: z.string(), reason: z.enum(["spam", "abuse", "off_topic", "other"]), note: z.string() })).optional(),
    }),
  ),
});

const demo = demoSchema.parse(demoComments);
/** Marks the seed story in the comment data. */
const SEED_STORY = "seed";

/** The demo stories whose comments are closed or reviewed first; every other story is open. */
export function demoCommentMode(headline: string): CommentMode {
  if (headline === demo.closedStory) return "closed";
  if (headline === demo.premoderatedStory) return "premoderated";
  return "open";
}

export const DEMO_CLOSED_STORY = demo.closedStory;

export async function seedDemoComments(db: Database, seedStoryHeadline: string, moderatorEmail: string) {
  await db
    .insert(moderationWords)
    .values([
      ...demo.words.banned.map((word) => ({ word, list: "banned" as const })),
      ...demo.words.suspect.map((word) => ({ word, list: "suspect" as const })),
    ])
    .onConflictDoNothing();
  await db
    .insert(users)
    .values(demo.commenters.map((commenter) => ({ email: commenter.email, displayName: commenter.name, role: "reader" as const })))
    .onConflictDoNothing();

  const [existing] = await db.select({ id: comments.id }).from(comments).where(eq(comments.clientKey, demo.comments[0]!.key));
  if (existing) return;

  const userRows = await db
    .select({ id: users.id, email: users.email })
    .from(users)
    .where(inArray(users.email, [...demo.commenters.map((c) => c.email), moderatorEmail]));
  const userId = (email: string) => userRows.find((row) => row.email === email)!.id;
  const authorId = new Map(demo.commenters.map((c) => [c.handle, userId(c.email)]));
  const moderatorId = userId(moderatorEmail);

  const headlines = [...new Set(demo.comments.map((c) => (c.article === SEED_STORY ? seedStoryHeadline : c.article)))];
  const storyRows = await db
    .select({ id: articles.id, slug: articles.slug, publishedAt: articles.publishedAt, commentMode: articles.commentMode })
    .from(articles)
    .where(inArray(articles.slug, headlines.map(slugify)));
  const story = (headline: string) => {
    const row = storyRows.find((r) => r.slug === slugify(headline === SEED_STORY ? seedStoryHeadline : headline));
    if (!row?.publishedAt) throw new Error(`Unknown or unpublished story in demo comments: ${headline}`);
    return row;
  };

  const rules = toModerationSettings(defaultCommentSettings, { bannedWords: demo.words.banned, suspectWords: demo.words.suspect });
  const planned = demo.comments
    .map((comment) => {
      const article = story(comment.article);
      return { ...comment, article, createdAt: new Date(article.publishedAt!.getTime() + comment.minutesAfter * 60_000) };
    })
    .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());

  const ids = new Map<string, { id: string; parentId: string | null; status: CommentStatus }>();
  const approvedBy = new Map<string, number>();
  const history = new Map<string, RecentComment[]>();

  await db.transaction(async (tx) => {
    for (const comment of planned) {
      const author = authorId.get(comment.author)!;
      const text = neutralizeCommentText(comment.text);
      const decision = moderateComment(
        {
          comment: { kind: "new", text },
          author: { id: author, isGuest: false, approvedCommentCount: approvedBy.get(author) ?? 0, banned: false, suspendedUntil: null },
          article: { commentMode: comment.article.commentMode, publishedAt: comment.article.publishedAt! },
          recentComments: history.get(author) ?? [],
          settings: rules,
        },
        comment.createdAt,
      );
      if (decision.outcome === "refused") throw new Error(`Demo comment ${comment.handle} was refused: ${decision.rule}`);
      const parent = comment.replyTo ? ids.get(comment.replyTo) : undefined;
      const parentId = parent ? (parent.parentId ?? parent.id) : null;
      const status: CommentStatus = comment.final ?? decision.status;
      const decidedAt = new Date(comment.createdAt.getTime() + 7 * 60_000);

      const [created] = await tx
        .insert(comments)
        .values({
          articleId: comment.article.id,
          parentId,
          authorId: author,
          body: text,
          status,
          clientKey: comment.key,
          createdAt: comment.createdAt,
          statusChangedAt: status === decision.status ? comment.createdAt : decidedAt,
        })
        .returning({ id: comments.id });
      const events: (typeof commentModerationEvents.$inferInsert)[] = [
        {
          commentId: created!.id,
          actorId: null,
          action: "posted",
          toStatus: decision.status,
          rule: decision.rule,
          reason: decision.reason,
          evidence: decision.evidence ?? null,
          createdAt: comment.createdAt,
        },
      ];
      if (status !== decision.status) {
        const action: ModerationAction = status === "approved" ? "approved" : status === "spam" ? "marked_spam" : "rejected";
        events.push({
          commentId: created!.id,
          actorId: moderatorId,
          action,
          fromStatus: decision.status,
          toStatus: status,
          reason: ar.moderationDesk.defaultReason[action === "approved" ? "approve" : action === "marked_spam" ? "spam" : "reject"],
          createdAt: decidedAt,
        });
      }
      ids.set(comment.handle, { id: created!.id, parentId, status });
      history.set(author, [{ id: created!.id, text, createdAt: comment.createdAt }, ...(history.get(author) ?? [])]);
      if (status === "approved") approvedBy.set(author, (approvedBy.get(author) ?? 0) + 1);

      let finalStatus = status;
      const reports = comment.reports ?? [];
      if (reports.length > 0) {
        await tx.insert(commentReports).values(
          reports.map((report, index) => ({
            commentId: created!.id,
            reporterId: authorId.get(report.by)!,
            reason: report.reason,
            note: report.note,
            createdAt: new Date(decidedAt.getTime() + (index + 1) * 5 * 60_000),
          })),
        );
        for (const [index, report] of reports.entries()) {
          events.push({
            commentId: created!.id,
            actorId: authorId.get(report.by)!,
            action: "reported",
            reason: report.note,
            evidence: { reason: report.reason },
            createdAt: new Date(decidedAt.getTime() + (index + 1) * 5 * 60_000),
          });
        }
        if (reports.length >= defaultCommentSettings.reportThreshold && status === "approved") {
          finalStatus = "pending";
          events.push({
            commentId: created!.id,
            actorId: null,
            action: "held",
            fromStatus: "approved",
            toStatus: "pending",
            rule: "reports",
            reason: ar.moderationDesk.evidence.reports(reports.length),
            evidence: { kind: "reports", reports: reports.length, threshold: defaultCommentSettings.reportThreshold },
            createdAt: new Date(decidedAt.getTime() + reports.length * 5 * 60_000),
          });
        }
        await tx
          .update(comments)
          .set({ openReportCount: reports.length, status: finalStatus })
          .where(eq(comments.id, created!.id));
        ids.set(comment.handle, { id: created!.id, parentId, status: finalStatus });
      }
      await tx.insert(commentModerationEvents).values(events);
    }

    // The denormalised counts, from what was just written.
    const storyIds = storyRows.map((row) => row.id);
    await tx
      .update(comments)
      .set({
        approvedReplyCount: sql`(select count(*) from comments r where r.parent_id = ${comments.id} and r.status = 'approved')`,
      })
      .where(inArray(comments.articleId, storyIds));
    await tx
      .update(articles)
      .set({ commentCount: sql`(select count(*) from comments c where c.article_id = ${articles.id} and c.status = 'approved')` })
      .where(inArray(articles.id, storyIds));
  });
}
