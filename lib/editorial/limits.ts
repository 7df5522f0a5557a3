// Field limits, shared by the server-side validation and the editor's counters.
export const ARTICLE_LIMITS = {
  kicker: 60,
  headline: 200,
  dek: 400,
  dateline: 80,
  source: 120,
  seoTitle: 110,
  seoDescription: 300,
  tags: 12,
  tagName: 40,
  authors: 6,
  bodyCharacters: 100_000,
  correctionNote: 1_000,
  returnNote: 1_000,
} as const;

/** A live update is short: a headline and a few paragraphs, perhaps a photo. */
export const LIVE_UPDATE_LIMITS = {
  headline: 200,
  bodyCharacters: 4_000,
} as const;

/** Updates per page of a live story, newest first. */
export const LIVE_UPDATES_PER_PAGE = 20;
