import { plainTextOf, type ArticleDocument } from "@/lib/article-document";
import { searchText } from "./search-form";

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
    headline: searchText(article.headline),
    summary: searchText([article.kicker, article.dek, ...article.tags].filter(Boolean).join("\n")),
    body: searchText(plainTextOf(article.body)),
  };
}
