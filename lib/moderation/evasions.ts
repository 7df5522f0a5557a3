// Pure spelling tricks that hide a listed word, undone for matching only (the comment is stored
// and shown as written). Arabic letter variants and marks are the shared normaliser's job
// (lib/arabic/normalize.ts); these are the tricks only a troll plays.

const LOOKALIKES: Record<string, string> = {
  // Cyrillic
  а: "a", в: "b", е: "e", ѕ: "s", і: "i", ї: "i", ј: "j", к: "k", м: "m", н: "h", о: "o", р: "p", с: "c",
  т: "t", у: "y", х: "x", ԁ: "d", ԛ: "q", ԝ: "w",
  // Greek
  α: "a", β: "b", ε: "e", ι: "i", κ: "k", ν: "v", ο: "o", ρ: "p", τ: "t", υ: "u", χ: "x",
};
const LOOKALIKE = new RegExp(`[${Object.keys(LOOKALIKES).join("")}]`, "gu");
const LEET: Record<string, string> = { "0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "8": "b", "9": "g" };
const LATIN = /[a-z]/;

/** A Latin word with look-alike Cyrillic or Greek letters and leetspeak digits read as Latin (idі0t → idiot). */
export function latinReading(word: string): string | undefined {
  const folded = word.replace(LOOKALIKE, (char) => LOOKALIKES[char] ?? char);
  if (!LATIN.test(folded)) return undefined;
  const read = folded.replace(/[0-9]/g, (digit) => LEET[digit] ?? digit);
  return read === word ? undefined : read;
}

// Arabizi, Arabic typed in Latin letters and digits (5anzeer, 7a2eer). Both sides are reduced to
// a skeleton of consonant classes: vowels and glides are dropped (Arabizi spells them freely),
// letters Arabizi writes alike share a class (س ص → s; ء ق → q, since Syrians say ق as a hamza).
const ARABIC_CLASSES: Record<string, string> = {
  ب: "b", ت: "t", ط: "t", ث: "t", ج: "j", ح: "H", خ: "K", د: "d", ض: "d", ذ: "d", ر: "r", ز: "z", ظ: "z",
  س: "s", ص: "s", ش: "S", ع: "3", غ: "G", ف: "f", ق: "q", ء: "q", ك: "k", ل: "l", م: "m", ن: "n", ه: "H",
};
const ARABIZI_DIGRAPHS: [RegExp, string][] = [
  [/kh/g, "K"],
  [/sh|ch/g, "S"],
  [/gh/g, "G"],
  [/th|dh/g, "t"],
];
const ARABIZI_LETTERS: Record<string, string> = {
  "2": "q", "3": "3", "5": "K", "6": "t", "7": "H", "8": "G", "9": "q",
  b: "b", p: "b", t: "t", j: "j", g: "j", d: "d", r: "r", z: "z", s: "s", f: "f", v: "f", q: "q", k: "k", c: "k",
  l: "l", m: "m", n: "n", h: "H",
};
/** Only words written with Arabizi's digits are read as Arabizi: plain English words are left alone. */
const ARABIZI_DIGIT = /[235679]/;
const MIN_SKELETON = 3;

// Repeats collapse, and a final h goes: ta marbuta is written a, ah, eh or e in Arabizi.
const collapse = (skeleton: string) => skeleton.replace(/(.)\1+/g, "$1").replace(/(?<=.{2})H$/, "");

/** The consonant skeleton of a normalised Arabic word, or undefined when too short to compare safely. */
export function arabicSkeleton(word: string): string | undefined {
  if (!/^[\u0621-\u064A]+$/.test(word)) return undefined;
  const skeleton = collapse([...word].map((letter) => ARABIC_CLASSES[letter] ?? "").join(""));
  return skeleton.length >= MIN_SKELETON ? skeleton : undefined;
}

/** The consonant skeleton of an Arabizi word (5anzeer → Knzr, as خنزير), or undefined. */
export function arabiziSkeleton(word: string): string | undefined {
  if (!LATIN.test(word) || !ARABIZI_DIGIT.test(word) || !/^[a-z0-9]+$/.test(word)) return undefined;
  let text = word;
  for (const [digraph, letter] of ARABIZI_DIGRAPHS) text = text.replace(digraph, letter);
  const skeleton = collapse([...text].map((char) => ARABIZI_LETTERS[char] ?? "").join(""));
  return skeleton.length >= MIN_SKELETON ? skeleton : undefined;
}

/** A word with every run of a repeated letter written once (خنززززير → خنزير). */
export function collapseRepeats(word: string): string {
  return word.replace(/(\p{L})\1+/gu, "$1");
}

// Possessive and object suffixes (خنزيرك، حمارهم). ي is left out: it makes an adjective (داعشي);
// so is a lone ه, which the normaliser made of ta marbuta (كلبة is not كلب).
const SUFFIXES = ["هما", "كما", "كم", "كن", "هم", "هن", "ها", "نا", "ك"];

/** The word without each possessive suffix it may carry, keeping two letters at least. */
export function withoutSuffixes(word: string): string[] {
  return SUFFIXES.filter((suffix) => word.endsWith(suffix) && word.length - suffix.length >= 2).map((suffix) =>
    word.slice(0, -suffix.length),
  );
}

const VOCATIVE = "يا";

/** The word after a vocative يا written onto it (ياخنزير، يااحمق), or undefined. */
export function withoutVocative(word: string): string | undefined {
  return word.startsWith(VOCATIVE) && word.length - VOCATIVE.length >= 3 ? word.slice(VOCATIVE.length) : undefined;
}

const DOTLESS_BEH = "\u066E";
const DOTTED_BEHS = ["ب", "ت", "ث", "ن", "ي"];
const MAX_DOTLESS = 3;

/** The word with each dotless beh (ٮ) read as each letter it may stand for (خٮزير → خنزير). */
export function dotlessReadings(word: string): string[] {
  if (!word.includes(DOTLESS_BEH)) return [];
  let readings = [word];
  for (let i = 0; i < MAX_DOTLESS && readings[0]!.includes(DOTLESS_BEH); i++) {
    readings = readings.flatMap((reading) => DOTTED_BEHS.map((letter) => reading.replace(DOTLESS_BEH, letter)));
  }
  return readings.filter((reading) => !reading.includes(DOTLESS_BEH));
}
