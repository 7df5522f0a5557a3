import "server-only";
import { and, desc, eq, isNotNull, ne } from "drizzle-orm";
import { getDb } from "@/db";
import { articles } from "@/db/schema/articles";
import { articleCorrections } from "@/db/schema/editorial";

// What a withdrawn story's address tells readers: its headline, the note and when. Only for a
// story that is not published and whose latest correction is the withdrawal, so a story put
// back on the site, or one that never went out, says nothing here.

export interface WithdrawalNotice {
  headline: string;
  note: string;
  withdrawnAt: string;
}

export async function getWithdrawalNotice(slug: string): Promise<WithdrawalNotice | null> {
  const [latest] = await getDb()
    .select({ headline: articles.headline, type: articleCorrections.type, note: articleCorrections.note, at: articleCorrections.createdAt })
    .from(articles)
    .innerJoin(articleCorrections, eq(articleCorrections.articleId, articles.id))
    // Drafts may share a slug; only a story that went out holds its public one (articles_public_slug_key).
    .where(and(eq(articles.slug, slug), isNotNull(articles.publishedAt), ne(articles.status, "published")))
    .orderBy(desc(articleCorrections.id))
    .limit(1);
  if (latest?.type !== "withdrawal") return null;
  return { headline: latest.headline, note: latest.note, withdrawnAt: latest.at.toISOString() };
}
