"use client";

import type { Editor } from "@tiptap/react";
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import { slugify } from "@/lib/arabic/slugify";
import { isEmptyDocument, type ArticleDocument } from "@/lib/article-document";
import type { EditorArticle, EditorOptions } from "@/lib/dal/newsroom-articles";
import { AUTOSAVE_AFTER_MS, blankDraft, type Draft } from "@/lib/editorial/save-session";
import { sameValue, type SnapshotField } from "@/lib/editorial/snapshot";
import type { WorkflowAction } from "@/lib/editorial/workflow";
import { ar } from "@/lib/i18n/newsroom";
import { EditorBanners } from "@/components/editor/editor-banners";
import { EditorBar, primaryActions } from "@/components/editor/editor-bar";
import { MergePanel } from "@/components/editor/merge-panel";
import { PublishDialog } from "@/components/editor/publish-dialog";
import { PublishingPanel } from "@/components/editor/publishing-panel";
import { plainDocument } from "@/components/editor/rich-text-editor";
import { SaveIndicator } from "@/components/editor/save-indicator";
import { SeoPanel } from "@/components/editor/seo-panel";
import { CoverImageField } from "@/components/editor/sidebar-fields";
import { StoryMainFields } from "@/components/editor/story-main-fields";
import { StoryPanel } from "@/components/editor/story-panel";
import { useAutosave } from "./use-autosave";
import { useLocalBackup, writeBackup } from "./use-local-backup";
import { usePresence } from "./use-presence";
import { useStoryDraft } from "./use-story-draft";
import { useStorySave } from "./use-story-save";
import { useStoryWorkflow } from "./use-story-workflow";

const t = ar.editor;

export interface StoryEditorProps {
  article: EditorArticle | null;
  options: EditorOptions;
  viewer: { id: string; name: string };
  timeZoneName: string;
  defaultScheduleAt: string;
  labels: { publishedAt: string | null; scheduledFor: string | null; updatedAt: string | null; modifiedAt: string | null };
  /** Server-rendered panels (corrections, history) shown in the sidebar. */
  children?: ReactNode;
  /** Above the fields: what the story's agency sent since (server-rendered). */
  banner?: ReactNode;
}

function initialDraftFor(article: EditorArticle | null, options: EditorOptions, viewerId: string): Draft {
  if (article) {
    const { content } = article;
    // A slug that still follows the headline keeps following it, until readers have seen it.
    const slugEdited = article.publishedAt !== null || content.slug !== slugify(content.headline);
    return { ...content, slugEdited };
  }
  const viewerSigns = options.authors.some((author) => author.id === viewerId);
  return blankDraft(options.sections[0]?.id ?? 0, viewerSigns ? [viewerId] : []);
}

/** The story editor: the hooks that keep, save and move the story on, composed around its form. */
export function StoryEditor({ article, options, viewer, timeZoneName, defaultScheduleAt, labels, children, banner }: StoryEditorProps) {
  const initialDraft = useMemo(() => initialDraftFor(article, options, viewer.id), [article, options, viewer.id]);
  // Each of these keeps its identity across renders; the rich-text editor's onReady depends on it.
  const { draft, current: currentDraft, replace, patch, change } = useStoryDraft(initialDraft);
  const [articleId, setArticleId] = useState<string | null>(article?.id ?? null);
  const [markAsUpdate, setMarkAsUpdate] = useState(false);
  const [mergeOpen, setMergeOpen] = useState(false);
  const editorRef = useRef<Editor | null>(null);
  // Presence: colleagues see who has the story open, and stop seeing it once they leave.
  const othersEditing = usePresence(articleId, article?.othersEditing ?? []);

  const save = useStorySave({
    articleId: article?.id ?? null,
    version: article?.version ?? 0,
    initialState: article ? { kind: "saved", label: labels.modifiedAt ?? "" } : { kind: "idle" },
  });
  const { session, conflict } = save;
  const workflow = useStoryWorkflow({
    initial: { status: article?.status ?? "draft", actions: article?.actions ?? [], canEdit: article ? article.canEdit : true },
    defaultScheduleAt,
    session,
    draft: { current: currentDraft, patch },
    showFieldErrors: save.setFieldErrors,
  });
  const { status, editable: canEdit } = workflow;

  const autosave = useAutosave(() => {
    const draft = currentDraft();
    const allowed =
      canEdit &&
      status !== "published" &&
      !session.conflict &&
      draft.headline.trim().length > 0 &&
      // A new story is created once it has words as well as a headline.
      (session.articleId !== null || !isEmptyDocument(draft.body));
    if (allowed && session.dirty) void session.save("auto");
  });

  useEffect(() =>
    session.connect({
      read: () => ({ draft: currentDraft(), markAsUpdate }),
      schedule: autosave.schedule,
      onSaved: (outcome, sent, { created, clean }) => {
        if (created) {
          setArticleId(outcome.articleId);
          writeBackup(null, null);
          window.history.replaceState(null, "", `/editor/articles/${outcome.articleId}`);
        }
        workflow.setState({ status: outcome.status, actions: outcome.actions, canEdit: outcome.canEdit });
        if (outcome.slug !== sent.slug) patch({ slug: outcome.slug });
        setMarkAsUpdate(false);
        if (clean) writeBackup(outcome.articleId, null);
      },
    }),
  );

  const current = useCallback(
    () => ({ articleId: session.articleId, baseVersion: session.version, dirty: session.dirty, draft: currentDraft() }),
    [session, currentDraft],
  );
  const backup = useLocalBackup({ storyId: article?.id ?? null, initialDraft, draft, current });

  const { clearFieldError } = save;
  const update = useCallback(
    <K extends keyof Draft>(field: K, value: Draft[K]) => {
      change(field, value);
      session.edited();
      clearFieldError(field);
      autosave.schedule(AUTOSAVE_AFTER_MS);
    },
    [change, session, clearFieldError, autosave],
  );

  const onBodyChange = useCallback(
    (body: ArticleDocument) => {
      if (!sameValue(body, currentDraft().body)) update("body", body);
    },
    [currentDraft, update],
  );
  const onEditorReady = useCallback(
    (editor: Editor) => {
      editorRef.current = editor;
      // The editor's own form of the stored body (it may add an empty paragraph) is the baseline, not an edit.
      patch({ body: plainDocument(editor) });
    },
    [patch],
  );

  function restoreBackup() {
    const kept = backup.take();
    if (!kept) return;
    replace(kept.draft);
    editorRef.current?.commands.setContent(kept.draft.body, { emitUpdate: false });
    session.restored(kept.baseVersion);
    workflow.setNotice({ text: t.merge.restoredBackup, ok: true });
    autosave.schedule(500);
  }

  function saveNow() {
    autosave.cancel();
    void workflow.saveNow();
  }

  function act(action: WorkflowAction) {
    if (action === "publish") void workflow.requestPublish();
    else void workflow.transition(action);
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
    workflow.setState((state) => ({ ...state, status: conflict.server.status }));
    session.resolveByMerging();
    setMergeOpen(false);
    saveNow();
  }

  function takeAllTheirs() {
    if (!conflict) return;
    const theirs: Draft = { ...conflict.server.content, slugEdited: true };
    replace(theirs);
    editorRef.current?.commands.setContent(theirs.body, { emitUpdate: false });
    workflow.setState((state) => ({ ...state, status: conflict.server.status }));
    session.resolveByTakingTheirs();
    writeBackup(session.articleId, null);
    setMergeOpen(false);
  }

  // ---------------------------------------------------------------- rendering

  const isLive = status === "published";
  const primary = primaryActions(workflow.actions, status);
  const secondary = workflow.actions.filter((action) => !primary.includes(action) && action !== "schedule");
  const form = { draft, canEdit, fieldErrors: save.fieldErrors, onChange: update };

  return (
    <div className="story-editor">
      <h1 className="visually-hidden">{article?.content.headline.trim() ? t.editTitle(article.content.headline) : t.newTitle}</h1>
      <EditorBar
        articleId={articleId}
        status={status}
        indicator={<SaveIndicator state={save.saveState} isLive={isLive} needsHeadline={!draft.headline.trim()} />}
        canEdit={canEdit}
        busy={workflow.busy}
        primary={primary}
        onSave={saveNow}
        onAction={act}
      />
      <EditorBanners
        othersEditing={othersEditing}
        conflict={conflict}
        onOpenMerge={() => setMergeOpen(true)}
        backupOffered={backup.pending !== null}
        onRestoreBackup={restoreBackup}
        onDiscardBackup={backup.discard}
        returnNote={status === "draft" ? (article?.returnNote ?? null) : null}
        readOnly={Boolean(article) && !canEdit}
        notice={workflow.notice}
      />
      {banner}

      <PublishDialog
        preview={workflow.publishPreview}
        busy={workflow.busy}
        onConfirm={() => workflow.publishPreview && void workflow.transition("publish", { expectedSlug: workflow.publishPreview.slug })}
        onCancel={workflow.cancelPublish}
      />

      {conflict && mergeOpen && (
        <MergePanel
          mine={draft}
          conflict={conflict}
          labels={{
            sections: new Map(options.sections.map((section) => [section.id, section.name])),
            authors: new Map(options.authors.map((author) => [author.id, author.name])),
            commentModes: t.fields.commentModes,
            yes: t.merge.yes,
            no: t.merge.no,
          }}
          onUseTheirs={useTheirs}
          onSaveMerged={saveMerged}
          onTakeAll={takeAllTheirs}
          onClose={() => setMergeOpen(false)}
        />
      )}

      <div className="story-editor__layout">
        <StoryMainFields {...form} initialBody={initialDraft.body} onBodyChange={onBodyChange} onEditorReady={onEditorReady} />

        <aside className="story-editor__side" aria-label={t.panels.sidebar}>
          <PublishingPanel
            status={status}
            labels={labels}
            publicPath={article?.publicPath ?? null}
            markAsUpdate={isLive && canEdit ? { checked: markAsUpdate, onChange: setMarkAsUpdate } : null}
            actions={workflow.actions}
            secondary={secondary}
            busy={workflow.busy}
            fieldErrors={save.fieldErrors}
            schedule={{ ...workflow.schedule, timeZoneName }}
            returnBox={workflow.returnBox}
            onAction={(action, extra) => (action === "publish" ? act(action) : void workflow.transition(action, extra))}
          />
          <StoryPanel {...form} options={options} />
          <section className="side-panel" aria-labelledby="panel-media">
            <h2 id="panel-media">{t.panels.media}</h2>
            <CoverImageField value={draft.cover} disabled={!canEdit} errors={save.fieldErrors} onChange={(value) => update("cover", value)} />
          </section>
          <SeoPanel
            {...form}
            offerSlugReset={canEdit && draft.slugEdited && status !== "published"}
            onSlugTyped={(slug) => {
              patch({ slugEdited: true });
              update("slug", slug);
            }}
            onSlugReset={() => {
              patch({ slugEdited: false });
              update("slug", slugify(currentDraft().headline));
            }}
          />
          {children}
        </aside>
      </div>
    </div>
  );
}
