import { readingsOf } from "./proclitics";
import { splitWords, type Word } from "./words";

/** A listed word or phrase found in a text. */
export interface WordMatch {
  /** The list entry as it was configured. */
  word: string;
  /** The span in the text as given, from the first proclitic to the last mark of the last word. */
  index: number;
  length: number;
}

/** A word list compiled once, then run against any number of comments. */
export interface WordList {
  /** The first listed word or phrase in reading order, or undefined. */
  find(text: string): WordMatch | undefined;
}

interface Entry {
  word: string;
  words: readonly string[];
}

/**
 * Compiles a word list. Entries are matched as whole normalised words (a phrase as consecutive
 * words), so spelling variants, tashkeel, tatweel and hidden characters do not matter, Latin is
 * case-insensitive, and Arabic proclitics may precede an entry (والكلب، بالكلب، للكلب for كلب).
 * Entries are indexed by their first word, so a comment costs one map look-up per reading of
 * each of its words, whatever the length of the list.
 */
export function compileWordList(entries: readonly string[]): WordList {
  const entriesByFirstWord = new Map<string, Entry[]>();
  const compiled = new Set<string>();
  for (const word of entries) {
    const words = splitWords(word).map((written) => written.text);
    const [first] = words;
    const key = words.join(" ");
    // An entry with no letters can match nothing; a second spelling of an entry adds nothing.
    if (first === undefined || compiled.has(key)) continue;
    compiled.add(key);
    entriesByFirstWord.set(first, [...(entriesByFirstWord.get(first) ?? []), { word, words }]);
  }

  function longestEntryAt(words: readonly Word[], position: number, first: Word): Entry | undefined {
    let longest: Entry | undefined;
    for (const reading of readingsOf(first.text)) {
      for (const entry of entriesByFirstWord.get(reading) ?? []) {
        const follows = entry.words.every((word, offset) => offset === 0 || words[position + offset]?.text === word);
        if (follows && entry.words.length > (longest?.words.length ?? 0)) longest = entry;
      }
    }
    return longest;
  }

  return {
    find(text) {
      const words = splitWords(text);
      for (const [position, first] of words.entries()) {
        const entry = longestEntryAt(words, position, first);
        const last = entry && words[position + entry.words.length - 1];
        if (entry && last) return { word: entry.word, index: first.start, length: last.end - first.start };
      }
      return undefined;
    },
  };
}
