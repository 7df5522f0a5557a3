import { WordDiff } from "@/components/editor/word-diff";
import type { StoredWireItem } from "@/db/schema/wire";
import { plainTextOf } from "@/lib/article-document";
import { wordDiff } from "@/lib/editorial/diff";
import { ar } from "@/lib/i18n/newsroom";

const t = ar.wire.item;

/**
 * What changed from one version of an agency item to another: the headline and the body word by
 * word, and beside them (below them on a phone) the newer text as it reads now.
 */
export function WireDiff({ before, after, heading, headingId }: { before: StoredWireItem; after: StoredWireItem; heading: string; headingId: string }) {
  const fields = [
    { name: t.headline, before: before.headline, after: after.headline },
    { name: t.body, before: plainTextOf(before.body), after: plainTextOf(after.body) },
  ];
  return (
    <section className="diff-view wire-diff" aria-labelledby={headingId}>
      <h3 id={headingId}>{heading}</h3>
      {fields.map((field) => {
        const parts = wordDiff(field.before, field.after);
        return (
        <div key={field.name} className="diff-view__field">
          <h4>{field.name}</h4>
          {field.before === field.after ? (
            <p className="empty-state">{t.noChange}</p>
          ) : (
            <div className="wire-diff__columns">
              <div>
                <p className="wire-diff__label">{t.before}</p>
                <WordDiff parts={parts.filter((part) => part.kind !== "added")} />
              </div>
              <div>
                <p className="wire-diff__label">{t.after}</p>
                <WordDiff parts={parts.filter((part) => part.kind !== "removed")} />
              </div>
            </div>
          )}
        </div>
        );
      })}
    </section>
  );
}
