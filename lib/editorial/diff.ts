import { diffWords } from "diff";
import { plainTextOf } from "@/lib/article-document";
import type { ArticleSnapshot, SnapshotField } from "./snapshot";

// Readable differences between two versions of a story, word by word (Arabic words are
// found with Intl.Segmenter, so a changed letter marks its word, not the whole line).

export interface DiffPart {
  kind: "same" | "added" | "removed";
  text: string;
}

const segmenter = new Intl.Segmenter("ar", { granularity: "word" });

export function wordDiff(before: string, after: string): DiffPart[] {
  return diffWords(before, after, { intlSegmenter: segmenter }).map((change) => ({
    kind: change.added ? "added" : change.removed ? "removed" : "same",
    text: change.value,
  }));
}

export interface SnapshotLabels {
  sections: Map<number, string>;
  authors: Map<string, string>;
  commentModes: Record<string, string>;
  yes: string;
  no: string;
}

/** A field of a snapshot as a person would read it, for diffs and the merge panel. */
export function fieldText(snapshot: ArticleSnapshot, field: SnapshotField, labels: SnapshotLabels): string {
  switch (field) {
    case "body":
      return plainTextOf(snapshot.body);
    case "sectionId":
      return labels.sections.get(snapshot.sectionId) ?? String(snapshot.sectionId);
    case "authorIds":
      return snapshot.authorIds.map((id) => labels.authors.get(id) ?? "؟").join("، ");
    case "tags":
      return snapshot.tags.join("، ");
    case "cover":
      return snapshot.cover ? [snapshot.cover.alt, snapshot.cover.caption, snapshot.cover.credit].filter(Boolean).join(" — ") : "";
    case "commentMode":
      return labels.commentModes[snapshot.commentMode] ?? snapshot.commentMode;
    case "isBreaking":
      return snapshot.isBreaking ? labels.yes : labels.no;
    default:
      return snapshot[field];
  }
}
