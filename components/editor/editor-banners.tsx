import type { EditorArticle } from "@/lib/dal/newsroom-articles";
import type { Person } from "@/lib/arabic/addressing";
import type { Conflict } from "@/lib/editorial/save-session";
import { ar } from "@/lib/i18n/newsroom";

const t = ar.editor;

/** What the editor must know before typing: colleagues here, a conflict, a kept copy, a return note, a notice. */
export function EditorBanners({
  othersEditing,
  conflict,
  onOpenMerge,
  backupOffered,
  onRestoreBackup,
  onDiscardBackup,
  returnNote,
  readOnly,
  notice,
}: {
  othersEditing: Person[];
  conflict: Conflict | null;
  onOpenMerge: () => void;
  backupOffered: boolean;
  onRestoreBackup: () => void;
  onDiscardBackup: () => void;
  returnNote: EditorArticle["returnNote"] | null;
  readOnly: boolean;
  notice: { text: string; ok: boolean } | null;
}) {
  return (
    <div className="story-editor__banners">
      {othersEditing.length > 0 && (
        <p className="banner banner--presence" role="status">
          {t.presence(othersEditing)}
        </p>
      )}
      {conflict && (
        <div className="banner banner--conflict" role="alert">
          <p>{conflict.message}</p>
          <button type="button" className="button button--small" onClick={onOpenMerge}>
            {t.merge.open}
          </button>
        </div>
      )}
      {backupOffered && (
        <div className="banner banner--backup" role="status">
          <p>
            <strong>{t.save.restoreBackupTitle}</strong>
          </p>
          <div className="button-row">
            <button type="button" className="button button--small" onClick={onRestoreBackup}>
              {t.save.restoreBackup}
            </button>
            <button type="button" className="button button--small button--quiet" onClick={onDiscardBackup}>
              {t.save.discardBackup}
            </button>
          </div>
        </div>
      )}
      {returnNote && (
        <div className="banner banner--returned" role="status">
          <p>
            <strong>{t.returnNote.banner(returnNote.by ?? t.someoneElse)}</strong>
          </p>
          <p dir="auto">{returnNote.note}</p>
        </div>
      )}
      {readOnly && <p className="banner">{t.readOnly}</p>}
      {notice && (
        <p className={notice.ok ? "banner banner--ok" : "banner banner--error"} role={notice.ok ? "status" : "alert"}>
          {notice.text}
        </p>
      )}
    </div>
  );
}
