import type { CommentMode } from "@/db/schema/enums";
import type { ArticleDocument, ArticleImageAttrs } from "@/lib/article-document";

// Everything a writer or editor can change about a story's content: what a revision keeps,
// what a save sends, and what two versions are compared on. Status and dates are not content.
export interface ArticleSnapshot {
  kicker: string;
  headline: string;
  dek: string;
  dateline: string;
  source: string;
  body: ArticleDocument;
  sectionId: number;
  tags: string[];
  authorIds: string[];
  cover: ArticleImageAttrs | null;
  slug: string;
  seoTitle: string;
  seoDescription: string;
  commentMode: CommentMode;
  isBreaking: boolean;
}

export const snapshotFields = [
  "headline",
  "kicker",
  "dek",
  "dateline",
  "body",
  "source",
  "sectionId",
  "tags",
  "authorIds",
  "cover",
  "slug",
  "seoTitle",
  "seoDescription",
  "commentMode",
  "isBreaking",
] as const satisfies readonly (keyof ArticleSnapshot)[];

export type SnapshotField = (typeof snapshotFields)[number];

// jsonb reorders object keys, so values are compared in a canonical form.
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, inner]) => inner !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, inner]) => `${JSON.stringify(key)}:${canonical(inner)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

export function sameValue(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}

/** The fields that differ between two snapshots, in the editor's order. */
export function changedFields(before: ArticleSnapshot, after: ArticleSnapshot): SnapshotField[] {
  return snapshotFields.filter((field) => !sameValue(before[field], after[field]));
}
