"use server";

import { revalidatePath } from "next/cache";
import { guarded } from "@/lib/actions/guard";
import { expireForWriter } from "@/lib/cache/next-cache";
import { cacheTags } from "@/lib/cache/tags";
import { getViewer } from "@/lib/auth/session";
import { addSearchSynonyms, removeSearchSynonyms } from "@/lib/dal/search-synonyms";
import { ar } from "@/lib/i18n/ar";
import { invalidForm, refused } from "@/lib/actions/refusals";
import { typedValues, type FormState } from "@/lib/actions/result";
import { synonymGroupSchema, synonymIdSchema } from "@/lib/validation/search-synonyms";

// Synonyms change what a query finds: kept results pages expire with this page.

export async function addSynonymsAction(_: FormState, formData: FormData): Promise<FormState> {
  const values = typedValues(formData, ["spellings"]);
  const parsed = synonymGroupSchema.safeParse(values);
  if (!parsed.success) return invalidForm(parsed.error, values);
  return guarded(async () => {
    await addSearchSynonyms(await getViewer(), parsed.data.spellings);
    revalidatePath("/editor/synonyms");
    expireForWriter([cacheTags.search]);
    return { ok: true, message: ar.newsroom.synonyms.added(parsed.data.spellings.join("، ")) };
  }, values);
}

export async function removeSynonymsAction(_: FormState, formData: FormData): Promise<FormState> {
  const parsed = synonymIdSchema.safeParse(formData.get("id"));
  if (!parsed.success) return refused(ar.newsroom.synonyms.invalid);
  return guarded(async () => {
    await removeSearchSynonyms(await getViewer(), parsed.data);
    revalidatePath("/editor/synonyms");
    expireForWriter([cacheTags.search]);
    return { ok: true, message: ar.newsroom.synonyms.removed };
  });
}
