"use server";

import { revalidatePath } from "next/cache";
import { guarded } from "@/lib/actions/guard";
import { getViewer } from "@/lib/auth/session";
import { addSearchSynonyms, removeSearchSynonyms } from "@/lib/dal/search-synonyms";
import { ar } from "@/lib/i18n/ar";
import { invalidForm, refused } from "@/lib/actions/refusals";
import { typedValues, type FormState } from "@/lib/actions/result";
import { synonymGroupSchema, synonymIdSchema } from "@/lib/validation/search-synonyms";

// Search results are not cached (lib/dal/search.ts reads the table per query): only this page changes.

export async function addSynonymsAction(_: FormState, formData: FormData): Promise<FormState> {
  const values = typedValues(formData, ["spellings"]);
  const parsed = synonymGroupSchema.safeParse(values);
  if (!parsed.success) return invalidForm(parsed.error, values);
  return guarded(async () => {
    await addSearchSynonyms(await getViewer(), parsed.data.spellings);
    revalidatePath("/editor/synonyms");
    return { ok: true, message: ar.newsroom.synonyms.added(parsed.data.spellings.join("، ")) };
  }, values);
}

export async function removeSynonymsAction(_: FormState, formData: FormData): Promise<FormState> {
  const parsed = synonymIdSchema.safeParse(formData.get("id"));
  if (!parsed.success) return refused(ar.newsroom.synonyms.invalid);
  return guarded(async () => {
    await removeSearchSynonyms(await getViewer(), parsed.data);
    revalidatePath("/editor/synonyms");
    return { ok: true, message: ar.newsroom.synonyms.removed };
  });
}
