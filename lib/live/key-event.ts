import { plainTextOf, type ArticleDocument } from "@/lib/article-document";
import { shortenAtWord } from "@/lib/shorten";

const TITLE_LENGTH = 120;

/** A key event is listed by its update's headline, or by the start of its text when it has none. */
export function keyEventTitle(update: { headline: string; body: ArticleDocument }): string {
  return update.headline || shortenAtWord(plainTextOf(update.body), TITLE_LENGTH);
}
