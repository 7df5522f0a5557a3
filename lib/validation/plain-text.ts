import { z } from "zod";
import { hasVisibleLetter, neutralizeCommentText, neutralizeLine } from "@/lib/moderation/text";

// Every text a person sets is neutralised at this boundary, the way comments are, so nothing
// stored can reverse itself on screen or hide: one-line texts (names, headlines, captions) and
// notes that may keep their paragraphs.

export const lineText = (max: number, tooLong: string) => z.string().transform(neutralizeLine).pipe(z.string().max(max, tooLong));

export const noteText = (max: number, tooLong: string) => z.string().transform(neutralizeCommentText).pipe(z.string().max(max, tooLong));

/** A person's name: 2 to 60 characters, one of them a letter a reader can see. */
export const personNameSchema = (messages: { tooShort: string; tooLong: string; noLetter: string }) =>
  lineText(60, messages.tooLong).pipe(z.string().min(2, messages.tooShort).refine(hasVisibleLetter, messages.noLetter));
