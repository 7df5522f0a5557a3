import { z } from "zod";
import { commentModes } from "@/db/schema/enums";
import { appendedCorrectionTypes } from "@/db/schema/editorial";
import { isValidSlug, MAX_SLUG_LENGTH, slugify } from "@/lib/arabic/slugify";
import {
  articleDocumentSchema,
  IMAGE_ALT_MAX,
  IMAGE_CAPTION_MAX,
  IMAGE_CREDIT_MAX,
  plainTextOf,
} from "@/lib/article-document";
import { ARTICLE_LIMITS } from "@/lib/editorial/limits";
import { workflowActions } from "@/lib/editorial/workflow";
import { ar } from "@/lib/i18n/ar";
import { lineText, noteText } from "./plain-text";
import { storable } from "./storable-text";

const t = ar.editor.errors;

export const tagNameSchema = lineText(ARTICLE_LIMITS.tagName, t.tagTooLong(ARTICLE_LIMITS.tagName)).pipe(z.string().min(1, t.tagEmpty));

const coverSchema = z.object({
  imageId: z.uuid(t.coverMissing),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  alt: lineText(IMAGE_ALT_MAX, t.tooLong(IMAGE_ALT_MAX)).pipe(z.string().min(1, t.altRequired)),
  caption: lineText(IMAGE_CAPTION_MAX, t.tooLong(IMAGE_CAPTION_MAX)),
  credit: lineText(IMAGE_CREDIT_MAX, t.tooLong(IMAGE_CREDIT_MAX)),
});

const bodySchema = z
  .unknown()
  .pipe(articleDocumentSchema)
  .refine((body) => plainTextOf(body).length <= ARTICLE_LIMITS.bodyCharacters, t.bodyTooLong(ARTICLE_LIMITS.bodyCharacters));

const articleFields = z
  .object({
    kicker: lineText(ARTICLE_LIMITS.kicker, t.tooLong(ARTICLE_LIMITS.kicker)),
    headline: lineText(ARTICLE_LIMITS.headline, t.tooLong(ARTICLE_LIMITS.headline)).pipe(z.string().min(1, t.headlineRequired)),
    dek: lineText(ARTICLE_LIMITS.dek, t.tooLong(ARTICLE_LIMITS.dek)),
    dateline: lineText(ARTICLE_LIMITS.dateline, t.tooLong(ARTICLE_LIMITS.dateline)),
    source: lineText(ARTICLE_LIMITS.source, t.tooLong(ARTICLE_LIMITS.source)),
    body: bodySchema,
    sectionId: z.number(t.sectionRequired).int().positive(t.sectionRequired),
    tags: z.array(tagNameSchema).max(ARTICLE_LIMITS.tags, t.tooManyTags(ARTICLE_LIMITS.tags)),
    authorIds: z.array(z.uuid(t.authorsRequired)).min(1, t.authorsRequired).max(ARTICLE_LIMITS.authors, t.tooManyAuthors(ARTICLE_LIMITS.authors)),
    cover: coverSchema.nullable(),
    slug: z.string().max(MAX_SLUG_LENGTH * 4, t.slugTooLong(MAX_SLUG_LENGTH)),
    // False while the slug still follows the headline: a taken one is then numbered, not refused.
    slugEdited: z.boolean(),
    seoTitle: lineText(ARTICLE_LIMITS.seoTitle, t.tooLong(ARTICLE_LIMITS.seoTitle)),
    seoDescription: lineText(ARTICLE_LIMITS.seoDescription, t.tooLong(ARTICLE_LIMITS.seoDescription)),
    commentMode: z.enum(commentModes, t.commentModeInvalid),
    isBreaking: z.boolean(),
  })
  .transform((input, context) => {
    const typed = input.slug.trim();
    const slug = slugify(typed || input.headline);
    if (typed && !slug) context.addIssue({ code: "custom", path: ["slug"], message: t.slugInvalid });
    else if (slug.length > MAX_SLUG_LENGTH || (typed && !isValidSlug(slug))) {
      context.addIssue({ code: "custom", path: ["slug"], message: t.slugTooLong(MAX_SLUG_LENGTH) });
    }
    const tags = [...new Set(input.tags)];
    const authorIds = [...new Set(input.authorIds)];
    return { ...input, slug, tags, authorIds, slugEdited: input.slugEdited && Boolean(typed) };
  });

/** What the editor sends on every save; the slug is tidied here and made unique by the DAL. */
export const articleInputSchema = storable(articleFields);

export type ArticleInput = z.output<typeof articleInputSchema>;

export const saveRequestSchema = z.object({
  articleId: z.uuid(),
  baseVersion: z.number().int().positive(),
  markAsUpdate: z.boolean().default(false),
  // Stories already published are saved only when asked, never by autosave alone.
  content: z.unknown(),
});

export const transitionRequestSchema = storable(z.object({
  articleId: z.uuid(),
  baseVersion: z.number().int().positive(),
  action: z.enum(workflowActions),
  scheduledFor: z.string().max(40).optional(),
  expectedSlug: z.string().max(200).optional(),
  note: noteText(ARTICLE_LIMITS.returnNote, t.returnNoteTooLong(ARTICLE_LIMITS.returnNote)).optional(),
}));

export const correctionSchema = storable(z.object({
  articleId: z.uuid(),
  type: z.enum(appendedCorrectionTypes, t.correctionTypeInvalid),
  note: noteText(ARTICLE_LIMITS.correctionNote, t.tooLong(ARTICLE_LIMITS.correctionNote)).pipe(z.string().min(1, t.correctionNoteRequired)),
}));

/** Zod issues as one Arabic message per editor field ("cover.alt" for the cover's alt text). */
export function articleFieldErrors(error: z.ZodError): Record<string, string[]> {
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const [first, second] = issue.path;
    let field = String(first ?? "form");
    let message = issue.message;
    if (field === "cover" && typeof second === "string") field = `cover.${second}`;
    if (field === "body" && message !== t.bodyTooLong(ARTICLE_LIMITS.bodyCharacters) && message !== ar.guardrails.unstorableText) {
      message = issue.path[issue.path.length - 1] === "alt" ? t.inlineAltRequired : t.bodyInvalid;
    }
    if (!(fieldErrors[field] ??= []).includes(message)) fieldErrors[field]!.push(message);
  }
  return fieldErrors;
}
