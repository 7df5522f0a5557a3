import { z } from "zod";
import { compileWordList, type WordList } from "./word-matcher";

const wordListEntry = z
  .string()
  .trim()
  .max(100)
  .refine((entry) => /[\p{L}\p{N}]/u.test(entry), "A listed word needs at least one letter or digit.");
// A bare string is an entry that allows clitics (the common case, and what older settings hold).
const listedWord = z.union([
  wordListEntry.transform((word) => ({ word, clitics: true })),
  z.object({ word: wordListEntry, clitics: z.boolean().default(true) }),
]);
const wordList = z.array(listedWord).max(5000).default([]);

/** The site's moderation settings as an administrator edits them; defaults suit a new site. */
export const moderationSettingsSchema = z.object({
  bannedWords: wordList,
  suspectWords: wordList,
  /** Words and phrases never flagged, whatever listed word they contain (الخنزير البري). */
  exceptionWords: wordList,
  /** More links than this hold a comment for review. */
  maxLinks: z.int().min(0).default(2),
  /** Approved comments an author needs before new ones are published without review. */
  trustThreshold: z.int().min(0).default(3),
  /** Comments close this many days after publication; null keeps them open. */
  autoCloseAfterDays: z.int().min(1).nullable().default(30),
  rateLimit: z
    .object({ maxComments: z.int().min(1), windowMinutes: z.int().min(1) })
    .default({ maxComments: 5, windowMinutes: 10 }),
  /** The same text again within this many minutes is a repeat post. */
  repeatPostWindowMinutes: z.int().min(1).default(60),
  premoderateGuests: z.boolean().default(true),
});

export type ModerationSettingsInput = z.input<typeof moderationSettingsSchema>;

type ParsedSettings = z.output<typeof moderationSettingsSchema>;
export type ModerationSettings = Omit<ParsedSettings, "bannedWords" | "suspectWords" | "exceptionWords"> & {
  bannedWords: WordList;
  suspectWords: WordList;
  exceptionWords: WordList;
};

/** Validates the settings and compiles the word lists; do it once per settings change, not per comment. */
export function compileModerationSettings(input: ModerationSettingsInput): ModerationSettings {
  const settings = moderationSettingsSchema.parse(input);
  return {
    ...settings,
    bannedWords: compileWordList(settings.bannedWords),
    suspectWords: compileWordList(settings.suspectWords),
    exceptionWords: compileWordList(settings.exceptionWords),
  };
}
