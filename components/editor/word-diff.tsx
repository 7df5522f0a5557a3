import type { DiffPart } from "@/lib/editorial/diff";
import { ar } from "@/lib/i18n/newsroom";

/** Added words underlined in green, removed ones struck through in red; both announced. */
export function WordDiff({ parts }: { parts: DiffPart[] }) {
  return (
    <div className="word-diff" dir="rtl">
      {parts.map((part, index) =>
        part.kind === "added" ? (
          <ins key={index} title={ar.editor.revisions.added}>
            {part.text}
          </ins>
        ) : part.kind === "removed" ? (
          <del key={index} title={ar.editor.revisions.removed}>
            {part.text}
          </del>
        ) : (
          <span key={index}>{part.text}</span>
        ),
      )}
    </div>
  );
}
