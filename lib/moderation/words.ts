import { normalizeArabic } from "@/lib/arabic/normalize";

/** A word of a text, normalised for matching, and the span it was written in. */
export interface Word {
  text: string;
  start: number;
  end: number;
}

// A character with the marks that follow it is normalised as one piece, so that NFC still
// composes ا + U+0654 into أ, and so every normalised character maps back to what was typed.
const CLUSTER = /\P{M}\p{M}*|\p{M}+/gu;
const WORD_CHARACTER = /[\p{L}\p{M}\p{N}]/u;

// Texts are made of few distinct clusters, so each is normalised once; the bound keeps text
// crafted with endless distinct clusters from growing the cache.
const CACHE_LIMIT = 4096;
const normalizedClusters = new Map<string, string>();

function normalizeCluster(cluster: string): string {
  let normalized = normalizedClusters.get(cluster);
  if (normalized === undefined) {
    if (normalizedClusters.size >= CACHE_LIMIT) normalizedClusters.clear();
    normalized = normalizeArabic(cluster);
    normalizedClusters.set(cluster, normalized);
  }
  return normalized;
}

/**
 * Splits text into words normalised by the shared Arabic normaliser, each with its span
 * (UTF-16 offsets) in the text as given. Letters, marks and digits make words; anything else
 * separates them. What the normaliser removes (tashkeel, tatweel, bidi controls, zero-width
 * characters) vanishes inside a word instead of splitting it, and stays inside its span.
 */
export function splitWords(text: string): Word[] {
  const words: Word[] = [];
  let current: Word | undefined;
  for (const { 0: cluster, index: start } of text.matchAll(CLUSTER)) {
    const end = start + cluster.length;
    for (const char of normalizeCluster(cluster)) {
      if (!WORD_CHARACTER.test(char)) {
        current = undefined;
        continue;
      }
      if (!current) {
        current = { text: "", start, end };
        words.push(current);
      }
      current.text += char;
      current.end = end;
    }
  }
  return words;
}
