import { normalizeArabic } from "@/lib/arabic/normalize";

// The form in which words enter the search index and queries: the normaliser's output, plus one
// rule the arabic snowball stemmer lacks. It strips the article after بـ، لـ، كـ (بالهجوم → هجوم)
// but leaves a word whole when the conjunction و or ف stands before the article (والهجوم), so
// that conjunction is detached here. Only before the article: a bare leading و is too often part
// of the word (وزير، وطن).

const WORD = /[\p{L}\p{N}\p{M}]+/gu;
const CONJUNCTION_BEFORE_ARTICLE = /^[وف](?=(?:ال|بال|كال|لل)\p{L}{3})/u;

/** A normalised word in its search form. */
export function detachConjunction(normalisedWord: string): string {
  return normalisedWord.replace(CONJUNCTION_BEFORE_ARTICLE, "");
}

/** Any word, as the index sees it before stemming. */
export function searchWord(word: string): string {
  return detachConjunction(normalizeArabic(word));
}

/** Any text, as the index sees it before stemming: normalised, conjunctions detached. */
export function searchText(text: string): string {
  return normalizeArabic(text).replace(WORD, detachConjunction);
}
