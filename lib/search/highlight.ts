import { indexedWord } from "./search-form";

// Marks the words a search matched, in the text as written (diacritics and spelling intact).
// Parts are plain strings rendered by React as <mark> elements: nothing here is HTML.

export interface TextPart {
  text: string;
  match: boolean;
}

/** Receives each word as written (see searchFormsOf for how it is looked up). */
export type WordMatcher = (writtenWord: string) => boolean;

const WORD = /[\p{L}\p{N}\p{M}]+/gu;
const ELLIPSIS = "…";

interface Token {
  start: number;
  end: number;
  match: boolean;
}

function tokensOf(text: string, isMatch: WordMatcher): Token[] {
  return [...text.matchAll(WORD)].map((found) => ({
    start: found.index,
    end: found.index + found[0].length,
    match: isMatch(found[0]),
  }));
}

/**
 * Each distinct word of `texts` as written, with its search form (lib/search/search-form.ts), for
 * looking up how the index sees it. A results page repeats its words many times: each is
 * normalised once.
 */
export function searchFormsOf(texts: readonly string[]): Map<string, string> {
  const forms = new Map<string, string>();
  for (const text of texts) {
    for (const [word] of text.matchAll(WORD)) if (!forms.has(word)) forms.set(word, indexedWord(word));
  }
  return forms;
}

function partsOf(text: string, tokens: readonly Token[], from: number, to: number): TextPart[] {
  const parts: TextPart[] = [];
  const push = (slice: string, match: boolean) => {
    if (!slice) return;
    const last = parts[parts.length - 1];
    if (last && last.match === match && !match) last.text += slice;
    else parts.push({ text: slice, match });
  };
  let cursor = from;
  for (const token of tokens) {
    if (token.end <= from || token.start >= to) continue;
    if (!token.match) continue;
    push(text.slice(cursor, token.start), false);
    push(text.slice(token.start, token.end), true);
    cursor = token.end;
  }
  push(text.slice(cursor, to), false);
  return parts;
}

/** The whole of `text`, with matched words marked. */
export function highlight(text: string, isMatch: WordMatcher): TextPart[] {
  return partsOf(text, tokensOf(text, isMatch), 0, text.length);
}

/**
 * A passage of about `maxWords` words around the densest run of matches (the opening words when
 * nothing matches), with matched words marked and cuts shown by an ellipsis.
 */
export function snippet(text: string, isMatch: WordMatcher, maxWords = 36): { parts: TextPart[]; matched: boolean } {
  const tokens = tokensOf(text, isMatch);
  if (tokens.length === 0) return { parts: [], matched: false };
  const matchIndexes = tokens.flatMap((token, index) => (token.match ? [index] : []));

  let start = 0;
  let best = -1;
  for (const index of matchIndexes) {
    const candidate = Math.max(0, index - 6);
    const count = matchIndexes.filter((m) => m >= candidate && m < candidate + maxWords).length;
    if (count > best) {
      best = count;
      start = candidate;
    }
  }
  const end = Math.min(tokens.length, start + maxWords) - 1;
  const from = tokens[start]!.start;
  const to = tokens[end]!.end;
  const parts = partsOf(text, tokens, from, to);
  if (start > 0) parts.unshift({ text: `${ELLIPSIS} `, match: false });
  if (end < tokens.length - 1) parts.push({ text: ` ${ELLIPSIS}`, match: false });
  return { parts: mergePlain(parts), matched: matchIndexes.length > 0 };
}

function mergePlain(parts: TextPart[]): TextPart[] {
  const merged: TextPart[] = [];
  for (const part of parts) {
    const last = merged[merged.length - 1];
    if (last && !last.match && !part.match) last.text += part.text;
    else merged.push({ ...part });
  }
  return merged;
}
