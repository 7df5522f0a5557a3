"use server";

import { guarded } from "@/lib/actions/guard";
import { resolveAuthSecret } from "@/lib/auth/secret";
import { getViewer } from "@/lib/auth/session";
import { expireEverywhere, expireForWriter, expireInBackground } from "@/lib/cache/next-cache";
import { cacheTags } from "@/lib/cache/tags";
import { checkBotTraps, HONEYPOT_FIELD, type TrapResult } from "@/lib/comments/bot-traps";
import { readFormToken } from "@/lib/comments/form-token";
import type { CommentView } from "@/lib/comments/types";
import { deleteOwnComment, editComment, reportComment } from "@/lib/dal/comment-changes";
import { postComment } from "@/lib/dal/comments";
import { consume } from "@/lib/dal/rate-limits";
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

const trapMessages: Record<NonNullable<TrapResult>, string> = {
  honeypot: ar.comments.errors.trap,
  forged: ar.comments.errors.trap,
  expired: ar.guardrails.commentFormExpired,
  tooFast: ar.comments.errors.tooFast,
};

/** The public thread changed: the next reader of it (and of story lists) gets the new version. */
function publicThreadChanged(articleId: string) {
  expireForWriter([cacheTags.comments(articleId)]);
  expireInBackground([cacheTags.commentCounts]);
}

/**
 * A new comment was published. Posting is the busy path: the thread expires on every instance
 * without Next re-rendering the whole story page into the posting response, as `updateTag` would.
 * Its author sees the comment at once, from the action's answer.
 */
async function commentPublished(articleId: string) {
  await expireEverywhere([cacheTags.comments(articleId)]);
  expireInBackground([cacheTags.commentCounts]);
}

/**
 * Posts a comment. The form's script sends its fields as a plain object: Next decodes that as
 * JSON, several times cheaper than the multipart body a FormData argument travels as.
 */
export async function submitCommentAction(input: CommentFields): Promise<CommentFormState> {
  const form = commentFieldsSchema.safeParse(input);
  if (!form.success) return invalidForm(form.error, {});
  const fields = form.data;
  const values = { body: fields.body ?? "", guestName: fields.guestName ?? "", guestEmail: fields.guestEmail ?? "" };
  const formToken = fields.formToken ?? "";
  const issuedAt = readFormToken(resolveAuthSecret(), fields.articleId ?? "", formToken);
  const trap = checkBotTraps({ honeypot: fields[HONEYPOT_FIELD] ?? "", issuedAt }, Date.now());
  if (trap) return refused(trapMessages[trap], values);
  // A genuine form replayed past what a person sends from one page.
  if (!(await consume("commentFormUses", formToken)).allowed) return refused(ar.comments.errors.trap, values);

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
    if (outcome.publicChange) await commentPublished(outcome.article.id);
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
