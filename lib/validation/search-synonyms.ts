import { z } from "zod";
import { ar } from "@/lib/i18n/ar";
import { neutralizeLine } from "@/lib/moderation/text";
import { storable } from "./storable-text";

const t = ar.newsroom.synonyms;
const SEPARATOR = /[,،\n]+/;
const ONE_WORD = /^[\p{L}\p{M}\p{N}]+$/u;

/** A group of spellings typed as one line separated by commas: at least two, each one word. */
export const synonymGroupSchema = storable(z.object({
  spellings: z
    .string()
    .max(600, t.tooLong)
    .transform((text) => [...new Set(text.split(SEPARATOR).map(neutralizeLine).filter(Boolean))])
    .pipe(
      z
        .array(z.string().max(60, t.tooLong).regex(ONE_WORD, t.oneWord))
        .min(2, t.atLeastTwo)
        .max(12, t.tooMany),
    ),
}));

export const synonymIdSchema = z.coerce.number().int().positive();
