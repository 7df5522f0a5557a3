// One normaliser for search, slugs and moderation alike. It works on composed text (NFC):
// letters are never replaced after an NFD decomposition, which would split أ into ا + U+0654.

const TASHKEEL = /[\u064B-\u065F\u0670]/g;
// Quranic annotation marks (small high letters, sukun forms such as U+06E1) and the Extended-A
// marks (U+08F0 open tanween…): they vocalise like tashkeel and are as easily dropped.
const QURANIC_MARKS = /[\u0610-\u061A\u06D6-\u06DC\u06DF-\u06E4\u06E7\u06E8\u06EA-\u06ED\u08D3-\u08E1\u08E3-\u08FF]/g;
// Tashkeel presentation forms; NFKC would turn the isolated ones into a space and a mark,
// splitting the word they were typed into.
const TASHKEEL_PRESENTATION_FORMS = /[\uFE70-\uFE7F]/g;
const TATWEEL = /\u0640/g;
// Bidi controls, zero-width and other invisible format characters (soft hyphen, word joiner,
// Mongolian vowel separator, combining grapheme joiner) are used to disguise words.
const INVISIBLE = /[\u00AD\u034F\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;

const LETTER_FOLDS: Record<string, string> = {
  أ: "ا",
  إ: "ا",
  آ: "ا",
  ٱ: "ا",
  ى: "ي",
  ی: "ي",
  ئ: "ي",
  ک: "ك",
  ڪ: "ك",
  ة: "ه",
  ؤ: "و",
  // Urdu and Persian forms of ha and ta marbuta (ہ ۃ ھ ە), ya barree (ے) and noon ghunna (ں).
  ہ: "ه",
  ۃ: "ه",
  ھ: "ه",
  ە: "ه",
  ے: "ي",
  ں: "ن",
  // Dotless fa and qaf (ڡ ٯ) read one way only; the dotless beh (ٮ) may be ب ت ث ن or ي, which
  // moderation tries in turn (lib/moderation/evasions.ts).
  ڡ: "ف",
  ٯ: "ق",
};
const FOLDABLE_LETTER = new RegExp(`[${Object.keys(LETTER_FOLDS).join("")}]`, "g");
const EASTERN_DIGIT = /[\u0660-\u0669\u06F0-\u06F9]/g;
// The Arabic alphabet's letters (U+0621-U+064A, less five rare letters and tatweel at U+063B-U+0640):
// no mark, no compatibility form and no case among them, so of all the normaliser does only the
// letter folds apply. Most words of running text are written in these alone.
const PLAIN_ARABIC_LETTERS = /^[\u0621-\u063A\u0641-\u064A]*$/;

function foldLetters(text: string): string {
  return text.replace(FOLDABLE_LETTER, (letter) => LETTER_FOLDS[letter] ?? letter);
}

function westernDigit(digit: string) {
  const code = digit.charCodeAt(0);
  return String(code >= 0x06f0 ? code - 0x06f0 : code - 0x0660);
}

/**
 * Removes bidi controls and zero-width characters, except those `keep` judges meaningful
 * where they stand (display keeps a Persian ZWNJ between letters; matching keeps none).
 */
export function removeInvisibleCharacters(
  text: string,
  keep: (char: string, index: number, text: string) => boolean = () => false,
): string {
  return text.replace(INVISIBLE, (char: string, index: number, whole: string) => (keep(char, index, whole) ? char : ""));
}

/** Removes diacritics, tatweel and invisible characters but keeps every letter as written. */
export function stripArabicMarks(text: string): string {
  return removeInvisibleCharacters(text.normalize("NFC")).replace(TASHKEEL, "").replace(QURANIC_MARKS, "").replace(TATWEEL, "");
}

/**
 * Folds the spelling variants readers type interchangeably, for matching (never for display).
 * Compatibility forms fold too (NFKC): Arabic presentation forms such as ﺩﺍﻋﺶ, full-width and
 * mathematical Latin, the ligature ﷲ, which look like ordinary text but compare unequal.
 */
export function normalizeArabic(text: string): string {
  if (PLAIN_ARABIC_LETTERS.test(text)) return foldLetters(text);
  return foldLetters(stripArabicMarks(text.replace(TASHKEEL_PRESENTATION_FORMS, "").normalize("NFKC")))
    .replace(EASTERN_DIGIT, westernDigit)
    .toLowerCase();
}
