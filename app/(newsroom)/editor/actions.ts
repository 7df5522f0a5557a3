"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { wallTimeToUtc } from "@/lib/arabic/dates";
import { getViewer } from "@/lib/auth/session";
import { expireForWriter } from "@/lib/cache/next-cache";
import { addCorrection, previewPublication, transitionArticle, type PublicationPreview } from "@/lib/dal/article-workflow";
import { createArticle, heartbeat, restoreRevision, saveArticle, type WriteResult } from "@/lib/dal/newsroom-articles";
import type { SaveOutcome, TransitionOutcome } from "@/lib/editorial/outcomes";
import { env } from "@/lib/env";
import { databaseUnavailable } from "@/lib/auth/action-guard";
import { AuthorizationError, DomainError, isDatabaseUnavailable } from "@/lib/errors";
import { ar } from "@/lib/i18n/ar";
import { articleFieldErrors, articleInputSchema, correctionSchema, saveRequestSchema, transitionRequestSchema } from "@/lib/validation/articles";
import type { FormState } from "@/lib/validation/form-state";

// The editor's actions: parse, call the data-access layer, expire the cache tags it names,
// and answer with plain data. Refusals come back as messages; nothing typed is echoed away.

type Refusal = { ok: false; kind: "refused"; message: string };

async function guarded<T>(work: () => Promise<T | Refusal>): Promise<T | Refusal> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof AuthorizationError) {
      return { ok: false, kind: "refused", message: error.reason === "unauthenticated" ? ar.auth.errors.notSignedIn : ar.auth.errors.forbidden };
    }
    if (error instanceof DomainError) return { ok: false, kind: "refused", message: error.userMessage };
    if (isDatabaseUnavailable(error)) return { ok: false, kind: "refused", message: databaseUnavailable(error).message! };
    throw error;
  }
}

function expire<Outcome>(result: WriteResult<Outcome>): Outcome {
  expireForWriter(result.invalidate);
  return result.outcome;
}

const badRequest: Refusal = { ok: false, kind: "refused", message: ar.editor.errors.requestInvalid };

export async function createArticleAction(content: unknown): Promise<SaveOutcome> {
  const parsed = articleInputSchema.safeParse(content);
  if (!parsed.success) return { ok: false, kind: "invalid", message: ar.editor.errors.fixFields, fieldErrors: articleFieldErrors(parsed.error) };
  return guarded(async () => expire(await createArticle(await getViewer(), parsed.data)));
}

export async function saveArticleAction(request: unknown, isAutosave: boolean): Promise<SaveOutcome> {
  const envelope = saveRequestSchema.safeParse(request);
  if (!envelope.success) return badRequest;
  const parsed = articleInputSchema.safeParse(envelope.data.content);
  if (!parsed.success) return { ok: false, kind: "invalid", message: ar.editor.errors.fixFields, fieldErrors: articleFieldErrors(parsed.error) };
  const { articleId, baseVersion, markAsUpdate } = envelope.data;
  return guarded(async () =>
    expire(await saveArticle(await getViewer(), { articleId, baseVersion, input: parsed.data, markAsUpdate, isAutosave: isAutosave === true })),
  );
}

export async function transitionArticleAction(request: unknown): Promise<TransitionOutcome> {
  const parsed = transitionRequestSchema.safeParse(request);
  if (!parsed.success) {
    const note = parsed.error.issues.find((issue) => issue.path[0] === "note");
    return note ? { ok: false, kind: "invalid", message: ar.editor.errors.fixFields, fieldErrors: { note: [note.message] } } : badRequest;
  }
  const { scheduledFor: wallTime, ...rest } = parsed.data;
  let scheduledFor: Date | null = null;
  if (rest.action === "schedule") {
    scheduledFor = wallTime ? wallTimeToUtc(wallTime) : null;
    if (wallTime && !scheduledFor) {
      return { ok: false, kind: "invalid", message: ar.editor.errors.fixFields, fieldErrors: { scheduledFor: [ar.editor.errors.scheduleInvalid] } };
    }
  }
  return guarded(async () => expire(await transitionArticle(await getViewer(), { ...rest, scheduledFor })));
}

export type PublicationPreviewAnswer = ({ ok: true; url: string } & PublicationPreview) | Refusal;

/** What "publish now" would put where, for the editor to confirm before anything goes out. */
export async function publicationPreviewAction(articleId: unknown): Promise<PublicationPreviewAnswer> {
  const id = z.uuid().safeParse(articleId);
  if (!id.success) return badRequest;
  return guarded(async () => {
    const preview = await previewPublication(await getViewer(), id.data);
    if (!preview) return { ok: false, kind: "refused", message: ar.editor.errors.storyMissing };
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
  if (!parsed.success) return { message: ar.editor.errors.requestInvalid };
  const outcome = await guarded(async () => expire(await restoreRevision(await getViewer(), parsed.data)));
  if (!outcome.ok) return { message: outcome.message };
  revalidatePath(`/editor/articles/${parsed.data.articleId}/revisions`);
  return { ok: true, message: ar.editor.revisions.restored(parsed.data.version) };
}

export async function addCorrectionAction(_: FormState, formData: FormData): Promise<FormState> {
  const values = { type: String(formData.get("type") ?? ""), note: String(formData.get("note") ?? "") };
  const parsed = correctionSchema.safeParse({ ...values, articleId: formData.get("articleId") });
  if (!parsed.success) {
    const fieldErrors: Record<string, string[]> = {};
    for (const issue of parsed.error.issues) (fieldErrors[String(issue.path[0])] ??= []).push(issue.message);
    return { message: ar.editor.errors.fixFields, fieldErrors, values };
  }
  const outcome = await guarded(async () => expire(await addCorrection(await getViewer(), parsed.data)));
  if (!outcome.ok) return { message: outcome.message, values };
  revalidatePath(`/editor/articles/${parsed.data.articleId}`);
  return { ok: true, message: outcome.message };
}
