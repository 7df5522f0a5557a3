"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { guarded } from "@/lib/actions/guard";
import { fieldErrorsOf, invalid, refused } from "@/lib/actions/refusals";
import { type ActionResult, type FormState } from "@/lib/actions/result";
import { wallTimeToUtc } from "@/lib/arabic/dates";
import { getViewer } from "@/lib/auth/session";
import { expireForWriter } from "@/lib/cache/next-cache";
import { addCorrection, previewPublication, transitionArticle, type PublicationPreview } from "@/lib/dal/article-workflow";
import { createArticle, restoreRevision, saveArticle, type WriteResult } from "@/lib/dal/newsroom-articles";
import { heartbeat } from "@/lib/dal/story-presence";
import type { SaveOutcome, TransitionOutcome } from "@/lib/editorial/outcomes";
import { env } from "@/lib/env";
import { AuthorizationError, isDatabaseUnavailable } from "@/lib/errors";
import { ar } from "@/lib/i18n/ar";
import { articleFieldErrors, articleInputSchema, correctionSchema, saveRequestSchema, transitionRequestSchema } from "@/lib/validation/articles";

// The editor's actions: parse, call the data-access layer, expire the cache tags it names,
// and answer with plain data. Refusals come back as messages; nothing typed is echoed away.

function expire<Outcome>(result: WriteResult<Outcome>): Outcome {
  expireForWriter(result.invalidate);
  return result.outcome;
}

const badRequest = refused(ar.editor.errors.requestInvalid);
const fixFields = (fieldErrors: Record<string, string[]>) => invalid(fieldErrors, undefined, ar.editor.errors.fixFields);

export async function createArticleAction(content: unknown): Promise<SaveOutcome> {
  const parsed = articleInputSchema.safeParse(content);
  if (!parsed.success) return fixFields(articleFieldErrors(parsed.error));
  return guarded(async () => expire(await createArticle(await getViewer(), parsed.data)));
}

export async function saveArticleAction(request: unknown, isAutosave: boolean): Promise<SaveOutcome> {
  const envelope = saveRequestSchema.safeParse(request);
  if (!envelope.success) return badRequest;
  const parsed = articleInputSchema.safeParse(envelope.data.content);
  if (!parsed.success) return fixFields(articleFieldErrors(parsed.error));
  const { articleId, baseVersion, markAsUpdate } = envelope.data;
  return guarded(async () =>
    expire(await saveArticle(await getViewer(), { articleId, baseVersion, input: parsed.data, markAsUpdate, isAutosave: isAutosave === true })),
  );
}

export async function transitionArticleAction(request: unknown): Promise<TransitionOutcome> {
  const parsed = transitionRequestSchema.safeParse(request);
  if (!parsed.success) {
    const note = parsed.error.issues.find((issue) => issue.path[0] === "note");
    return note ? fixFields({ note: [note.message] }) : badRequest;
  }
  const { scheduledFor: wallTime, ...rest } = parsed.data;
  let scheduledFor: Date | null = null;
  if (rest.action === "schedule") {
    scheduledFor = wallTime ? wallTimeToUtc(wallTime) : null;
    if (wallTime && !scheduledFor) return fixFields({ scheduledFor: [ar.editor.errors.scheduleInvalid] });
  }
  return guarded(async () => expire(await transitionArticle(await getViewer(), { ...rest, scheduledFor })));
}

export type PublicationPreviewAnswer = ActionResult<{ url: string } & PublicationPreview>;

/** What "publish now" would put where, for the editor to confirm before anything goes out. */
export async function publicationPreviewAction(articleId: unknown): Promise<PublicationPreviewAnswer> {
  const id = z.uuid().safeParse(articleId);
  if (!id.success) return badRequest;
  return guarded(async () => {
    const preview = await previewPublication(await getViewer(), id.data);
    if (!preview) return refused(ar.editor.errors.storyMissing);
    return { ok: true, ...preview, url: new URL(preview.path, env.SITE_URL).href };
  });
}

export async function heartbeatAction(articleId: unknown) {
  const id = z.uuid().safeParse(articleId);
  if (!id.success) return null;
  try {
    return await heartbeat(await getViewer(), id.data);
  } catch (error) {
    if (error instanceof AuthorizationError || isDatabaseUnavailable(error)) return null;
    throw error;
  }
}

export async function restoreRevisionAction(_: FormState, formData: FormData): Promise<FormState> {
  const parsed = z
    .object({ articleId: z.uuid(), version: z.coerce.number().int().positive(), baseVersion: z.coerce.number().int().positive() })
    .safeParse(Object.fromEntries(formData));
  if (!parsed.success) return badRequest;
  return guarded(async () => {
    const outcome = expire(await restoreRevision(await getViewer(), parsed.data));
    if (!outcome.ok) return refused(outcome.message);
    revalidatePath(`/editor/articles/${parsed.data.articleId}/revisions`);
    return { ok: true, message: ar.editor.revisions.restored(parsed.data.version) };
  });
}

export async function addCorrectionAction(_: FormState, formData: FormData): Promise<FormState> {
  const values = { type: String(formData.get("type") ?? ""), note: String(formData.get("note") ?? "") };
  const parsed = correctionSchema.safeParse({ ...values, articleId: formData.get("articleId") });
  if (!parsed.success) return invalid(fieldErrorsOf(parsed.error), values, ar.editor.errors.fixFields);
  return guarded(async () => {
    const outcome = expire(await addCorrection(await getViewer(), parsed.data));
    if (!outcome.ok) return refused(outcome.message, values);
    revalidatePath(`/editor/articles/${parsed.data.articleId}`);
    return { ok: true, message: outcome.message };
  }, values);
}
