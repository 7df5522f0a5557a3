"use server";

import { revalidatePath } from "next/cache";
import { guarded } from "@/lib/actions/guard";
import { getViewer } from "@/lib/auth/session";
import { expireForWriter, expireInBackground } from "@/lib/cache/next-cache";
import { cacheTags } from "@/lib/cache/tags";
import { addModerationWord, removeModerationWord, updateCommentSettings } from "@/lib/dal/comment-settings";
import { liftSanction, sanctionCommenter } from "@/lib/dal/commenters";
import { moderateComments } from "@/lib/dal/moderation";
import { ar } from "@/lib/i18n/ar";
import {
  commentSettingsFormSchema,
  liftSanctionSchema,
  moderateSchema,
  moderationWordSchema,
  sanctionSchema,
} from "@/lib/validation/comments";
import { invalidForm, refused } from "@/lib/actions/refusals";
import { typedValues, type ActionResult, type FormState } from "@/lib/actions/result";
import { z } from "zod";

/** Approve, reject or mark as spam, one comment or many; the public threads change at once. */
export async function moderateAction(input: { ids: string[]; decision: string; note?: string }): Promise<ActionResult> {
  const parsed = moderateSchema.safeParse(input);
  if (!parsed.success) return refused(parsed.error.issues[0]?.message ?? ar.moderationDesk.errors.nothingSelected);
  return guarded(async () => {
    const result = await moderateComments(await getViewer(), parsed.data.ids, parsed.data.decision, parsed.data.note);
    const touched = new Set(result.changed.filter((change) => change.publicChange).map((change) => change.articleId));
    expireForWriter([...touched].map(cacheTags.comments));
    if (touched.size > 0) expireInBackground([cacheTags.commentCounts]);
    return result.changed.length > 0 ? { ok: true } : refused(ar.moderationDesk.errors.notAllowed);
  });
}

export async function sanctionAction(_: FormState, formData: FormData): Promise<FormState> {
  const values = typedValues(formData, ["userId", "kind", "days", "reason"]);
  const parsed = sanctionSchema.safeParse(values);
  if (!parsed.success) return invalidForm(parsed.error, values);
  const { userId, ...input } = parsed.data;
  return guarded(async () => {
    await sanctionCommenter(await getViewer(), userId, input);
    revalidatePath(`/moderation/commenters/${userId}`);
    return { ok: true, message: ar.moderationDesk.commenter.applied };
  }, values);
}

export async function liftSanctionAction(_: FormState, formData: FormData): Promise<FormState> {
  const values = typedValues(formData, ["sanctionId", "userId", "reason"]);
  const parsed = liftSanctionSchema.safeParse(values);
  if (!parsed.success) return invalidForm(parsed.error, values);
  return guarded(async () => {
    await liftSanction(await getViewer(), parsed.data.sanctionId, parsed.data.reason);
    revalidatePath(`/moderation/commenters/${parsed.data.userId}`);
    return { ok: true, message: ar.moderationDesk.commenter.liftedDone };
  }, values);
}

export async function addWordAction(_: FormState, formData: FormData): Promise<FormState> {
  const values = typedValues(formData, ["list", "word", "clitics"]);
  const parsed = moderationWordSchema.safeParse(values);
  if (!parsed.success) return invalidForm(parsed.error, values);
  return guarded(async () => {
    await addModerationWord(await getViewer(), parsed.data.list, parsed.data.word, parsed.data.clitics);
    revalidatePath("/moderation/words");
    return { ok: true, message: ar.moderationDesk.words.added(parsed.data.word) };
  }, values);
}

export async function removeWordAction(_: FormState, formData: FormData): Promise<FormState> {
  const parsed = z.coerce.number().int().positive().safeParse(formData.get("id"));
  if (!parsed.success) return refused(ar.moderationDesk.words.invalid);
  return guarded(async () => {
    await removeModerationWord(await getViewer(), parsed.data);
    revalidatePath("/moderation/words");
    return { ok: true, message: ar.moderationDesk.words.removed };
  });
}

const settingsFields = [
  "guestComments",
  "trustThreshold",
  "maxLinks",
  "autoCloseAfterDays",
  "reportThreshold",
  "rateMax",
  "rateWindow",
  "ipMax",
  "ipWindow",
  "repeatWindow",
] as const;

export async function saveSettingsAction(_: FormState, formData: FormData): Promise<FormState> {
  const values = typedValues(formData, settingsFields);
  const parsed = commentSettingsFormSchema.safeParse(values);
  if (!parsed.success) return { ...invalidForm(parsed.error, values), message: ar.moderationDesk.settings.invalid };
  return guarded(async () => {
    await updateCommentSettings(await getViewer(), parsed.data);
    // Auto-closing and guest comments change what every thread offers.
    expireForWriter([cacheTags.commentSettings]);
    revalidatePath("/moderation/settings");
    return { ok: true, message: ar.moderationDesk.settings.saved };
  }, values);
}
