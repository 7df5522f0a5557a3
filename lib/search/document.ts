import { plainTextOf, type ArticleDocument } from "@/lib/article-document";
import { stripArabicMarks } from "@/lib/arabic/normalize";
import { indexedText, searchWord } from "./search-form";

/** Raised whenever indexedText changes what it writes: rows written before are rewritten at start-up. */
export const SEARCH_FORM_VERSION = 2;

// What the search index holds for one story: the same normaliser that reads queries (in its search
// form, lib/search/search-form.ts), applied to every searchable field. Weighted in the database: headline A, summary (kicker, dek, tags) B, body C.

export interface SearchableArticle {
  headline: string;
  kicker: string;
  dek: string;
  tags: readonly string[];
  body: ArticleDocument;
}

export interface SearchDocument {
  headline: string;
  summary: string;
  body: string;
}

export function searchDocumentOf(article: SearchableArticle): SearchDocument {
  return {
    headline: indexedText(article.headline),
    summary: indexedText([article.kicker, article.dek, ...article.tags].filter(Boolean).join("\n")),
    body: indexedText(plainTextOf(article.body)),
  };
}

const VOCABULARY_WORD = /\p{L}[\p{L}\p{M}]{2,}/gu;
const MAX_VOCABULARY_WORD = 40;
const ARTICLE = /^(?:[وف](?=ال))?ال(?=\p{L}{3})/u;

/** The words of a story worth suggesting: three letters or more, in their search form and as written. */
export function vocabularyOf(article: SearchableArticle): Map<string, string> {
  const words = new Map<string, string>();
  const texts = [article.headline, article.kicker, article.dek, ...article.tags, plainTextOf(article.body)];
  for (const text of texts) {
    for (const [whole] of stripArabicMarks(text).matchAll(VOCABULARY_WORD)) {
      if (whole.length > MAX_VOCABULARY_WORD) continue;
      // Without the article, so that تكنولجيا is near تكنولوجيا rather than التكنولوجيا.
      const written = whole.replace(ARTICLE, "");
      const word = searchWord(written);
      if (!words.has(word)) words.set(word, written);
    }
  }
  return words;
}
