import "server-only";
import { and, eq, gt, inArray, isNotNull, isNull, or } from "drizzle-orm";
import { commentModerationEvents, commenterSanctions } from "@/db/schema/comments";
import { formatDateTime } from "@/lib/arabic/dates";
import { ar } from "@/lib/i18n/ar";
import type { Executor } from "./comment-records";

// Where a commenter stands: sanctions in force, and the comments people (not the rules) have ruled on.

interface Standing {
  banned: boolean;
  suspendedUntil: Date | null;
}

export async function standingOf(db: Executor, userId: string, now: Date): Promise<Standing> {
  const rows = await db
    .select({ kind: commenterSanctions.kind, endsAt: commenterSanctions.endsAt })
    .from(commenterSanctions)
    .where(
      and(
        eq(commenterSanctions.userId, userId),
        isNull(commenterSanctions.liftedAt),
        or(eq(commenterSanctions.kind, "ban"), gt(commenterSanctions.endsAt, now)),
      ),
    );
  const suspensions = rows.flatMap((row) => (row.endsAt ? [row.endsAt] : []));
  return {
    banned: rows.some((row) => row.kind === "ban"),
    suspendedUntil: suspensions.length ? new Date(Math.max(...suspensions.map((date) => date.getTime()))) : null,
  };
}

export function restrictionMessage(standing: Standing): string | null {
  if (standing.banned) return ar.moderation.refused.authorBanned;
  if (standing.suspendedUntil) return ar.moderation.refused.authorSuspended(formatDateTime(standing.suspendedUntil));
  return null;
}

/** Comments a person (not the system) has ruled on; their authors can no longer edit them. */
export async function ruledOnByPeople(db: Executor, commentIds: string[]): Promise<Set<string>> {
  if (commentIds.length === 0) return new Set();
  const rows = await db
    .selectDistinct({ commentId: commentModerationEvents.commentId })
    .from(commentModerationEvents)
    .where(
      and(
        inArray(commentModerationEvents.commentId, commentIds),
        isNotNull(commentModerationEvents.actorId),
        inArray(commentModerationEvents.action, ["approved", "rejected", "marked_spam"]),
      ),
    );
  return new Set(rows.map((row) => row.commentId!));
}
