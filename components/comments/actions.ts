"use server";

import { revalidateTag, updateTag } from "next/cache";
import { guarded } from "@/lib/actions/guard";
import { getViewer } from "@/lib/auth/session";
import { cacheTags } from "@/lib/cache-tags";
import { checkBotTraps, HONEYPOT_FIELD } from "@/lib/comments/bot-traps";
import type { CommentView } from "@/lib/comments/types";
import { deleteOwnComment, editComment, postComment, reportComment } from "@/lib/dal/comments";
import { ar } from "@/lib/i18n/ar";
import { clientIp } from "@/lib/request-ip";
import {
  commentFieldsSchema,
  commentIdSchema,
  editCommentSchema,
  parseGuest,
  postCommentSchema,
  reportCommentSchema,
  type CommentFields,
} from "@/lib/validation/comments";
import { invalid, invalidForm, refused } from "@/lib/actions/refusals";
import { textFields, type ActionResult, type FormState } from "@/lib/actions/result";

export type CommentFormState = ActionResult<{ comment: CommentView; status: "approved" | "pending" | "rejected" }>;
export type CommentPosted = Extract<CommentFormState, { ok: true }>;

/** The public thread changed: the next reader of it (and of story lists) gets the new version. */
function publicThreadChanged(articleId: string) {
  updateTag(cacheTags.comments(articleId));
  revalidateTag(cacheTags.commentCounts, "max");
}

/**
 * A new comment was published. Posting is the busy path: the thread's tag, recorded with the
 * comment, is expired by every instance's clock within a second (updateTag here would also make
 * Next re-render the whole story page into every posting response). Its author sees it at
 * once, from the action's answer.
 */
function commentPublished() {
  revalidateTag(cacheTags.commentCounts, "max");
}

/**
 * Posts a comment. The form's script sends its fields as a plain object: Next decodes that as
 * JSON, several times cheaper than the multipart body a FormData argument travels as.
 */
export async function submitCommentAction(input: CommentFields): Promise<CommentFormState> {
  const form = commentFieldsSchema.safeParse(input);
  if (!form.success) return refused(ar.auth.errors.formInvalid);
  const fields = form.data;
  const values = { body: fields.body ?? "", guestName: fields.guestName ?? "", guestEmail: fields.guestEmail ?? "" };
  const trap = checkBotTraps({ honeypot: fields[HONEYPOT_FIELD] ?? "", issuedAt: Number(fields.issuedAt) }, Date.now());
  if (trap) return refused(trap === "honeypot" ? ar.comments.errors.trap : ar.comments.errors.tooFast, values);

  const parsed = postCommentSchema.safeParse({
    articleId: fields.articleId,
    parentId: fields.parentId ?? "",
    body: values.body,
    clientKey: fields.clientKey,
  });
  if (!parsed.success) return invalidForm(parsed.error, values);

  const viewer = await getViewer();
  let guest: { name: string; email: string } | undefined;
  if (!viewer && (values.guestName || values.guestEmail)) {
    const result = parseGuest(values);
    if (!result.guest) return invalid(result.fieldErrors, values);
    guest = result.guest;
  }

  return guarded(async () => {
    const outcome = await postComment(viewer, { ...parsed.data, guest }, { ip: await clientIp() });
    if (outcome.publicChange) commentPublished();
    return { ok: true, message: outcome.message, comment: outcome.comment, status: outcome.status };
  }, values);
}

/** The same, for the form posted without script (progressive enhancement). */
export async function postCommentAction(_: FormState, formData: FormData): Promise<CommentFormState> {
  return submitCommentAction(textFields(formData));
}

export async function editCommentAction(input: { commentId: string; body: string }): Promise<CommentFormState> {
  const values = { body: String(input?.body ?? "") };
  const parsed = editCommentSchema.safeParse(input);
  if (!parsed.success) return invalidForm(parsed.error, values);
  return guarded(async () => {
    const outcome = await editComment(await getViewer(), parsed.data.commentId, parsed.data.body);
    if (outcome.publicChange) publicThreadChanged(outcome.article.id);
    const message = outcome.status === "approved" ? ar.comments.done.edited : outcome.message;
    return { ok: true, message, comment: outcome.comment, status: outcome.status };
  }, values);
}

export async function deleteCommentAction(input: { commentId: string }): Promise<ActionResult> {
  const parsed = commentIdSchema.safeParse(input);
  if (!parsed.success) return refused(ar.comments.errors.commentMissing);
  return guarded(async () => {
    const result = await deleteOwnComment(await getViewer(), parsed.data.commentId);
    if (result.publicChange) publicThreadChanged(result.article.id);
    return { ok: true, message: ar.comments.done.deleted };
  });
}

export async function reportCommentAction(input: { commentId: string; reason: string; note: string }): Promise<ActionResult> {
  const values = { reason: String(input?.reason ?? ""), note: String(input?.note ?? "") };
  const parsed = reportCommentSchema.safeParse(input);
  if (!parsed.success) return invalidForm(parsed.error, values);
  return guarded(async () => {
    const result = await reportComment(await getViewer(), parsed.data.commentId, parsed.data);
    if (result.publicChange) publicThreadChanged(result.article.id);
    return { ok: true, message: ar.comments.done.reported };
  }, values);
}
