import "server-only";
import { and, asc, eq, gt, ne } from "drizzle-orm";
import { getDb } from "@/db";
import { articlePresence } from "@/db/schema/editorial";
import { users } from "@/db/schema/users";
import type { Person } from "@/lib/arabic/addressing";
import { presenceCutoff } from "@/lib/editorial/presence";

// Who is working on a story now (lib/editorial/presence.ts): the story editor and the live
// desk both beat here. Callers check who may.

export async function markPresent(userId: string, articleId: string): Promise<void> {
  // The app's clock, as presenceCutoff reads it: one clock for the beat and its expiry.
  const now = new Date();
  await getDb()
    .insert(articlePresence)
    .values({ articleId, userId, heartbeatAt: now })
    .onConflictDoUpdate({ target: [articlePresence.articleId, articlePresence.userId], set: { heartbeatAt: now } });
}

export async function othersEditingNow(viewerId: string, articleId: string): Promise<Person[]> {
  const rows = await getDb()
    .select({ name: users.displayName, addressedAs: users.addressedAs })
    .from(articlePresence)
    .innerJoin(users, eq(users.id, articlePresence.userId))
    .where(and(eq(articlePresence.articleId, articleId), ne(articlePresence.userId, viewerId), gt(articlePresence.heartbeatAt, presenceCutoff(new Date()))))
    .orderBy(asc(users.displayName));
  return rows;
}
