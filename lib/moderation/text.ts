import { removeInvisibleCharacters } from "@/lib/arabic/normalize";

// Comments are stored and shown as plain text, never HTML: React escapes them on render, so
// nothing here escapes markup. What this module removes is what plain text can still abuse.

const ZWNJ = "\u200C";
const ZWJ = "\u200D";
const LETTER_BEFORE = /[\p{L}\p{M}]$/u;
const LETTER_AFTER = /^\p{L}/u;
const EMOJI_BEFORE = /[\p{Extended_Pictographic}\p{Emoji_Modifier}\uFE0F]$/u;
const EMOJI_AFTER = /^\p{Extended_Pictographic}/u;

const LINE_BREAK = /\r\n?|[\u0085\u2028\u2029]/g;
const CONTROL = /(?![\n\t])\p{Cc}/gu;
const HORIZONTAL_SPACE = /[^\S\n]+/g;
const SPACE_AROUND_LINE_BREAK = / ?\n ?/g;
const BLANK_LINES = /\n{3,}/g;
const COMBINING_MARK = /\p{M}/gu;
// Hair, thin and other narrow spaces between two letters look like no space at all: they split a
// word for matching while showing it whole. Between letters they are dropped; elsewhere they
// become ordinary spaces like every other horizontal space.
const NARROW_SPACE_IN_WORD = /(?<=[\p{L}\p{M}])[\u2006\u2008-\u200A\u202F\u205F]+(?=\p{L})/gu;

/**
 * Two joiners mean something where they stand: ZWNJ between letters spells Persian and Kurdish
 * words correctly (می‌خواهم), and ZWJ between emoji builds one emoji (👩‍💻). Anywhere else they
 * only hide things. Two UTF-16 units hold any one character, so that much context is enough.
 */
function isMeaningfulJoiner(char: string, index: number, text: string): boolean {
  const before = text.slice(Math.max(0, index - 2), index);
  const after = text.slice(index + 1, index + 3);
  if (char === ZWNJ) return LETTER_BEFORE.test(before) && LETTER_AFTER.test(after);
  if (char === ZWJ) return EMOJI_BEFORE.test(before) && EMOJI_AFTER.test(after);
  return false;
}

/**
 * The comment text as it is stored and shown: no bidi controls that could reorder it, no
 * invisible characters, no control characters; spaces collapsed, lines trimmed, at most one
 * blank line between paragraphs. Matching does not depend on this: the word matcher folds the
 * original text itself, so its positions point into whatever text it was given.
 */
export function neutralizeCommentText(text: string): string {
  return removeInvisibleCharacters(text.normalize("NFC"), isMeaningfulJoiner)
    .replace(NARROW_SPACE_IN_WORD, "")
    .replace(LINE_BREAK, "\n")
    .replace(CONTROL, "")
    .replace(HORIZONTAL_SPACE, " ")
    .replace(SPACE_AROUND_LINE_BREAK, "\n")
    .replace(BLANK_LINES, "\n\n")
    .trim();
}

const ANY_LINE_BREAK = /\n+/g;

/**
 * A name, headline or other one-line text a person sets, as it is stored and shown: neutralised
 * as a comment is (no bidi controls to reverse it, no invisible characters), on one line.
 */
export function neutralizeLine(text: string): string {
  return neutralizeCommentText(text).replace(ANY_LINE_BREAK, " ");
}

// Tatweel and the Hangul fillers are letters that draw no letter: a name of them alone reads as none.
const VISIBLE_LETTER = /(?![\u0640\u115F\u1160\u3164\uFFA0])\p{L}/u;

/** Whether the text shows at least one letter, so a name can be read and told apart. */
export function hasVisibleLetter(text: string): boolean {
  return VISIBLE_LETTER.test(text);
}

/**
 * Characters as a reader counts them: code points without combining marks, so vocalising a
 * comment with tashkeel never makes it longer.
 */
export function countCharacters(text: string): number {
  return [...text.replace(COMBINING_MARK, "")].length;
}
