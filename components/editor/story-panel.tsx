"use client";

import type { CommentMode } from "@/db/schema/enums";
import type { EditorOptions } from "@/lib/dal/newsroom-articles";
import { ar } from "@/lib/i18n/newsroom";
import { CheckField, Field } from "@/components/ui/text-field";
import { AuthorsField, TagsField } from "./sidebar-fields";
import type { StoryFormProps } from "./story-form";

const t = ar.editor;
const commentModes: CommentMode[] = ["open", "premoderated", "closed"];

/** Where the story sits and who signs it: section, authors, tags, comments, breaking news. */
export function StoryPanel({ draft, canEdit, fieldErrors, onChange, options }: StoryFormProps & { options: EditorOptions }) {
  return (
    <section className="side-panel" aria-labelledby="panel-story">
      <h2 id="panel-story">{t.panels.story}</h2>
      <Field id="field-section" label={t.fields.section} errors={fieldErrors.sectionId}>
        {(ids) => (
          <select
            id={ids.id}
            value={draft.sectionId}
            disabled={!canEdit}
            aria-describedby={ids.describedBy}
            aria-invalid={ids.invalid}
            onChange={(event) => onChange("sectionId", Number(event.target.value))}
          >
            {options.sections.map((section) => (
              <option key={section.id} value={section.id}>
                {section.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <AuthorsField value={draft.authorIds} authors={options.authors} disabled={!canEdit} errors={fieldErrors.authorIds} onChange={(value) => onChange("authorIds", value)} />
      <TagsField value={draft.tags} known={options.tags} mayCreate={options.mayCreateTags} disabled={!canEdit} errors={fieldErrors.tags} onChange={(value) => onChange("tags", value)} />
      <Field id="field-comments" label={t.fields.commentMode} errors={fieldErrors.commentMode}>
        {(ids) => (
          <select
            id={ids.id}
            value={draft.commentMode}
            disabled={!canEdit}
            aria-describedby={ids.describedBy}
            onChange={(event) => onChange("commentMode", event.target.value as CommentMode)}
          >
            {commentModes.map((mode) => (
              <option key={mode} value={mode}>
                {t.fields.commentModes[mode]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <CheckField
        id="field-breaking"
        label={t.fields.breaking}
        hint={t.fields.breakingHint}
        checked={draft.isBreaking}
        disabled={!canEdit}
        onChange={(checked) => onChange("isBreaking", checked)}
      />
    </section>
  );
}
