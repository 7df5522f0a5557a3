// One normaliser for search, slugs and moderation alike. It works on composed text (NFC):
// letters are never replaced after an NFD decomposition, which would split أ into ا + U+0654.

const TASHKEEL = /[\u064B-\u065F\u0670]/g;
const TATWEEL = /\u0640/g;
// Bidi controls and zero-width characters are used to disguise words; they carry no meaning here.
const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF\u061C]/g;

const LETTER_FOLDS: Record<string, string> = {
  أ: "ا",
  إ: "ا",
  آ: "ا",
  ٱ: "ا",
  ى: "ي",
  ی: "ي",
  ئ: "ي",
  ک: "ك",
  ة: "ه",
  ؤ: "و",
};
const FOLDABLE_LETTER = new RegExp(`[${Object.keys(LETTER_FOLDS).join("")}]`, "g");
const EASTERN_DIGIT = /[\u0660-\u0669\u06F0-\u06F9]/g;

function westernDigit(digit: string) {
  const code = digit.charCodeAt(0);
  return String(code >= 0x06f0 ? code - 0x06f0 : code - 0x0660);
}

/** Removes diacritics, tatweel and invisible characters but keeps every letter as written. */
export function stripArabicMarks(text: string): string {
  return text.normalize("NFC").replace(INVISIBLE, "").replace(TASHKEEL, "").replace(TATWEEL, "");
}

/** Folds the spelling variants readers type interchangeably, for matching (never for display). */
export function normalizeArabic(text: string): string {
  return stripArabicMarks(text)
    .replace(FOLDABLE_LETTER, (letter) => LETTER_FOLDS[letter] ?? letter)
    .replace(EASTERN_DIGIT, westernDigit)
    .toLowerCase();
}
