import { normalizeArabic } from "@/lib/arabic/normalize";
import { lexiconForm } from "./lexicon";

// The form in which words enter the search index and queries: the normaliser's output, plus one
// rule the arabic snowball stemmer lacks. It strips the article after بـ، لـ، كـ (بالهجوم → هجوم)
// but leaves a word whole when the conjunction و or ف stands before the article (والهجوم), so
// that conjunction is detached here. Only before the article: a bare leading و is too often part
// of the word (وزير، وطن).
// Then the news lexicon (lib/search/lexicon.ts): a plural or dual is followed by its singular,
// and a word with ل before a listed name by the bare name, in the index and in queries alike.

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

/** Any text, normalised, conjunctions detached (what the desk's headline filter compares). */
export function searchText(text: string): string {
  return normalizeArabic(text).replace(WORD, detachConjunction);
}

/** A word in its search form followed by what the lexicon adds, if anything ("عناصر عنصر"). */
export function indexedWord(word: string): string {
  const form = searchWord(word);
  const added = lexiconForm(form);
  return added && added !== form ? `${form} ${added}` : form;
}

/** Any text as the index holds it: search forms, each lexicon word followed by its singular. */
export function indexedText(text: string): string {
  return normalizeArabic(text).replace(WORD, (word) => {
    const form = detachConjunction(word);
    const added = lexiconForm(form);
    return added && added !== form ? `${form} ${added}` : form;
  });
}
