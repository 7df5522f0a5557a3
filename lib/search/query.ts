import { stripArabicMarks } from "@/lib/arabic/normalize";
import { lexiconForm } from "./lexicon";
import { searchWord } from "./search-form";
import { hasVariantSpellings, spellingsOf } from "./synonyms";

// Turns what a reader typed into search terms, and terms into tsquery text. Reader input never
// reaches to_tsquery as syntax: it is cut into runs of letters and digits first, so & | ! ( ) : *
// and quotes are gone before any operator is written, and every lexeme is quoted.

export const MAX_QUERY_LENGTH = 200;
export const MAX_TERMS = 8;
const MIN_PREFIX_LENGTH = 2;

// Function words dropped from a query unless it has nothing else. Checked against the word as
// typed (marks stripped, letters not folded), so the preposition على goes but the name علي stays.
const STOPWORDS = new Set([
  "في", "من", "إلى", "الى", "على", "عن", "مع", "أن", "إن", "ان", "أو", "او", "و", "ف", "ثم",
  "هذا", "هذه", "ذلك", "تلك", "التي", "الذي", "الذين", "كان", "كانت", "قد", "لقد", "ما", "لا",
  "لم", "لن", "بين", "حتى", "عند", "منذ", "كل", "أي", "هو", "هي", "هم", "أنه", "إنه", "به", "بها",
  "له", "لها", "فيه", "فيها", "منه", "منها", "عليه", "عليها",
]);

const WORD = /[\p{L}\p{N}\p{M}]+/gu;

export interface SearchTerm {
  /** The word as the reader typed it (diacritics removed), for suggestions. */
  typed: string;
  /** Normalised spellings, any of which may match: the word first, then its variants. */
  spellings: string[];
  /**
   * For the word the reader may still be typing: beginnings of words that also match (the word
   * as typed, and without the article). Empty for every other word.
   */
  prefixes: string[];
}

export interface ParsedQuery {
  /** The query as shown back to the reader: trimmed, whitespace collapsed, cut to length. */
  text: string;
  terms: SearchTerm[];
}

/** A query as the search reads it: NFC, spaces folded; a trailing space stays, telling that the last word is finished. */
export const foldSearchQuery = (raw: string) => raw.normalize("NFC").replace(/\s+/g, " ").trimStart();

export function parseSearchQuery(raw: string): ParsedQuery {
  const cut = raw.normalize("NFC").slice(0, MAX_QUERY_LENGTH);
  const text = cut.replace(/\s+/g, " ").trim();
  const words = stripArabicMarks(cut).match(WORD) ?? [];
  const meaningful = words.filter((word) => !STOPWORDS.has(word));
  const chosen = meaningful.length > 0 ? meaningful : words;
  // A query ending in a space or punctuation has its last word finished.
  const stillTyping = /[\p{L}\p{N}\p{M}]$/u.test(stripArabicMarks(cut));
  const lastWord = searchWord(chosen[chosen.length - 1] ?? "");

  const terms: SearchTerm[] = [];
  const seen = new Set<string>();
  for (const typed of chosen) {
    const word = searchWord(typed);
    if (!word || seen.has(word)) continue;
    seen.add(word);
    terms.push({ typed, spellings: wholeWordSpellings(spellingsOf(word)), prefixes: [] });
  }
  const kept = terms.slice(0, MAX_TERMS);
  const last = kept[kept.length - 1];
  if (last && stillTyping && last.spellings[0] === lastWord && lastWord.length >= MIN_PREFIX_LENGTH && !hasVariantSpellings(lastWord)) {
    last.prefixes = prefixSpellings(lastWord);
  }
  return { text, terms: kept };
}

// The stemmer does not treat a word the same with and without the article when it ends in ه
// (the folded ta marbuta): الحكومه stems to حكومه but حكومه to حكوم. So a word is searched both
// ways; for every other word the two forms stem alike and the extra spelling costs nothing.
const ARABIC_WORD = /^[\u0621-\u064A]{3,}$/;

// A word being typed after the article (الس، والهج، بالن، للس) is a prefix of a word the stemmer
// indexed without it, and too short for the stemmer to strip the article itself.
const ARTICLE = /^[وف]?(?:[بك]?ال|لل)/u;

function prefixSpellings(word: string): string[] {
  const bare = word.replace(ARTICLE, "");
  return bare && bare !== word ? [word, bare] : [word];
}

/** A finished word's spellings: its variants, with and without the article, and what the lexicon adds. */
function wholeWordSpellings(spellings: string[]): string[] {
  const all = withAndWithoutArticle(spellings);
  const added = lexiconForm(spellings[0] ?? "");
  return added && !all.includes(added) ? [...all, added] : all;
}

function withAndWithoutArticle(spellings: string[]): string[] {
  const [word, ...variants] = spellings;
  if (!word || !ARABIC_WORD.test(word)) return spellings;
  const other = word.startsWith("ال") ? word.slice(2) : `ال${word}`;
  return ARABIC_WORD.test(other) && !spellings.includes(other) ? [word, other, ...variants] : spellings;
}

const LEXEME = /^[\p{L}\p{N}\p{M}]+$/u;

/**
 * The tsquery text for `terms`: every term must match (&), any spelling of a term will do (|).
 * Null when there is nothing to search for.
 */
export function toTsQuery(terms: readonly SearchTerm[]): string | null {
  const clauses = terms
    .map((term) => {
      const lexemes = [
        ...term.spellings
          // A spelling that begins with one of the prefixes is matched by it already.
          .filter((spelling) => LEXEME.test(spelling) && !term.prefixes.some((prefix) => spelling.startsWith(prefix)))
          .map((spelling) => `'${spelling}'`),
        ...term.prefixes.filter((prefix) => LEXEME.test(prefix)).map((prefix) => `'${prefix}':*`),
      ];
      if (lexemes.length === 0) return null;
      return lexemes.length === 1 ? lexemes[0]! : `(${lexemes.join(" | ")})`;
    })
    .filter((clause): clause is string => clause !== null);
  return clauses.length > 0 ? clauses.join(" & ") : null;
}
