import "server-only";
import { and, desc, eq, isNull } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { getDb } from "@/db";
import { staffTransaction } from "@/db/staff-transaction";
import { articles } from "@/db/schema/articles";
import { comments, commenterSanctions, type CommentStatus, type SanctionKind } from "@/db/schema/comments";
import type { UserRole } from "@/db/schema/enums";
import { users } from "@/db/schema/users";
import { formatDateTime } from "@/lib/arabic/dates";
import type { AuthorRecord } from "@/lib/comments/desk";
import { sanctionRefusal } from "@/lib/comments/sanction-rules";
import { DomainError } from "@/lib/errors";
import { ar } from "@/lib/i18n/ar";
import { assertCan, type SignedInViewer, type Viewer } from "@/lib/permissions/viewer";
import { authorRecords } from "./internal/author-records";
import { recordEvents } from "./internal/comment-records";
import { queueSanctionNotice } from "./internal/moderation-notices";

// A commenter as the moderation desk sees them, and the suspensions and bans moderators set.

export interface SanctionRow {
  id: string;
  kind: SanctionKind;
  endsAtLabel: string | null;
  reason: string;
  byName: string;
  createdAtLabel: string;
  state: "active" | "lifted" | "ended";
}

export interface CommenterProfile {
  id: string;
  name: string;
  role: UserRole;
  joinedLabel: string;
  record: AuthorRecord;
  sanctions: SanctionRow[];
  comments: { id: string; body: string; status: CommentStatus; createdAtLabel: string; headline: string; slug: string }[];
}

export async function getCommenter(viewer: Viewer, userId: string): Promise<CommenterProfile | null> {
  assertCan(viewer, "comment.moderate");
  const db = getDb();
  const [user] = await db
    .select({ id: users.id, name: users.displayName, role: users.role, createdAt: users.createdAt })
    .from(users)
    .where(eq(users.id, userId));
  if (!user) return null;
  const moderators = alias(users, "moderators");
  const now = new Date();
  const [records, sanctions, recent] = await Promise.all([
    authorRecords(db, [{ userId, guestEmail: null, name: user.name }]),
    db
      .select({
        id: commenterSanctions.id,
        kind: commenterSanctions.kind,
        endsAt: commenterSanctions.endsAt,
        reason: commenterSanctions.reason,
        byName: moderators.displayName,
        createdAt: commenterSanctions.createdAt,
        liftedAt: commenterSanctions.liftedAt,
      })
      .from(commenterSanctions)
      .innerJoin(moderators, eq(moderators.id, commenterSanctions.createdBy))
      .where(eq(commenterSanctions.userId, userId))
      .orderBy(desc(commenterSanctions.createdAt)),
    db
      .select({
        id: comments.id,
        body: comments.body,
        status: comments.status,
        createdAt: comments.createdAt,
        headline: articles.headline,
        slug: articles.slug,
      })
      .from(comments)
      .innerJoin(articles, eq(articles.id, comments.articleId))
      .where(eq(comments.authorId, userId))
      .orderBy(desc(comments.createdAt))
      .limit(50),
  ]);
  return {
    id: user.id,
    name: user.name,
    role: user.role,
    joinedLabel: formatDateTime(user.createdAt),
    record: records.get(userId)!,
    sanctions: sanctions.map((row) => ({
      id: row.id,
      kind: row.kind,
      endsAtLabel: row.endsAt ? formatDateTime(row.endsAt) : null,
      reason: row.reason,
      byName: row.byName,
      createdAtLabel: formatDateTime(row.createdAt),
      state: row.liftedAt ? "lifted" : row.endsAt && row.endsAt <= now ? "ended" : "active",
    })),
    comments: recent.map(({ createdAt, ...row }) => ({ ...row, createdAtLabel: formatDateTime(createdAt) })),
  };
}

function assertMaySanction(viewer: SignedInViewer, target: { id: string; role: UserRole }, act: "sanction" | "lift") {
  const refusal = sanctionRefusal(viewer, target);
  if (!refusal) return;
  const messages = ar.moderationDesk.commenter;
  throw new DomainError(refusal, refusal === "notSelf" && act === "lift" ? messages.liftNotSelf : messages[refusal]);
}

/** Suspends a commenter for some days, or bans them; either way with a reason, in the log. */
export async function sanctionCommenter(
  viewer: Viewer,
  userId: string,
  input: { kind: SanctionKind; days: number | null; reason: string },
  now = new Date(),
) {
  assertCan(viewer, "commenter.suspend");
  await staffTransaction(async (tx) => {
    const [target] = await tx.select({ role: users.role }).from(users).where(eq(users.id, userId));
    if (!target) throw new DomainError("commenterMissing", ar.moderationDesk.commenter.missing);
    assertMaySanction(viewer, { id: userId, role: target.role }, "sanction");
    const endsAt = input.kind === "ban" ? null : new Date(now.getTime() + (input.days ?? 1) * 24 * 60 * 60 * 1000);
    await tx
      .insert(commenterSanctions)
      .values({ userId, kind: input.kind, endsAt, reason: input.reason, createdBy: viewer.id, createdAt: now });
    await recordEvents(tx, [
      {
        subjectUserId: userId,
        actorId: viewer.id,
        action: input.kind === "ban" ? "banned" : "suspended",
        reason: input.reason,
        evidence: endsAt ? { days: input.days, endsAt: endsAt.toISOString() } : null,
      },
    ]);
    await queueSanctionNotice(tx, userId, { endsAt, reason: input.reason });
  });
}

export async function liftSanction(viewer: Viewer, sanctionId: string, reason: string, now = new Date()) {
  assertCan(viewer, "commenter.suspend");
  await staffTransaction(async (tx) => {
    const [sanction] = await tx
      .select({ userId: commenterSanctions.userId, kind: commenterSanctions.kind, role: users.role })
      .from(commenterSanctions)
      .innerJoin(users, eq(users.id, commenterSanctions.userId))
      .where(and(eq(commenterSanctions.id, sanctionId), isNull(commenterSanctions.liftedAt)))
      .for("update", { of: commenterSanctions });
    if (!sanction) return;
    assertMaySanction(viewer, { id: sanction.userId, role: sanction.role }, "lift");
    await tx.update(commenterSanctions).set({ liftedAt: now, liftedBy: viewer.id }).where(eq(commenterSanctions.id, sanctionId));
    await recordEvents(tx, [
      { subjectUserId: sanction.userId, actorId: viewer.id, action: "sanction_lifted", reason, evidence: { kind: sanction.kind } },
    ]);
  });
}
