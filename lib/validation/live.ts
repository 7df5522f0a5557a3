import { z } from "zod";
import { articleDocumentSchema, isEmptyDocument, plainTextOf } from "@/lib/article-document";
import { LIVE_UPDATE_LIMITS } from "@/lib/editorial/limits";
import { ar } from "@/lib/i18n/ar";
import { lineText } from "./plain-text";
import { storable } from "./storable-text";

const t = ar.liveDesk.errors;

const updateFields = z.object({
  headline: lineText(LIVE_UPDATE_LIMITS.headline, ar.editor.errors.tooLong(LIVE_UPDATE_LIMITS.headline)),
  body: z
    .unknown()
    .pipe(articleDocumentSchema)
    .refine((body) => !isEmptyDocument(body), t.bodyRequired)
    .refine((body) => plainTextOf(body).length <= LIVE_UPDATE_LIMITS.bodyCharacters, t.tooLong(LIVE_UPDATE_LIMITS.bodyCharacters)),
  isKeyEvent: z.boolean(),
});

export type LiveUpdateInput = z.output<typeof updateFields>;

export const postUpdateSchema = storable(z.object({ articleId: z.uuid(), publish: z.boolean(), update: updateFields }));
export const editUpdateSchema = storable(z.object({ updateId: z.number().int().positive(), baseVersion: z.number().int().positive(), update: updateFields }));
export const updateStateSchema = z.object({
  updateId: z.number().int().positive(),
  action: z.enum(["publish", "pin", "unpin", "remove"]),
});
export const coverageSchema = z.object({ articleId: z.uuid(), action: z.enum(["start", "end", "reopen"]) });

export type UpdateStateAction = z.output<typeof updateStateSchema>["action"];
export type CoverageAction = z.output<typeof coverageSchema>["action"];

/** Zod issues as one Arabic message per composer field. */
export function liveUpdateFieldErrors(error: z.ZodError): Record<string, string[]> {
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const field = issue.path.includes("headline") ? "headline" : "body";
    const own = [t.bodyRequired, t.tooLong(LIVE_UPDATE_LIMITS.bodyCharacters), ar.guardrails.unstorableText];
    const message = field === "body" && !own.includes(issue.message) ? ar.editor.errors.bodyInvalid : issue.message;
    if (!(fieldErrors[field] ??= []).includes(message)) fieldErrors[field]!.push(message);
  }
  return fieldErrors;
}
