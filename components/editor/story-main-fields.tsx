"use client";

import type { Editor } from "@tiptap/react";
import type { ArticleDocument } from "@/lib/article-document";
import { ARTICLE_LIMITS } from "@/lib/editorial/limits";
import { ar } from "@/lib/i18n/newsroom";
import { RichTextEditor } from "./rich-text-editor";
import { StoryTextField, type StoryFormProps } from "./story-form";

const t = ar.editor.fields;

/** The story itself: kicker, headline, dek, dateline, body and source. */
export function StoryMainFields({
  initialBody,
  onBodyChange,
  onEditorReady,
  ...form
}: StoryFormProps & { initialBody: ArticleDocument; onBodyChange: (body: ArticleDocument) => void; onEditorReady: (editor: Editor) => void }) {
  const bodyErrors = form.fieldErrors.body;
  return (
    <div className="story-editor__main">
      <StoryTextField form={form} field="kicker" id="field-kicker" label={t.kicker} counted maxLength={ARTICLE_LIMITS.kicker * 2} className="field field--kicker" />
      <StoryTextField
        form={form}
        field="headline"
        id="field-headline"
        label={t.headline}
        counted
        rows={2}
        placeholder={ar.editor.headlinePlaceholder}
        clean={(value) => value.replace(/\n/g, " ")}
        className="field field--headline"
      />
      <StoryTextField form={form} field="dek" id="field-dek" label={t.dek} hint={t.dekHint} counted rows={2} className="field field--dek" />
      <StoryTextField form={form} field="dateline" id="field-dateline" label={t.dateline} hint={t.datelineHint} className="field field--dateline" />
      <div className="field field--body">
        <span id="field-body-label" className="field__label">
          {t.body}
        </span>
        <RichTextEditor
          initialContent={initialBody}
          editable={form.canEdit}
          onChange={onBodyChange}
          onReady={onEditorReady}
          labelledBy="field-body-label"
          describedBy={bodyErrors ? "field-body-error" : undefined}
          invalid={Boolean(bodyErrors)}
        />
        {bodyErrors && (
          <p id="field-body-error" className="field__error">
            {bodyErrors.join(" ")}
          </p>
        )}
      </div>
      <StoryTextField form={form} field="source" id="field-source" label={t.source} hint={t.sourceHint} />
    </div>
  );
}
