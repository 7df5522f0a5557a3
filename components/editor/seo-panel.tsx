"use client";

import { ar } from "@/lib/i18n/newsroom";
import { Field } from "@/components/ui/text-field";
import { StoryTextField, type StoryFormProps } from "./story-form";

const t = ar.editor;

/** The story's address and what search engines show; the slug follows the headline until edited. */
export function SeoPanel({
  offerSlugReset,
  onSlugTyped,
  onSlugReset,
  ...form
}: StoryFormProps & { offerSlugReset: boolean; onSlugTyped: (slug: string) => void; onSlugReset: () => void }) {
  return (
    <section className="side-panel" aria-labelledby="panel-seo">
      <h2 id="panel-seo">{t.panels.seo}</h2>
      <Field id="field-slug" label={t.fields.slug} hint={t.fields.slugHint} errors={form.fieldErrors.slug}>
        {(ids) => (
          <div className="slug-row">
            <input
              id={ids.id}
              value={form.draft.slug}
              readOnly={!form.canEdit}
              aria-describedby={ids.describedBy}
              aria-invalid={ids.invalid}
              onChange={(event) => onSlugTyped(event.target.value)}
            />
            {offerSlugReset && (
              <button type="button" className="button button--small button--quiet" onClick={onSlugReset}>
                {t.fields.slugReset}
              </button>
            )}
          </div>
        )}
      </Field>
      <StoryTextField form={form} field="seoTitle" id="field-seo-title" label={t.fields.seoTitle} hint={t.fields.seoTitleHint} counted placeholder={form.draft.headline} />
      <StoryTextField
        form={form}
        field="seoDescription"
        id="field-seo-description"
        label={t.fields.seoDescription}
        hint={t.fields.seoDescriptionHint}
        counted
        rows={3}
        placeholder={form.draft.dek}
      />
    </section>
  );
}
