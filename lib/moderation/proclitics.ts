const CONJUNCTIONS = ["", "و", "ف"];
const PREPOSITIONS = ["", "ب", "ك", "ل"];

interface Proclitic {
  written: string;
  endsWithArticle: boolean;
}

// A conjunction, then a preposition, then the article, each optional; ل + ال is written لل.
const PROCLITICS: readonly Proclitic[] = CONJUNCTIONS.flatMap((conjunction) =>
  PREPOSITIONS.flatMap((preposition) => [
    { written: conjunction + preposition, endsWithArticle: false },
    { written: conjunction + (preposition === "ل" ? "لل" : `${preposition}ال`), endsWithArticle: true },
  ]),
).filter(({ written }) => written !== "");

/**
 * Every way to read a normalised word as proclitics followed by a stem, the word itself first:
 * "وبالكلب" reads as "وبالكلب", "بالكلب", "الكلب" and "كلب". After the article the stem is also
 * offered with it, because "للدولة" is ل + "الدولة" with the alef dropped. Suffixes are never
 * removed: a suffix makes another word (داعشي is not داعش), which a list names on its own.
 */
export function readingsOf(word: string): string[] {
  const readings = new Set([word]);
  for (const { written, endsWithArticle } of PROCLITICS) {
    if (word.length <= written.length || !word.startsWith(written)) continue;
    const stem = word.slice(written.length);
    readings.add(stem);
    if (endsWithArticle) readings.add(`ال${stem}`);
  }
  return [...readings];
}
