import { z } from "zod";
import { reportReasons, sanctionKinds, wordLists } from "@/db/schema/comments";
import { HONEYPOT_FIELD } from "@/lib/comments/bot-traps";
import { deskQueues } from "@/lib/comments/desk";
import { moderatorDecisions } from "@/lib/comments/transitions";
import { ar } from "@/lib/i18n/ar";
import { MAX_COMMENT_LENGTH } from "@/lib/moderation/phases/length";
import { lineText, noteText, personNameSchema } from "./plain-text";
import { storable } from "./storable-text";

// What comment forms and the moderation desk send. Length rules for the text itself belong to
// the moderation pipeline (it measures the neutralised text); this only bounds the request.

const emptyAsNull = (value: unknown) => (value === "" || value === undefined ? null : value);
const REQUEST_BODY_LIMIT = MAX_COMMENT_LENGTH * 4;

export const commentBodySchema = z
  .string()
  .max(REQUEST_BODY_LIMIT, ar.comments.errors.tooLong(MAX_COMMENT_LENGTH));

const guestSchema = z.object({
  name: personNameSchema({ tooShort: ar.comments.errors.guestName, tooLong: ar.comments.errors.guestName, noLetter: ar.comments.errors.guestNameNoLetter }),
  email: z
    .string()
    .trim()
    .toLowerCase()
    .max(254, ar.comments.errors.guestEmail)
    .pipe(z.email(ar.comments.errors.guestEmail)),
});

const commentFields = z
  .object({
    articleId: z.string(),
    parentId: z.string(),
    formToken: z.string(),
    clientKey: z.string(),
    body: z.string(),
    guestName: z.string(),
    guestEmail: z.string(),
    [HONEYPOT_FIELD]: z.string(),
  })
  .partial();

/** The comment form's fields as its script sends them: text only; unknown fields are dropped. */
export const commentFieldsSchema = storable(commentFields);

export type CommentFields = z.input<typeof commentFields>;

export const postCommentSchema = z.object({
  articleId: z.uuid(),
  parentId: z.preprocess(emptyAsNull, z.uuid().nullable()),
  body: commentBodySchema,
  clientKey: z.uuid(),
});

export function parseGuest(values: { guestName?: string; guestEmail?: string }) {
  const result = guestSchema.safeParse({ name: values.guestName ?? "", email: values.guestEmail ?? "" });
  if (result.success) return { guest: result.data } as const;
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of result.error.issues) {
    const field = issue.path[0] === "name" ? "guestName" : "guestEmail";
    (fieldErrors[field] ??= []).push(issue.message);
  }
  return { fieldErrors } as const;
}

export const editCommentSchema = storable(z.object({ commentId: z.uuid(), body: commentBodySchema }));
export const commentIdSchema = z.object({ commentId: z.uuid() });

export const reportCommentSchema = storable(z.object({
  commentId: z.uuid(),
  reason: z.enum(reportReasons, ar.comments.errors.reportReason),
  note: noteText(500, ar.comments.errors.noteTooLong).default(""),
}));

export const threadQuerySchema = z.object({
  order: z.enum(["oldest", "newest"]).catch("oldest"),
  after: z.uuid().nullable().catch(null),
});

export const moderateSchema = storable(z.object({
  ids: z
    .array(z.uuid(ar.comments.errors.commentMissing), ar.moderationDesk.errors.nothingSelected)
    .min(1, ar.moderationDesk.errors.nothingSelected)
    .max(100, ar.moderationDesk.errors.tooManySelected),
  decision: z.enum(moderatorDecisions, ar.moderationDesk.errors.decision),
  note: z.string(ar.auth.errors.formInvalid).pipe(noteText(500, ar.moderationDesk.errors.noteTooLong)).default(""),
}, ar.moderationDesk.errors.nothingSelected));

export const queueSchema = z.enum(deskQueues).catch("pending");

const sanctionReason = noteText(500, ar.moderationDesk.commenter.reasonRequired).pipe(z.string().min(3, ar.moderationDesk.commenter.reasonRequired));

const sanctionFields = z
  .object({
    userId: z.uuid(),
    kind: z.enum(sanctionKinds),
    days: z.preprocess(emptyAsNull, z.coerce.number().int().min(1).max(365).nullable()),
    reason: sanctionReason,
  })
  .transform((input) => ({ ...input, days: input.kind === "ban" ? null : (input.days ?? 1) }));

export const sanctionSchema = storable(sanctionFields);

export const liftSanctionSchema = storable(z.object({
  sanctionId: z.uuid(),
  userId: z.uuid(),
  reason: sanctionReason,
}));

/** A listed word as the pipeline accepts it: at least one letter or digit, at most 100 characters. */
export const moderationWordSchema = storable(z.object({
  list: z.enum(wordLists),
  word: z
    .string()
    .pipe(lineText(100, ar.moderationDesk.words.invalid))
    .pipe(z.string().min(1, ar.moderationDesk.words.invalid))
    .refine((word) => /[\p{L}\p{N}]/u.test(word), ar.moderationDesk.words.invalid),
  /** A checkbox: present ("on") when clitics may surround the word. */
  clitics: z.string().optional().transform((value) => value === "on"),
}));

const count = (max: number) => z.coerce.number<unknown>().int(ar.moderationDesk.settings.invalid).min(0, ar.moderationDesk.settings.invalid).max(max, ar.moderationDesk.settings.invalid);
const positive = (max: number) => count(max).min(1, ar.moderationDesk.settings.invalid);

/** The settings form: flat fields, checked with the bounds an editor would expect. */
export const commentSettingsFormSchema = z
  .object({
    guestComments: z.preprocess((value) => value === "on" || value === "true", z.boolean()),
    trustThreshold: count(100),
    maxLinks: count(20),
    autoCloseAfterDays: z.preprocess(emptyAsNull, positive(3650).nullable()),
    reportThreshold: positive(100),
    rateMax: positive(1000),
    rateWindow: positive(1440),
    ipMax: positive(10000),
    ipWindow: positive(1440),
    repeatWindow: positive(10080),
  })
  .transform((form) => ({
    guestComments: form.guestComments,
    trustThreshold: form.trustThreshold,
    maxLinks: form.maxLinks,
    autoCloseAfterDays: form.autoCloseAfterDays,
    reportThreshold: form.reportThreshold,
    rateLimit: { maxComments: form.rateMax, windowMinutes: form.rateWindow },
    ipRateLimit: { maxComments: form.ipMax, windowMinutes: form.ipWindow },
    repeatPostWindowMinutes: form.repeatWindow,
  }));
