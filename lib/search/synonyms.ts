import { normalizeArabic } from "@/lib/arabic/normalize";

// Place names (and a few common words) that newsrooms spell more than one way, beyond what the
// normaliser folds. Each group is searched as one word: a query for any member finds them all.
// Entries are written as editors type them; they are normalised below, so hamza, ta marbuta and
// alef variants need not be listed twice.
const SPELLING_GROUPS: readonly (readonly string[])[] = [
  ["سوريا", "سورية"],
  ["روسيا", "روسية"],
  ["تركيا", "تركية"],
  ["ليبيا", "ليبية"],
  ["أمريكا", "أميركا"],
  ["الأمريكية", "الأميركية"],
  ["أوروبا", "أوربا"],
  ["واشنطن", "واشنطون"],
  ["بكين", "بيجين", "بيجينغ"],
  ["كردستان", "كوردستان"],
  ["موريتانيا", "موريتانية"],
  ["إثيوبيا", "أثيوبيا", "اثيوبية"],
  ["فيتنام", "فيتنم"],
  ["جنيف", "جنيڤ"],
  ["تشيلي", "تشيلى", "شيلي"],
  // The normaliser folds ؤ to و and ئ to ي, so the two spellings of hamza on a seat stay apart.
  ["مسؤول", "مسئول"],
  ["مسؤولون", "مسئولون"],
  ["مسؤولية", "مسئولية"],
  ["شؤون", "شئون"],
];

const groupOf = new Map<string, readonly string[]>();
for (const group of SPELLING_GROUPS) {
  const normalised = [...new Set(group.map(normalizeArabic))];
  for (const word of normalised) groupOf.set(word, normalised);
}

/** Every spelling searched for a normalised word: the word itself first, then its variants. */
export function spellingsOf(normalisedWord: string): string[] {
  const group = groupOf.get(normalisedWord);
  return group ? [normalisedWord, ...group.filter((word) => word !== normalisedWord)] : [normalisedWord];
}

export function hasVariantSpellings(normalisedWord: string): boolean {
  return groupOf.has(normalisedWord);
}
