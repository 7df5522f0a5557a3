import "server-only";
import { arrayOverlaps, asc, eq } from "drizzle-orm";
import { getDb } from "@/db";
import { staffTransaction } from "@/db/staff-transaction";
import { searchSynonyms } from "@/db/schema/search";
import { users } from "@/db/schema/users";
import { assertCan, type Viewer } from "@/lib/permissions/viewer";
import { DomainError } from "@/lib/errors";
import { ar } from "@/lib/i18n/ar";
import { searchWord } from "@/lib/search/search-form";

// The newsroom's search synonyms: groups of spellings a query for any of which searches all
// (read by lib/dal/search.ts). Queries read the table itself, so a change applies at once.

export interface SynonymGroupRow {
  id: number;
  spellings: string[];
  addedBy: string | null;
}

export async function listSearchSynonyms(viewer: Viewer): Promise<SynonymGroupRow[]> {
  assertCan(viewer, "search.synonyms");
  return getDb()
    .select({ id: searchSynonyms.id, spellings: searchSynonyms.spellings, addedBy: users.displayName })
    .from(searchSynonyms)
    .leftJoin(users, eq(users.id, searchSynonyms.createdBy))
    .orderBy(asc(searchSynonyms.id));
}

/** Adds a group; refused when one of its spellings already belongs to another group. */
export async function addSearchSynonyms(viewer: Viewer, spellings: readonly string[]): Promise<void> {
  assertCan(viewer, "search.synonyms");
  const forms = [...new Set(spellings.map(searchWord).filter(Boolean))];
  if (forms.length < 2) throw new DomainError("synonymsSame", ar.newsroom.synonyms.atLeastTwo);
  await staffTransaction(async (tx) => {
    const [taken] = await tx
      .select({ spellings: searchSynonyms.spellings })
      .from(searchSynonyms)
      .where(arrayOverlaps(searchSynonyms.forms, forms))
      .limit(1);
    if (taken) throw new DomainError("synonymsTaken", ar.newsroom.synonyms.taken(taken.spellings.join("، ")));
    await tx.insert(searchSynonyms).values({ spellings: [...spellings], forms, createdBy: viewer.id });
  });
}

export async function removeSearchSynonyms(viewer: Viewer, id: number): Promise<void> {
  assertCan(viewer, "search.synonyms");
  await getDb().delete(searchSynonyms).where(eq(searchSynonyms.id, id));
}
