import { arabicSkeleton, arabiziSkeleton, collapseRepeats, dotlessReadings, latinReading, withoutSuffixes, withoutVocative } from "./evasions";
import { readingsOf } from "./proclitics";
import { splitWords, type Word } from "./words";

/** How a listed word was found, for the moderator: every rule that can flag a comment is named. */
export type MatchForm =
  | "exact" // as listed, after the shared normaliser (marks, tatweel, letter variants, hidden characters)
  | "clitic" // with proclitics before it (والكلب، بالكلب، للكلب)
  | "vocative" // with يا written onto it (ياكلب)
  | "suffix" // with a possessive suffix (كلبك، كلبهم)
  | "repeated" // with a letter repeated (كلللب)
  | "spaced" // letters spaced, dotted or hyphenated apart (ك ل ب، ك.ل.ب، ك-ل-ب)
  | "dotless" // written with the dotless beh ٮ (خٮزير)
  | "lookalike" // Latin with Cyrillic or Greek look-alikes or digits (іdiot، idi0t)
  | "arabizi"; // Arabic in Latin letters and digits (5anzeer)

export const matchForms: readonly MatchForm[] = ["exact", "clitic", "vocative", "suffix", "repeated", "spaced", "dotless", "lookalike", "arabizi"];

/** A listed word or phrase found in a text. */
export interface WordMatch {
  /** The list entry as it was configured. */
  word: string;
  /** The span in the text as given, from the first proclitic to the last mark of the last word. */
  index: number;
  length: number;
  form: MatchForm;
}

/** A list entry; `clitics: false` matches the word only as it stands (كس but never بكس). */
export interface ListedWord {
  word: string;
  clitics: boolean;
}

/** A word list compiled once, then run against any number of comments. */
export interface WordList {
  /** The first listed word or phrase in reading order, or undefined. */
  find(text: string): WordMatch | undefined;
  /** Every listed word or phrase found, in reading order (one per starting word). */
  findAll(text: string): WordMatch[];
}

interface Entry {
  word: string;
  words: readonly string[];
  clitics: boolean;
}

interface Reading {
  key: string;
  form: MatchForm;
  /** A reading that takes something off the word applies to entries that allow clitics only. */
  affixed: boolean;
}

/** A word of the text, or several pieces of one word spaced apart. */
interface Token {
  text: string;
  start: number;
  end: number;
  spaced: boolean;
}

// Pieces of one word: single letters apart (خ ن ز ي ر), or longer pieces joined by punctuation
// or an unusual space (خن-زير، خن زير with a hair space). Gaps are read in the text as given.
const SPACE_OR_PUNCTUATION_GAP = /^[^\n\p{L}\p{N}]{1,3}$/u;
const TIGHT_GAP = /^[^\s\p{L}\p{N}]{1,3}$|^[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]$/u;
const MAX_PIECES = 12;
const MIN_SPACED_LETTERS = 3;

function spacedTokens(text: string, words: readonly Word[]): Token[] {
  const tokens: Token[] = [];
  for (let first = 0; first < words.length; first++) {
    let joined = words[first]!.text;
    let letters = [...joined].length === 1;
    let tight = true;
    for (let last = first + 1; last < Math.min(words.length, first + MAX_PIECES); last++) {
      const gap = text.slice(words[last - 1]!.end, words[last]!.start);
      const piece = words[last]!.text;
      letters &&= [...piece].length === 1 && SPACE_OR_PUNCTUATION_GAP.test(gap);
      tight &&= TIGHT_GAP.test(gap);
      if (!letters && !tight) break;
      joined += piece;
      if (tight || (letters && last - first + 1 >= MIN_SPACED_LETTERS)) {
        tokens.push({ text: joined, start: words[first]!.start, end: words[last]!.end, spaced: true });
      }
    }
  }
  return tokens;
}

/** Every way to read a token, the word as it stands first. */
function readingsOfToken(text: string, spaced: boolean): Reading[] {
  const readings: Reading[] = [];
  const add = (key: string, form: MatchForm, affixed: boolean) => readings.push({ key, form: spaced ? "spaced" : form, affixed });
  const affixedReadings = (word: string, form: MatchForm | null) => {
    for (const reading of readingsOf(word)) {
      if (reading !== word) add(reading, form ?? "clitic", true);
      for (const stem of withoutSuffixes(reading)) add(stem, form ?? "suffix", true);
    }
  };
  add(text, "exact", false);
  affixedReadings(text, null);
  const afterVocative = withoutVocative(text);
  if (afterVocative) {
    add(afterVocative, "vocative", true);
    affixedReadings(afterVocative, "vocative");
  }
  const collapsed = collapseRepeats(text);
  if (collapsed !== text) {
    add(collapsed, "repeated", false);
    affixedReadings(collapsed, "repeated");
  }
  for (const dotted of dotlessReadings(text)) {
    add(dotted, "dotless", false);
    affixedReadings(dotted, "dotless");
  }
  const latin = latinReading(text);
  if (latin) add(latin, "lookalike", false);
  return readings;
}

/**
 * Compiles a word list. Entries are matched as whole normalised words (a phrase as consecutive
 * words), so spelling variants, tashkeel, tatweel and hidden characters do not matter, Latin is
 * case-insensitive, and, unless an entry says otherwise, Arabic proclitics, a vocative and
 * possessive suffixes may surround it. Spaced, repeated, look-alike and Arabizi spellings are
 * read too (MatchForm). Entries are indexed by their first word (and by their repeat-free form
 * and consonant skeleton), so a comment costs a few map look-ups per reading of each word.
 */
export function compileWordList(listed: readonly (string | ListedWord)[]): WordList {
  const byFirstWord = new Map<string, Entry[]>();
  const bySkeleton = new Map<string, Entry[]>();
  const compiled = new Set<string>();
  const push = (map: Map<string, Entry[]>, key: string, entry: Entry) => map.set(key, [...(map.get(key) ?? []), entry]);
  for (const item of listed) {
    const { word, clitics } = typeof item === "string" ? { word: item, clitics: true } : item;
    const words = splitWords(word).map((written) => written.text);
    const [first] = words;
    const key = words.join(" ");
    // An entry with no letters can match nothing; a second spelling of an entry adds nothing.
    if (first === undefined || compiled.has(key)) continue;
    compiled.add(key);
    const entry = { word, words, clitics };
    push(byFirstWord, first, entry);
    const repeatFree = collapseRepeats(first);
    if (repeatFree !== first) push(byFirstWord, repeatFree, entry);
    const skeleton = words.length === 1 ? arabicSkeleton(first) : undefined;
    if (skeleton) push(bySkeleton, skeleton, entry);
  }

  function matchAt(words: readonly Word[], position: number, token: Token): WordMatch | undefined {
    let best: { entry: Entry; form: MatchForm } | undefined;
    const consider = (entry: Entry, form: MatchForm) => {
      if (entry.words.length > (best?.entry.words.length ?? 0)) best = { entry, form };
    };
    for (const reading of readingsOfToken(token.text, token.spaced)) {
      for (const entry of byFirstWord.get(reading.key) ?? []) {
        if (reading.affixed && !entry.clitics) continue;
        // Phrases continue over the words that follow; a spaced-out token stands alone.
        if (token.spaced && entry.words.length > 1) continue;
        const follows = entry.words.every((word, offset) => offset === 0 || words[position + offset]?.text === word);
        if (follows) consider(entry, reading.form);
      }
    }
    const skeleton = arabiziSkeleton(token.text);
    for (const entry of skeleton ? (bySkeleton.get(skeleton) ?? []) : []) consider(entry, "arabizi");
    if (!best) return undefined;
    const last = token.spaced ? token : words[position + best.entry.words.length - 1]!;
    return { word: best.entry.word, index: token.start, length: last.end - token.start, form: best.form };
  }

  function findAll(text: string): WordMatch[] {
    const words = splitWords(text);
    const matches: WordMatch[] = [];
    for (const [position, word] of words.entries()) {
      const match = matchAt(words, position, { ...word, spaced: false });
      if (match) matches.push(match);
    }
    for (const token of spacedTokens(text, words)) {
      const position = words.findIndex((word) => word.start === token.start);
      const match = matchAt(words, position, token);
      if (match) matches.push(match);
    }
    return matches.sort((a, b) => a.index - b.index || b.length - a.length);
  }

  return {
    find: (text) => findAll(text)[0],
    findAll,
  };
}

/** The first match that no exception covers (الخنزير البري is not خنزير). */
export function firstUnexcepted(matches: readonly WordMatch[], exceptions: readonly WordMatch[]): WordMatch | undefined {
  return matches.find(
    (match) => !exceptions.some((exception) => exception.index <= match.index && exception.index + exception.length >= match.index + match.length),
  );
}
