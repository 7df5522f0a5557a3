import "server-only";
import { effectiveEmbargo } from "./internal/publication-holds";
import type { Person } from "@/lib/arabic/addressing";
import { alias } from "drizzle-orm/pg-core";
import { and, asc, count, desc, eq, gt, ilike, inArray, ne } from "drizzle-orm";
import { getDb } from "@/db";
import { articleAuthors, articles } from "@/db/schema/articles";
import { articlePresence } from "@/db/schema/editorial";
import { articleStatuses, type ArticleStatus } from "@/db/schema/enums";
import { articleSearch } from "@/db/schema/search";
import { sections } from "@/db/schema/sections";
import { users } from "@/db/schema/users";
import { roleCan } from "@/lib/permissions/permissions";
import { assertCan, type Viewer } from "@/lib/permissions/viewer";
import { presenceCutoff } from "@/lib/editorial/presence";
import { searchText } from "@/lib/search/search-form";
import { ownedBy } from "./internal/article-content";

// The desk: the newsroom's stories by status, the viewer's or everyone's, with who changed
// each last and who is editing it now.

export type DeskStatusFilter = ArticleStatus | "all";

export interface DeskFilters {
  status: DeskStatusFilter;
  mine: boolean;
  query: string;
}

export interface DeskRow {
  id: string;
  headline: string;
  status: ArticleStatus;
  section: string;
  authors: string[];
  modifiedAt: string;
  modifiedBy: string | null;
  publishedAt: string | null;
  scheduledFor: string | null;
  /** The time before which nobody may publish it (the agency's or the desk's embargo), or null. */
  embargoedUntil: string | null;
  /** Minutes a scheduled story went out after its time (the server was down), or null. */
  lateByMinutes: number | null;
  editingNow: Person[];
}

export interface Desk {
  rows: DeskRow[];
  counts: Record<DeskStatusFilter, number>;
  /** Writers see their own stories only. */
  mineOnly: boolean;
}

/**
 * Headlines that contain the query, both in the search index's form (tashkeel and tatweel
 * stripped, alef and yaa forms unified, و/ف detached before the article), so the desk finds
 * "إعلان" for "اعلان". The index holds every story, whatever its status.
 */
function headlineContains(query: string) {
  const pattern = `%${searchText(query).replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return inArray(
    articles.id,
    getDb().select({ id: articleSearch.articleId }).from(articleSearch).where(ilike(articleSearch.headline, pattern)),
  );
}

export async function listDeskArticles(viewer: Viewer, filters: DeskFilters): Promise<Desk> {
  assertCan(viewer, "article.create");
  const mineOnly = !roleCan(viewer.role, "article.editAny");
  const scope = mineOnly || filters.mine ? ownedBy(viewer.id) : undefined;
  const search = filters.query ? headlineContains(filters.query) : undefined;
  const byStatus = filters.status === "all" ? undefined : eq(articles.status, filters.status);
  const modifier = alias(users, "modifier");

  const [rows, countRows] = await Promise.all([
    getDb()
      .select({
        id: articles.id,
        headline: articles.headline,
        status: articles.status,
        section: sections.name,
        modifiedAt: articles.modifiedAt,
        modifiedBy: modifier.displayName,
        publishedAt: articles.publishedAt,
        scheduledFor: articles.scheduledFor,
        embargoedUntil: effectiveEmbargo,
      })
      .from(articles)
      .innerJoin(sections, eq(sections.id, articles.sectionId))
      .leftJoin(modifier, eq(modifier.id, articles.modifiedBy))
      .where(and(scope, search, byStatus))
      .orderBy(desc(articles.modifiedAt), desc(articles.id))
      .limit(100),
    getDb()
      .select({ status: articles.status, n: count() })
      .from(articles)
      .where(and(scope, search))
      .groupBy(articles.status),
  ]);

  const ids = rows.map((row) => row.id);
  const [authorRows, presenceRows] = ids.length
    ? await Promise.all([
        getDb()
          .select({ articleId: articleAuthors.articleId, name: users.displayName })
          .from(articleAuthors)
          .innerJoin(users, eq(users.id, articleAuthors.userId))
          .where(inArray(articleAuthors.articleId, ids))
          .orderBy(asc(articleAuthors.position)),
        getDb()
          .select({ articleId: articlePresence.articleId, name: users.displayName, addressedAs: users.addressedAs })
          .from(articlePresence)
          .innerJoin(users, eq(users.id, articlePresence.userId))
          .where(
            and(
              inArray(articlePresence.articleId, ids),
              ne(articlePresence.userId, viewer.id),
              gt(articlePresence.heartbeatAt, presenceCutoff(new Date())),
            ),
          ),
      ])
    : [[], []];

  const counts = Object.fromEntries([["all", 0], ...articleStatuses.map((status) => [status, 0])]) as Record<DeskStatusFilter, number>;
  for (const { status, n } of countRows) {
    counts[status] = n;
    counts.all += n;
  }
  return {
    mineOnly,
    counts,
    rows: rows.map((row) => {
      const late =
        row.status === "published" && row.scheduledFor && row.publishedAt
          ? Math.round((row.publishedAt.getTime() - row.scheduledFor.getTime()) / 60_000)
          : null;
      return {
        ...row,
        modifiedAt: row.modifiedAt.toISOString(),
        publishedAt: row.publishedAt?.toISOString() ?? null,
        scheduledFor: row.scheduledFor?.toISOString() ?? null,
        embargoedUntil: row.embargoedUntil?.toISOString() ?? null,
        lateByMinutes: late !== null && late >= 1 ? late : null,
        authors: authorRows.filter((author) => author.articleId === row.id).map((author) => author.name),
        editingNow: presenceRows.filter((presence) => presence.articleId === row.id).map(({ name, addressedAs }) => ({ name, addressedAs })),
      };
    }),
  };
}
