"use client";

import type { Editor } from "@tiptap/react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import type { ArticleStatus, CommentMode } from "@/db/schema/enums";
import { slugify } from "@/lib/arabic/slugify";
import { emptyDocument, isEmptyDocument, type ArticleDocument } from "@/lib/article-document";
import type { EditorArticle, EditorOptions } from "@/lib/dal/newsroom-articles";
import { ARTICLE_LIMITS } from "@/lib/editorial/limits";
import type { ConflictDetails, SaveOutcome } from "@/lib/editorial/outcomes";
import { sameValue, type ArticleSnapshot, type SnapshotField } from "@/lib/editorial/snapshot";
import type { WorkflowAction } from "@/lib/editorial/workflow";
import { ar } from "@/lib/i18n/ar";
import { CheckField, EditorField } from "@/components/editor/field";
import { MergePanel } from "@/components/editor/merge-panel";
import { plainDocument, RichTextEditor } from "@/components/editor/rich-text-editor";
import { PublishDialog } from "@/components/editor/publish-dialog";
import { ReturnNoteBox } from "@/components/editor/return-note-box";
import { AuthorsField, CoverImageField, TagsField } from "@/components/editor/sidebar-fields";
import { createArticleAction, publicationPreviewAction, saveArticleAction, transitionArticleAction, type PublicationPreviewAnswer } from "./actions";
import { usePresence } from "./use-presence";

const t = ar.editor;
const AUTOSAVE_AFTER_MS = 2_500;
const RETRY_AFTER_MS = 10_000;

export type Draft = ArticleSnapshot & { slugEdited: boolean };

type SaveState =
  | { kind: "idle" }
  | { kind: "dirty" }
  | { kind: "saving" }
  | { kind: "saved"; label: string }
  | { kind: "invalid"; message: string }
  | { kind: "conflict"; message: string }
  | { kind: "error"; message: string };

interface Backup {
  draft: Draft;
  baseVersion: number;
  at: number;
}

const commentModes: CommentMode[] = ["open", "premoderated", "closed"];

export interface StoryEditorProps {
  article: EditorArticle | null;
  options: EditorOptions;
  viewer: { id: string; name: string };
  timeZoneName: string;
  defaultScheduleAt: string;
  labels: { publishedAt: string | null; scheduledFor: string | null; updatedAt: string | null; modifiedAt: string | null };
  /** Server-rendered panels (corrections, history) shown in the sidebar. */
  children?: ReactNode;
}

function initialDraftFor(article: EditorArticle | null, options: EditorOptions, viewerId: string): Draft {
  if (article) {
    const { content } = article;
    // A slug that still follows the headline keeps following it, until readers have seen it.
    const slugEdited = article.publishedAt !== null || content.slug !== slugify(content.headline);
    return { ...content, slugEdited };
  }
  return {
    kicker: "",
    headline: "",
    dek: "",
    dateline: "",
    source: "",
    body: emptyDocument(),
    sectionId: options.sections[0]?.id ?? 0,
    tags: [],
    authorIds: options.authors.some((author) => author.id === viewerId) ? [viewerId] : [],
    cover: null,
    slug: "",
    slugEdited: false,
    seoTitle: "",
    seoDescription: "",
    commentMode: "open",
    isBreaking: false,
  };
}

const backupKey = (articleId: string | null) => `khabar:story:${articleId ?? "new"}`;

function readBackup(articleId: string | null): Backup | null {
  try {
    const raw = window.localStorage.getItem(backupKey(articleId));
    return raw ? (JSON.parse(raw) as Backup) : null;
  } catch {
    return null;
  }
}

function writeBackup(articleId: string | null, backup: Backup | null) {
  try {
    if (backup) window.localStorage.setItem(backupKey(articleId), JSON.stringify(backup));
    else window.localStorage.removeItem(backupKey(articleId));
  } catch {
    // Private browsing or a full quota: the server copy is still the safety net.
  }
}

export function StoryEditor({ article, options, viewer, timeZoneName, defaultScheduleAt, labels, children }: StoryEditorProps) {
  const router = useRouter();
  const initialDraft = useMemo(() => initialDraftFor(article, options, viewer.id), [article, options, viewer.id]);
  const [draft, setDraft] = useState<Draft>(initialDraft);
  const [status, setStatus] = useState<ArticleStatus>(article?.status ?? "draft");
  const [saveState, setSaveState] = useState<SaveState>(
    article ? { kind: "saved", label: labels.modifiedAt ?? "" } : { kind: "idle" },
  );
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});
  const [conflict, setConflict] = useState<(ConflictDetails & { message: string }) | null>(null);
  const [mergeOpen, setMergeOpen] = useState(false);
  const [notice, setNotice] = useState<{ text: string; ok: boolean } | null>(null);
  const [markAsUpdate, setMarkAsUpdate] = useState(false);
  const [pendingBackup, setPendingBackup] = useState<Backup | null>(null);
  const [scheduleAt, setScheduleAt] = useState(defaultScheduleAt);
  const [scheduleOpen, setScheduleOpen] = useState(false);
  const [returnOpen, setReturnOpen] = useState(false);
  const [publishPreview, setPublishPreview] = useState<PublicationPreviewAnswer & { ok: true } | null>(null);
  const [busy, setBusy] = useState(false);
  const [articleId, setArticleId] = useState<string | null>(article?.id ?? null);
  // Presence: colleagues see who has the story open, and stop seeing it once they leave.
  const othersEditing = usePresence(articleId, article?.othersEditing ?? []);

  const [actions, setActions] = useState<WorkflowAction[]>(article?.actions ?? []);
  const [editable, setEditable] = useState(article ? article.canEdit : true);
  const canEdit = editable && status !== "archived";
  const isLive = status === "published";

  // Refs hold what the asynchronous save loop needs without re-subscribing on every keystroke.
  const draftRef = useRef(draft);
  const versionRef = useRef(article?.version ?? 0);
  const idRef = useRef<string | null>(article?.id ?? null);
  const changeCount = useRef(0);
  const savedCount = useRef(0);
  const inFlight = useRef<Promise<boolean> | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const editorRef = useRef<Editor | null>(null);
  const statusRef = useRef(status);
  const conflictRef = useRef(conflict);
  const markRef = useRef(markAsUpdate);
  useEffect(() => {
    statusRef.current = status;
    conflictRef.current = conflict;
    markRef.current = markAsUpdate;
  }, [status, conflict, markAsUpdate]);

  const isDirty = () => changeCount.current !== savedCount.current;
  // The autosave timer, reachable from the save loop that is declared before it.
  const scheduleRef = useRef<(delay: number) => void>(() => undefined);

  // ---------------------------------------------------------------- saving

  const performSave = useCallback(async (kind: "auto" | "manual"): Promise<boolean> => {
    if (inFlight.current) {
      await inFlight.current;
      if (kind === "auto" || !isDirty()) return !conflictRef.current;
    }
    const run = async (): Promise<boolean> => {
      const startedAt = changeCount.current;
      const payload = draftRef.current;
      setSaveState({ kind: "saving" });
      let outcome: SaveOutcome;
      try {
        outcome = idRef.current
          ? await saveArticleAction(
              { articleId: idRef.current, baseVersion: versionRef.current, markAsUpdate: markRef.current, content: payload },
              kind === "auto",
            )
          : await createArticleAction(payload);
      } catch {
        setSaveState({ kind: "error", message: t.save.offline });
        scheduleRef.current(RETRY_AFTER_MS);
        return false;
      }
      if (outcome.ok) {
        versionRef.current = outcome.version;
        savedCount.current = startedAt;
        if (!idRef.current) {
          idRef.current = outcome.articleId;
          setArticleId(outcome.articleId);
          writeBackup(null, null);
          window.history.replaceState(null, "", `/editor/articles/${outcome.articleId}`);
        }
        setStatus(outcome.status);
        setActions(outcome.actions);
        setEditable(outcome.canEdit);
        setFieldErrors({});
        setSaveState({ kind: "saved", label: t.save.savedAt(outcome.savedAtLabel) });
        if (outcome.slug !== payload.slug) {
          setDraft((current) => ({ ...current, slug: outcome.slug }));
          draftRef.current = { ...draftRef.current, slug: outcome.slug };
        }
        if (markRef.current) setMarkAsUpdate(false);
        if (!isDirty()) writeBackup(idRef.current, null);
        return true;
      }
      if (outcome.kind === "invalid") {
        setFieldErrors(outcome.fieldErrors);
        setSaveState({ kind: "invalid", message: outcome.message });
      } else if (outcome.kind === "conflict") {
        setConflict(conflictOf(outcome));
        setSaveState({ kind: "conflict", message: outcome.message });
      } else {
        setSaveState({ kind: "error", message: outcome.message });
      }
      return false;
    };
    const promise = run().finally(() => {
      inFlight.current = null;
    });
    inFlight.current = promise;
    const ok = await promise;
    if (ok && isDirty()) scheduleRef.current(AUTOSAVE_AFTER_MS);
    return ok;
  }, []);

  const autosaveAllowed = useCallback(
    () =>
      canEdit &&
      statusRef.current !== "published" &&
      !conflictRef.current &&
      draftRef.current.headline.trim().length > 0 &&
      // A new story is created once it has words as well as a headline.
      (idRef.current !== null || !isEmptyDocument(draftRef.current.body)),
    [canEdit],
  );

  const scheduleSave = useCallback(
    (delay: number) => {
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => {
        if (autosaveAllowed() && isDirty()) void performSave("auto");
      }, delay);
    },
    [autosaveAllowed, performSave],
  );
  useEffect(() => {
    scheduleRef.current = scheduleSave;
  }, [scheduleSave]);

  const update = useCallback(
    <K extends keyof Draft>(field: K, value: Draft[K]) => {
      setDraft((current) => {
        const next = { ...current, [field]: value };
        if (field === "headline" && !current.slugEdited) next.slug = slugify(String(value));
        draftRef.current = next;
        return next;
      });
      changeCount.current += 1;
      setSaveState((state) => (state.kind === "conflict" ? state : { kind: "dirty" }));
      if (fieldErrors[field as string]) setFieldErrors((current) => withoutKey(current, field as string));
      scheduleSave(AUTOSAVE_AFTER_MS);
    },
    [fieldErrors, scheduleSave],
  );

  const onBodyChange = useCallback(
    (body: ArticleDocument) => {
      if (!sameValue(body, draftRef.current.body)) update("body", body);
    },
    [update],
  );
  const onEditorReady = useCallback((editor: Editor) => {
    editorRef.current = editor;
    // The editor's own form of the stored body (it may add an empty paragraph) is the baseline, not an edit.
    const normalised = plainDocument(editor);
    draftRef.current = { ...draftRef.current, body: normalised };
    setDraft((current) => ({ ...current, body: normalised }));
  }, []);

  // A copy of the draft in this browser, so that a closed tab or a crash loses nothing.
  useEffect(() => {
    if (!isDirty()) return;
    const handle = setTimeout(() => writeBackup(idRef.current, { draft, baseVersion: versionRef.current, at: Date.now() }), 300);
    return () => clearTimeout(handle);
  }, [draft]);

  // Offer what this browser kept from an earlier visit, if it differs from the saved story.
  useEffect(() => {
    const backup = readBackup(article?.id ?? null);
    if (!backup) return;
    // Restoring client-side state after hydration is exactly what this effect is for.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if (!sameValue(withoutKey(backup.draft, "slugEdited"), withoutKey(initialDraft, "slugEdited"))) setPendingBackup(backup);
    else writeBackup(article?.id ?? null, null);
  }, [article?.id, initialDraft]);

  function restoreBackup() {
    if (!pendingBackup) return;
    setDraft(pendingBackup.draft);
    draftRef.current = pendingBackup.draft;
    editorRef.current?.commands.setContent(pendingBackup.draft.body, { emitUpdate: false });
    changeCount.current += 1;
    setPendingBackup(null);
    setSaveState({ kind: "dirty" });
    setNotice({ text: t.merge.restoredBackup, ok: true });
    // A copy made from an older version goes through the conflict check like any save.
    if (pendingBackup.baseVersion !== versionRef.current) versionRef.current = pendingBackup.baseVersion || versionRef.current;
    scheduleSave(500);
  }

  // Warn before leaving with unsaved changes.
  useEffect(() => {
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (!isDirty()) return;
      writeBackup(idRef.current, { draft: draftRef.current, baseVersion: versionRef.current, at: Date.now() });
      event.preventDefault();
      event.returnValue = t.save.leaveWarning;
    };
    window.addEventListener("beforeunload", onBeforeUnload);
    return () => window.removeEventListener("beforeunload", onBeforeUnload);
  }, []);

  useEffect(() => () => {
    if (timer.current) clearTimeout(timer.current);
  }, []);

  // ---------------------------------------------------------------- workflow

  /** Saves what is typed before the story moves on; false when it could not be saved. */
  async function saveFirst(): Promise<boolean> {
    if ((isDirty() || !idRef.current) && canEdit) return performSave("manual");
    return true;
  }

  /** "Publish now" first shows what goes out where; the dialog's confirmation publishes. */
  async function requestPublish() {
    setBusy(true);
    setNotice(null);
    try {
      if (!(await saveFirst())) return;
      const preview = await publicationPreviewAction(idRef.current);
      if (preview.ok) setPublishPreview(preview);
      else setNotice({ text: preview.message, ok: false });
    } finally {
      setBusy(false);
    }
  }

  async function runTransition(action: WorkflowAction, extra: { expectedSlug?: string; note?: string } = {}) {
    if (action === "unpublish" && !window.confirm(t.actions.confirmUnpublish)) return;
    if (action === "archive" && !window.confirm(t.actions.confirmArchive)) return;
    setBusy(true);
    setNotice(null);
    try {
      if (!(await saveFirst())) return;
      const outcome = await transitionArticleAction({
        articleId: idRef.current,
        baseVersion: versionRef.current,
        action,
        ...extra,
        ...(action === "schedule" ? { scheduledFor: scheduleAt } : {}),
      });
      setPublishPreview(null);
      if (outcome.ok) {
        setStatus(outcome.status);
        setActions(outcome.actions);
        setEditable(outcome.canEdit);
        versionRef.current = outcome.version;
        if (outcome.slug !== draftRef.current.slug) {
          draftRef.current = { ...draftRef.current, slug: outcome.slug };
          setDraft((current) => ({ ...current, slug: outcome.slug }));
        }
        setScheduleOpen(false);
        setReturnOpen(false);
        setFieldErrors({});
        setNotice({ text: outcome.message + (outcome.status === "scheduled" && outcome.whenLabel ? ` (${outcome.whenLabel})` : ""), ok: true });
        router.refresh();
      } else if (outcome.kind === "invalid") {
        setFieldErrors(outcome.fieldErrors);
        // The note's error shows at its field; the others are named in the banner too.
        if (!outcome.fieldErrors.note) {
          setNotice({ text: outcome.fieldErrors.scheduledFor?.[0] ?? outcome.fieldErrors.body?.[0] ?? outcome.fieldErrors.slug?.[0] ?? outcome.message, ok: false });
        }
      } else if (outcome.kind === "conflict") {
        setConflict(conflictOf(outcome));
        setSaveState({ kind: "conflict", message: outcome.message });
      } else {
        setNotice({ text: outcome.message, ok: false });
      }
    } finally {
      setBusy(false);
    }
  }

  async function saveNow() {
    if (timer.current) clearTimeout(timer.current);
    setBusy(true);
    try {
      await performSave("manual");
    } finally {
      setBusy(false);
    }
  }

  // ---------------------------------------------------------------- merging

  function useTheirs(field: SnapshotField) {
    if (!conflict) return;
    const value = conflict.server.content[field];
    if (field === "body") editorRef.current?.commands.setContent(value as ArticleDocument, { emitUpdate: false });
    update(field, value as Draft[typeof field]);
  }

  function saveMerged() {
    if (!conflict) return;
    versionRef.current = conflict.server.version;
    setStatus(conflict.server.status);
    setConflict(null);
    setMergeOpen(false);
    changeCount.current += 1;
    void saveNow();
  }

  function takeAllTheirs() {
    if (!conflict) return;
    const theirs: Draft = { ...conflict.server.content, slugEdited: true };
    setDraft(theirs);
    draftRef.current = theirs;
    editorRef.current?.commands.setContent(theirs.body, { emitUpdate: false });
    versionRef.current = conflict.server.version;
    setStatus(conflict.server.status);
    savedCount.current = changeCount.current;
    writeBackup(idRef.current, null);
    setConflict(null);
    setMergeOpen(false);
    setSaveState({ kind: "saved", label: t.save.savedAt("—") });
  }

  // ---------------------------------------------------------------- rendering

  const errors = (field: string) => fieldErrors[field];
  const counter = (value: string, max: number) => t.fields.characters(value.length, max);
  const sectionNames = new Map(options.sections.map((section) => [section.id, section.name]));
  const authorNames = new Map(options.authors.map((author) => [author.id, author.name]));
  const primary = primaryActions(actions, status);
  const secondary = actions.filter((action) => !primary.includes(action) && action !== "schedule");

  return (
    <div className="story-editor">
      <h1 className="visually-hidden">{article?.content.headline.trim() ? t.editTitle(article.content.headline) : t.newTitle}</h1>
      <div className="story-editor__bar">
        <Link href="/editor" className="story-editor__back">
          {t.backToDesk}
        </Link>
        <span className={`status-pill status-pill--${status}`}>{t.status[status]}</span>
        <SaveIndicator state={saveState} isLive={isLive} needsHeadline={!draft.headline.trim()} />
        <div className="story-editor__bar-actions">
          {articleId && (
            <>
              <Link href={`/editor/articles/${articleId}/preview`} className="button button--quiet button--small" target="_blank">
                {t.actions.preview}
              </Link>
              <Link href={`/editor/articles/${articleId}/revisions`} className="button button--quiet button--small">
                {t.actions.revisions}
              </Link>
            </>
          )}
          {canEdit && (
            <button type="button" className={isLive ? "button button--accent" : "button button--quiet"} onClick={saveNow} disabled={busy}>
              {isLive ? t.save.update : t.save.save}
            </button>
          )}
          {primary.map((action) => (
            <button
              key={action}
              type="button"
              className="button button--accent"
              disabled={busy}
              onClick={() => (action === "publish" ? requestPublish() : runTransition(action))}
            >
              {t.actions[action]}
            </button>
          ))}
        </div>
      </div>

      <div className="story-editor__banners">
        {othersEditing.length > 0 && (
          <p className="banner banner--presence" role="status">
            {t.presence(othersEditing.join("، "))}
          </p>
        )}
        {conflict && (
          <div className="banner banner--conflict" role="alert">
            <p>{conflict.message}</p>
            <button type="button" className="button button--small" onClick={() => setMergeOpen(true)}>
              {t.merge.open}
            </button>
          </div>
        )}
        {pendingBackup && (
          <div className="banner banner--backup" role="status">
            <p>
              <strong>{t.save.restoreBackupTitle}</strong>
            </p>
            <div className="button-row">
              <button type="button" className="button button--small" onClick={restoreBackup}>
                {t.save.restoreBackup}
              </button>
              <button
                type="button"
                className="button button--small button--quiet"
                onClick={() => {
                  writeBackup(idRef.current, null);
                  setPendingBackup(null);
                }}
              >
                {t.save.discardBackup}
              </button>
            </div>
          </div>
        )}
        {article?.returnNote && status === "draft" && (
          <div className="banner banner--returned" role="status">
            <p>
              <strong>{t.returnNote.banner(article.returnNote.by ?? t.someoneElse)}</strong>
            </p>
            <p dir="auto">{article.returnNote.note}</p>
          </div>
        )}
        {article && !canEdit && <p className="banner">{t.readOnly}</p>}
        {notice && (
          <p className={notice.ok ? "banner banner--ok" : "banner banner--error"} role={notice.ok ? "status" : "alert"}>
            {notice.text}
          </p>
        )}
      </div>

      <PublishDialog
        preview={publishPreview}
        busy={busy}
        onConfirm={() => publishPreview && runTransition("publish", { expectedSlug: publishPreview.slug })}
        onCancel={() => setPublishPreview(null)}
      />

      {conflict && mergeOpen && (
        <MergePanel
          mine={draft}
          conflict={conflict}
          labels={{ sections: sectionNames, authors: authorNames, commentModes: t.fields.commentModes, yes: t.merge.yes, no: t.merge.no }}
          onUseTheirs={useTheirs}
          onSaveMerged={saveMerged}
          onTakeAll={takeAllTheirs}
          onClose={() => setMergeOpen(false)}
        />
      )}

      <div className="story-editor__layout">
        <div className="story-editor__main">
          <EditorField id="field-kicker" label={t.fields.kicker} errors={errors("kicker")} counter={counter(draft.kicker, ARTICLE_LIMITS.kicker)} className="field field--kicker">
            {(ids) => (
              <input
                id={ids.id}
                value={draft.kicker}
                maxLength={ARTICLE_LIMITS.kicker * 2}
                readOnly={!canEdit}
                aria-describedby={ids.describedBy}
                aria-invalid={ids.invalid}
                onChange={(event) => update("kicker", event.target.value)}
              />
            )}
          </EditorField>
          <EditorField id="field-headline" label={t.fields.headline} errors={errors("headline")} counter={counter(draft.headline, ARTICLE_LIMITS.headline)} className="field field--headline">
            {(ids) => (
              <textarea
                id={ids.id}
                rows={2}
                value={draft.headline}
                placeholder={t.headlinePlaceholder}
                readOnly={!canEdit}
                aria-describedby={ids.describedBy}
                aria-invalid={ids.invalid}
                onChange={(event) => update("headline", event.target.value.replace(/\n/g, " "))}
              />
            )}
          </EditorField>
          <EditorField id="field-dek" label={t.fields.dek} hint={t.fields.dekHint} errors={errors("dek")} counter={counter(draft.dek, ARTICLE_LIMITS.dek)} className="field field--dek">
            {(ids) => (
              <textarea
                id={ids.id}
                rows={2}
                value={draft.dek}
                readOnly={!canEdit}
                aria-describedby={ids.describedBy}
                aria-invalid={ids.invalid}
                onChange={(event) => update("dek", event.target.value)}
              />
            )}
          </EditorField>
          <EditorField id="field-dateline" label={t.fields.dateline} hint={t.fields.datelineHint} errors={errors("dateline")} className="field field--dateline">
            {(ids) => (
              <input
                id={ids.id}
                value={draft.dateline}
                readOnly={!canEdit}
                aria-describedby={ids.describedBy}
                aria-invalid={ids.invalid}
                onChange={(event) => update("dateline", event.target.value)}
              />
            )}
          </EditorField>
          <div className="field field--body">
            <span id="field-body-label" className="field__label">
              {t.fields.body}
            </span>
            <RichTextEditor
              initialContent={initialDraft.body}
              editable={canEdit}
              onChange={onBodyChange}
              onReady={onEditorReady}
              labelledBy="field-body-label"
              describedBy={errors("body") ? "field-body-error" : undefined}
              invalid={Boolean(errors("body"))}
            />
            {errors("body") && (
              <p id="field-body-error" className="field__error">
                {errors("body")!.join(" ")}
              </p>
            )}
          </div>
          <EditorField id="field-source" label={t.fields.source} hint={t.fields.sourceHint} errors={errors("source")}>
            {(ids) => (
              <input
                id={ids.id}
                value={draft.source}
                readOnly={!canEdit}
                aria-describedby={ids.describedBy}
                aria-invalid={ids.invalid}
                onChange={(event) => update("source", event.target.value)}
              />
            )}
          </EditorField>
        </div>

        <aside className="story-editor__side" aria-label={t.panels.sidebar}>
          <section className="side-panel" aria-labelledby="panel-publishing">
            <h2 id="panel-publishing">{t.panels.publishing}</h2>
            <dl className="meta-list">
              <div>
                <dt>{t.meta.status}</dt>
                <dd>{t.status[status]}</dd>
              </div>
              {labels.publishedAt && status === "published" && (
                <div>
                  <dt>{t.meta.published}</dt>
                  <dd>{labels.publishedAt}</dd>
                </div>
              )}
              {labels.scheduledFor && status === "scheduled" && (
                <div>
                  <dt>{t.meta.scheduled}</dt>
                  <dd>{labels.scheduledFor}</dd>
                </div>
              )}
              {labels.updatedAt && status === "published" && (
                <div>
                  <dt>{t.meta.updated}</dt>
                  <dd>{labels.updatedAt}</dd>
                </div>
              )}
            </dl>
            {article?.publicPath && status === "published" && (
              <p>
                <a href={article.publicPath} target="_blank" rel="noreferrer">
                  {t.actions.viewLive}
                </a>
              </p>
            )}
            {isLive && canEdit && (
              <CheckField id="field-mark-update" label={t.fields.markAsUpdate} hint={t.fields.markAsUpdateHint} checked={markAsUpdate} onChange={setMarkAsUpdate} />
            )}
            {actions.includes("schedule") && (
              <div className="schedule-box">
                {!scheduleOpen ? (
                  <button type="button" className="button button--quiet button--small" onClick={() => setScheduleOpen(true)} disabled={busy}>
                    {t.actions.schedule}
                  </button>
                ) : (
                  <>
                    <EditorField id="field-schedule" label={t.actions.scheduleAt} hint={t.actions.scheduleHint(timeZoneName)} errors={errors("scheduledFor")}>
                      {(ids) => (
                        <input
                          id={ids.id}
                          type="datetime-local"
                          dir="ltr"
                          step={60}
                          value={scheduleAt}
                          aria-describedby={ids.describedBy}
                          aria-invalid={ids.invalid}
                          onChange={(event) => setScheduleAt(event.target.value)}
                        />
                      )}
                    </EditorField>
                    <div className="button-row">
                      <button type="button" className="button button--small" onClick={() => runTransition("schedule")} disabled={busy}>
                        {t.actions.confirmSchedule}
                      </button>
                      <button type="button" className="button button--small button--quiet" onClick={() => setScheduleOpen(false)}>
                        {t.actions.cancel}
                      </button>
                    </div>
                  </>
                )}
              </div>
            )}
            {secondary.length > 0 && (
              <div className="button-row side-panel__actions">
                {secondary.map((action) => (
                  <button
                    key={action}
                    type="button"
                    className={action === "unpublish" || action === "archive" ? "button button--small button--danger-quiet" : "button button--small button--quiet"}
                    disabled={busy}
                    aria-expanded={action === "return" ? returnOpen : undefined}
                    onClick={() => (action === "return" ? setReturnOpen(true) : action === "publish" ? requestPublish() : runTransition(action))}
                  >
                    {t.actions[action]}
                  </button>
                ))}
              </div>
            )}
            {returnOpen && actions.includes("return") && (
              <ReturnNoteBox busy={busy} errors={errors("note")} onSend={(note) => runTransition("return", { note })} onCancel={() => setReturnOpen(false)} />
            )}
          </section>

          <section className="side-panel" aria-labelledby="panel-story">
            <h2 id="panel-story">{t.panels.story}</h2>
            <EditorField id="field-section" label={t.fields.section} errors={errors("sectionId")}>
              {(ids) => (
                <select
                  id={ids.id}
                  value={draft.sectionId}
                  disabled={!canEdit}
                  aria-describedby={ids.describedBy}
                  aria-invalid={ids.invalid}
                  onChange={(event) => update("sectionId", Number(event.target.value))}
                >
                  {options.sections.map((section) => (
                    <option key={section.id} value={section.id}>
                      {section.name}
                    </option>
                  ))}
                </select>
              )}
            </EditorField>
            <AuthorsField value={draft.authorIds} authors={options.authors} disabled={!canEdit} errors={errors("authorIds")} onChange={(value) => update("authorIds", value)} />
            <TagsField
              value={draft.tags}
              known={options.tags}
              mayCreate={options.mayCreateTags}
              disabled={!canEdit}
              errors={errors("tags")}
              onChange={(value) => update("tags", value)}
            />
            <EditorField id="field-comments" label={t.fields.commentMode} errors={errors("commentMode")}>
              {(ids) => (
                <select
                  id={ids.id}
                  value={draft.commentMode}
                  disabled={!canEdit}
                  aria-describedby={ids.describedBy}
                  onChange={(event) => update("commentMode", event.target.value as CommentMode)}
                >
                  {commentModes.map((mode) => (
                    <option key={mode} value={mode}>
                      {t.fields.commentModes[mode]}
                    </option>
                  ))}
                </select>
              )}
            </EditorField>
            <CheckField
              id="field-breaking"
              label={t.fields.breaking}
              hint={t.fields.breakingHint}
              checked={draft.isBreaking}
              disabled={!canEdit}
              onChange={(checked) => update("isBreaking", checked)}
            />
          </section>

          <section className="side-panel" aria-labelledby="panel-media">
            <h2 id="panel-media">{t.panels.media}</h2>
            <CoverImageField value={draft.cover} disabled={!canEdit} errors={fieldErrors} onChange={(value) => update("cover", value)} />
          </section>

          <section className="side-panel" aria-labelledby="panel-seo">
            <h2 id="panel-seo">{t.panels.seo}</h2>
            <EditorField id="field-slug" label={t.fields.slug} hint={t.fields.slugHint} errors={errors("slug")}>
              {(ids) => (
                <div className="slug-row">
                  <input
                    id={ids.id}
                    value={draft.slug}
                    readOnly={!canEdit}
                    aria-describedby={ids.describedBy}
                    aria-invalid={ids.invalid}
                    onChange={(event) => {
                      setDraft((current) => ({ ...current, slugEdited: true }));
                      draftRef.current = { ...draftRef.current, slugEdited: true };
                      update("slug", event.target.value);
                    }}
                  />
                  {canEdit && draft.slugEdited && status !== "published" && (
                    <button
                      type="button"
                      className="button button--small button--quiet"
                      onClick={() => {
                        setDraft((current) => ({ ...current, slugEdited: false }));
                        draftRef.current = { ...draftRef.current, slugEdited: false };
                        update("slug", slugify(draftRef.current.headline));
                      }}
                    >
                      {t.fields.slugReset}
                    </button>
                  )}
                </div>
              )}
            </EditorField>
            <EditorField
              id="field-seo-title"
              label={t.fields.seoTitle}
              hint={t.fields.seoTitleHint}
              errors={errors("seoTitle")}
              counter={counter(draft.seoTitle, ARTICLE_LIMITS.seoTitle)}
            >
              {(ids) => (
                <input
                  id={ids.id}
                  value={draft.seoTitle}
                  readOnly={!canEdit}
                  placeholder={draft.headline}
                  aria-describedby={ids.describedBy}
                  aria-invalid={ids.invalid}
                  onChange={(event) => update("seoTitle", event.target.value)}
                />
              )}
            </EditorField>
            <EditorField
              id="field-seo-description"
              label={t.fields.seoDescription}
              hint={t.fields.seoDescriptionHint}
              errors={errors("seoDescription")}
              counter={counter(draft.seoDescription, ARTICLE_LIMITS.seoDescription)}
            >
              {(ids) => (
                <textarea
                  id={ids.id}
                  rows={3}
                  value={draft.seoDescription}
                  readOnly={!canEdit}
                  placeholder={draft.dek}
                  aria-describedby={ids.describedBy}
                  aria-invalid={ids.invalid}
                  onChange={(event) => update("seoDescription", event.target.value)}
                />
              )}
            </EditorField>
          </section>
          {children}
        </aside>
      </div>
    </div>
  );
}

function withoutKey<T extends object>(value: T, key: string): T {
  const copy = { ...value } as Record<string, unknown>;
  delete copy[key];
  return copy as T;
}

function conflictOf(outcome: ConflictDetails & { message: string }): ConflictDetails & { message: string } {
  return { by: outcome.by, at: outcome.at, server: outcome.server, message: outcome.message };
}

/** The one or two actions that move this story on, shown in the top bar. */
function primaryActions(actions: WorkflowAction[], status: ArticleStatus): WorkflowAction[] {
  // Editors publish a draft straight away; writers hand it to the desk.
  if (status === "draft") return actions.includes("publish") ? ["publish"] : actions.filter((action) => action === "submit");
  if (status === "in_review" || status === "scheduled") return actions.filter((action) => action === "publish");
  return [];
}

function SaveIndicator({ state, isLive, needsHeadline }: { state: SaveState; isLive: boolean; needsHeadline: boolean }) {
  let text = "";
  let tone = "muted";
  switch (state.kind) {
    case "idle":
      text = needsHeadline ? t.save.needsHeadline : "";
      break;
    case "dirty":
      text = isLive ? t.save.unsavedLive : needsHeadline ? t.save.needsHeadline : t.save.unsaved;
      tone = isLive ? "warn" : "muted";
      break;
    case "saving":
      text = t.save.saving;
      break;
    case "saved":
      text = state.label;
      tone = "ok";
      break;
    case "conflict":
      text = t.save.conflictShort;
      tone = "error";
      break;
    case "invalid":
    case "error":
      text = state.message;
      tone = "error";
      break;
  }
  return (
    <p className={`save-indicator save-indicator--${tone}`} role="status" aria-live="polite" data-state={state.kind}>
      {text}
    </p>
  );
}
