import { normalizeArabic } from "@/lib/arabic/normalize";
import { NEWS_NAMES } from "./news-names";
import { NEWS_PLURALS } from "./news-plurals";

// The news lexicon in the normaliser's spelling: every plural and dual of lib/search/news-plurals.ts
// mapped to its singular, and the names and words before which ل is a preposition. Index and
// queries both go through `lexiconForm`, so عناصر finds عنصر and the other way round.

export interface PluralPair {
  singular: string;
  plural: string;
}

/** Every singular/plural pair as written in news-plurals.ts (not normalised). */
export const pluralPairs: readonly PluralPair[] = NEWS_PLURALS.trim()
  .split("\n")
  .flatMap((line) => {
    const [singular = "", plurals = ""] = line.split(":").map((part) => part.trim());
    return plurals.split("،").map((plural) => ({ singular, plural: plural.trim() }));
  });

const singularOf = new Map<string, string>();
const singulars = new Set<string>();
for (const { singular, plural } of pluralPairs) {
  const s = normalizeArabic(singular);
  singulars.add(s);
  singularOf.set(normalizeArabic(plural), s);
}
// Duals: -ان and -ين after the singular, with the ta marbuta (folded to ه) written ت.
for (const s of singulars) {
  const stem = s.endsWith("ه") ? `${s.slice(0, -1)}ت` : s;
  for (const dual of [`${stem}ان`, `${stem}ين`]) if (!singularOf.has(dual) && !singulars.has(dual)) singularOf.set(dual, s);
}

const names = new Set(NEWS_NAMES.trim().split(/\s+/).map(normalizeArabic));

/** The singular of a normalised plural or dual of the lexicon, the singular itself, or undefined. */
export function lexiconSingular(word: string): string | undefined {
  return singulars.has(word) ? word : singularOf.get(word);
}

function isKnown(word: string): boolean {
  return singulars.has(word) || singularOf.has(word) || names.has(word);
}

// Proclitics in the order they attach (conjunction, preposition, article); ل + ال is written لل.
const PROCLITIC = /^(?:[وف]?(?:[بك]?ال|لل|[بكل])|[وف])/u;
const ARTICLE_AFTER_LAM = /^لل/u;

/**
 * The words a normalised word adds to the index (and to a query) beyond itself: the singular
 * when it is a lexicon plural or dual, the bare word when ل or another proclitic stands before
 * a lexicon word or listed name. Empty for every other word.
 */
export function lexiconForm(word: string): string | undefined {
  if (isKnown(word)) return singularOf.get(word);
  // The accusative's alef (عنصرًا، with the tanween already stripped).
  if (word.endsWith("ا") && singulars.has(word.slice(0, -1))) return word.slice(0, -1);
  const proclitic = word.match(PROCLITIC)?.[0];
  if (!proclitic) return undefined;
  const rest = word.slice(proclitic.length);
  const readings = ARTICLE_AFTER_LAM.test(proclitic) ? [rest, `ل${rest}`, `ال${rest}`] : [rest];
  for (const reading of readings) {
    if (reading.length < 2) continue;
    if (isKnown(reading)) return singularOf.get(reading) ?? reading;
    if (reading.startsWith("ال") && isKnown(reading.slice(2))) return singularOf.get(reading.slice(2)) ?? reading.slice(2);
  }
  return undefined;
}
