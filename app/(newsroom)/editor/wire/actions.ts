"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { guarded } from "@/lib/actions/guard";
import { fieldErrorsOf, invalid, refused } from "@/lib/actions/refusals";
import { textFields, type ActionResult, type FormState } from "@/lib/actions/result";
import { wallTimeToUtc } from "@/lib/arabic/dates";
import { getViewer } from "@/lib/auth/session";
import { expireForWriter } from "@/lib/cache/next-cache";
import type { WriteResult } from "@/lib/dal/newsroom-articles";
import { acknowledgeWireUpdate, createStoryFromWire, setStoryEmbargo, withdrawStory } from "@/lib/dal/wire-stories";
import { ar } from "@/lib/i18n/ar";
import { embargoSchema, acknowledgeUpdateSchema, useWireItemSchema, withdrawStorySchema } from "@/lib/validation/wire";

// The wire desk's actions, on agency items and on the stories made from them: parse, call the
// data-access layer, expire what it names, answer with plain data (or go to the new draft).

type Outcome = { ok: boolean; message: string };

function settle(result: WriteResult<Outcome>, articleId: string): ActionResult {
  expireForWriter(result.invalidate);
  if (!result.outcome.ok) return refused(result.outcome.message);
  revalidatePath(`/editor/articles/${articleId}`);
  return { ok: true, message: result.outcome.message };
}

const badRequest = refused(ar.editor.errors.requestInvalid);

export async function createStoryFromWireAction(_: FormState, formData: FormData): Promise<FormState> {
  const parsed = useWireItemSchema.safeParse(textFields(formData));
  if (!parsed.success) return invalid(fieldErrorsOf(parsed.error), undefined, ar.editor.errors.fixFields);
  const answer = await guarded(async () => {
    const result = await createStoryFromWire(await getViewer(), parsed.data);
    expireForWriter(result.invalidate);
    return result.outcome;
  });
  if (!answer.ok) return refused(answer.message);
  redirect(`/editor/articles/${answer.articleId}`);
}

export async function acknowledgeWireUpdateAction(_: FormState, formData: FormData): Promise<FormState> {
  const parsed = acknowledgeUpdateSchema.safeParse(textFields(formData));
  if (!parsed.success) return badRequest;
  const { articleId, version } = parsed.data;
  return guarded(async () => settle(await acknowledgeWireUpdate(await getViewer(), articleId, version), articleId));
}

export async function withdrawStoryAction(_: FormState, formData: FormData): Promise<FormState> {
  const values = { note: String(formData.get("note") ?? "") };
  const parsed = withdrawStorySchema.safeParse(textFields(formData));
  if (!parsed.success) return invalid(fieldErrorsOf(parsed.error), values, ar.editor.errors.fixFields);
  return guarded(async () => settle(await withdrawStory(await getViewer(), parsed.data), parsed.data.articleId), values);
}

/** Saves the desk's embargo, or lifts it when the form's "lift" button sent it (or the time is empty). */
export async function setStoryEmbargoAction(_: FormState, formData: FormData): Promise<FormState> {
  const lift = formData.get("intent") === "lift";
  const values = { until: lift ? "" : String(formData.get("until") ?? "") };
  const parsed = embargoSchema.safeParse({ ...textFields(formData), ...values });
  if (!parsed.success) return badRequest;
  const until = parsed.data.until ? wallTimeToUtc(parsed.data.until) : null;
  if (parsed.data.until && !until) return invalid({ until: [ar.wire.errors.embargoInvalid] }, values, ar.wire.errors.embargoInvalid);
  return guarded(async () => settle(await setStoryEmbargo(await getViewer(), { articleId: parsed.data.articleId, until }), parsed.data.articleId), values);
}
