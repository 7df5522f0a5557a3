import "server-only";
import { and, eq, isNotNull } from "drizzle-orm";
import { getDb } from "@/db";
import { articles } from "@/db/schema/articles";
import { withdrawal } from "./internal/withdrawal";

// What a withdrawn story's address tells readers: the headline it had when it was taken down
// (never what a colleague types into the draft since), the note and when. A story put back on
// the site, or one that never went out, says nothing here.

export interface WithdrawalNotice {
  headline: string;
  note: string;
  withdrawnAt: string;
}

export async function getWithdrawalNotice(slug: string): Promise<WithdrawalNotice | null> {
  const [row] = await getDb()
    .select({ withdrawal })
    .from(articles)
    // Drafts may share a slug; only a story that went out holds its public one (articles_public_slug_key).
    .where(and(eq(articles.slug, slug), isNotNull(articles.publishedAt)));
  if (!row?.withdrawal) return null;
  const { detail, at } = row.withdrawal;
  return { headline: detail.headline ?? "", note: detail.note ?? "", withdrawnAt: new Date(at).toISOString() };
}
