"use client";

import { useEffect, useRef } from "react";
import { ar } from "@/lib/i18n/newsroom";

const t = ar.editor.publishConfirm;

export interface PublishPreview {
  headline: string;
  section: string;
  /** The full public address, percent-encoded as on the wire. */
  url: string;
}

function readable(url: string) {
  try {
    return decodeURI(url);
  } catch {
    return url;
  }
}

/**
 * The one question before a story goes out: this headline, in this section, at this address.
 * A modal <dialog>, so focus stays in it and Escape cancels.
 */
export function PublishDialog({
  preview,
  busy,
  onConfirm,
  onCancel,
}: {
  preview: PublishPreview | null;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (preview && !element.open) element.showModal();
    if (!preview && element.open) element.close();
  }, [preview]);

  return (
    <dialog ref={dialog} className="publish-confirm" aria-labelledby="publish-confirm-title" onClose={onCancel}>
      {preview && (
        <>
          <h2 id="publish-confirm-title">{t.title}</h2>
          <dl className="meta-list publish-confirm__facts">
            <div>
              <dt>{t.headline}</dt>
              <dd>{preview.headline}</dd>
            </div>
            <div>
              <dt>{t.section}</dt>
              <dd>{preview.section}</dd>
            </div>
            <div>
              <dt>{t.url}</dt>
              <dd>
                <bdi dir="ltr" className="publish-confirm__url">
                  {readable(preview.url)}
                </bdi>
              </dd>
            </div>
          </dl>
          <div className="button-row">
            <button type="button" className="button button--accent" disabled={busy} onClick={onConfirm}>
              {t.confirm}
            </button>
            <button type="button" className="button button--quiet" autoFocus onClick={onCancel}>
              {ar.editor.actions.cancel}
            </button>
          </div>
        </>
      )}
    </dialog>
  );
}
