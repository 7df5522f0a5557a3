"use client";

import { useId, useRef, useState } from "react";
import { IMAGE_ALT_MAX, IMAGE_CAPTION_MAX, IMAGE_CREDIT_MAX, type ArticleImageAttrs } from "@/lib/article-document";
import { ARTICLE_LIMITS } from "@/lib/editorial/limits";
import { ar } from "@/lib/i18n/newsroom";
import { mediaPath } from "@/lib/media/image-variants";
import { Field } from "@/components/ui/text-field";
import { uploadImageFile } from "./upload-image";

const t = ar.editor.fields;

function Chips({ items, onRemove, removeLabel, disabled }: { items: { key: string; label: string }[]; onRemove: (key: string) => void; removeLabel: (label: string) => string; disabled: boolean }) {
  if (items.length === 0) return null;
  return (
    <ul className="chips">
      {items.map((item) => (
        <li key={item.key} className="chip">
          <bdi>{item.label}</bdi>
          {!disabled && (
            <button type="button" className="chip__remove" aria-label={removeLabel(item.label)} onClick={() => onRemove(item.key)}>
              ×
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}

export function AuthorsField({
  value,
  authors,
  disabled,
  errors,
  onChange,
}: {
  value: string[];
  authors: { id: string; name: string }[];
  disabled: boolean;
  errors?: string[];
  onChange: (value: string[]) => void;
}) {
  const names = new Map(authors.map((author) => [author.id, author.name]));
  const available = authors.filter((author) => !value.includes(author.id));
  return (
    <Field id="field-authors" label={t.authors} errors={errors}>
      {(ids) => (
        <div className="multi-field">
          <Chips items={value.map((id) => ({ key: id, label: names.get(id) ?? "؟" }))} disabled={disabled} removeLabel={t.removeAuthor} onRemove={(id) => onChange(value.filter((item) => item !== id))} />
          {!disabled && value.length < ARTICLE_LIMITS.authors && (
            <select
              id={ids.id}
              value=""
              aria-describedby={ids.describedBy}
              aria-invalid={ids.invalid}
              onChange={(event) => {
                if (event.target.value) onChange([...value, event.target.value]);
              }}
            >
              <option value="">{t.addAuthor}</option>
              {available.map((author) => (
                <option key={author.id} value={author.id}>
                  {author.name}
                </option>
              ))}
            </select>
          )}
        </div>
      )}
    </Field>
  );
}

export function TagsField({
  value,
  known,
  mayCreate,
  disabled,
  errors,
  onChange,
}: {
  value: string[];
  known: string[];
  mayCreate: boolean;
  disabled: boolean;
  errors?: string[];
  onChange: (value: string[]) => void;
}) {
  const [text, setText] = useState("");
  const listId = useId();
  function add() {
    const name = text.replace(/\s+/g, " ").trim();
    if (!name || value.includes(name) || value.length >= ARTICLE_LIMITS.tags) return;
    onChange([...value, name]);
    setText("");
  }
  return (
    <Field id="field-tags" label={t.tags} hint={mayCreate ? t.tagsHint : t.tagsHintWriter} errors={errors}>
      {(ids) => (
        <div className="multi-field">
          <Chips items={value.map((name) => ({ key: name, label: name }))} disabled={disabled} removeLabel={t.removeTag} onRemove={(name) => onChange(value.filter((item) => item !== name))} />
          {!disabled && (
            <div className="tag-input">
              <input
                id={ids.id}
                list={listId}
                value={text}
                maxLength={ARTICLE_LIMITS.tagName}
                placeholder={t.addTag}
                aria-describedby={ids.describedBy}
                aria-invalid={ids.invalid}
                onChange={(event) => {
                  const next = event.target.value;
                  // Choosing from the list fills the whole name at once: take it.
                  if (known.includes(next) && !value.includes(next)) {
                    onChange([...value, next]);
                    setText("");
                  } else setText(next);
                }}
                onKeyDown={(event) => {
                  if (event.key === "Enter" || event.key === "," || event.key === "،") {
                    event.preventDefault();
                    add();
                  }
                }}
              />
              <button type="button" className="button button--small button--quiet" onClick={add}>
                {t.addTagButton}
              </button>
              <datalist id={listId}>
                {known
                  .filter((name) => !value.includes(name))
                  .map((name) => (
                    <option key={name} value={name} />
                  ))}
              </datalist>
            </div>
          )}
        </div>
      )}
    </Field>
  );
}

export function CoverImageField({
  value,
  disabled,
  errors,
  onChange,
}: {
  value: ArticleImageAttrs | null;
  disabled: boolean;
  errors: Record<string, string[]>;
  onChange: (value: ArticleImageAttrs | null) => void;
}) {
  const input = useRef<HTMLInputElement>(null);
  const [message, setMessage] = useState<{ text: string; ok: boolean } | null>(null);

  async function upload(file: File) {
    setMessage({ text: ar.editor.images.uploading, ok: true });
    const result = await uploadImageFile(file);
    if (!result.ok) {
      setMessage({ text: result.message, ok: false });
      return;
    }
    setMessage(null);
    onChange({ imageId: result.image.id, width: result.image.width, height: result.image.height, alt: value?.alt ?? "", caption: value?.caption ?? "", credit: value?.credit ?? "" });
  }

  const uploadErrors = [...(errors.cover ?? []), ...(message && !message.ok ? [message.text] : [])];
  return (
    <div className="cover-field">
      {value && (
        // eslint-disable-next-line @next/next/no-img-element -- our own stored variant
        <img className="cover-field__preview" src={mediaPath(value.imageId, 480)} width={value.width} height={value.height} alt="" />
      )}
      {!disabled && (
        <Field
          id="field-cover"
          label={value ? t.coverReplace : t.coverUpload}
          hint={ar.editor.images.choose}
          errors={uploadErrors.length ? uploadErrors : undefined}
          className="field field--upload"
        >
          {(ids) => (
            <input
              ref={input}
              id={ids.id}
              className="visually-hidden"
              type="file"
              accept="image/jpeg,image/png,image/webp,image/avif"
              aria-describedby={ids.describedBy}
              aria-invalid={ids.invalid}
              onChange={(event) => {
                const file = event.target.files?.[0];
                event.target.value = "";
                if (file) void upload(file);
              }}
            />
          )}
        </Field>
      )}
      {message?.ok && (
        <p className="field__hint" role="status">
          {message.text}
        </p>
      )}
      {value && (
        <>
          <Field id="field-cover-alt" label={t.alt} hint={t.altHint} errors={errors["cover.alt"]}>
            {(ids) => (
              <textarea
                id={ids.id}
                rows={2}
                value={value.alt}
                maxLength={IMAGE_ALT_MAX}
                readOnly={disabled}
                required
                aria-describedby={ids.describedBy}
                aria-invalid={ids.invalid}
                onChange={(event) => onChange({ ...value, alt: event.target.value })}
              />
            )}
          </Field>
          <Field id="field-cover-caption" label={t.caption} errors={errors["cover.caption"]}>
            {(ids) => (
              <textarea
                id={ids.id}
                rows={2}
                value={value.caption}
                maxLength={IMAGE_CAPTION_MAX}
                readOnly={disabled}
                aria-describedby={ids.describedBy}
                onChange={(event) => onChange({ ...value, caption: event.target.value })}
              />
            )}
          </Field>
          <Field id="field-cover-credit" label={t.credit} hint={t.creditHint} errors={errors["cover.credit"]}>
            {(ids) => (
              <input
                id={ids.id}
                value={value.credit}
                maxLength={IMAGE_CREDIT_MAX}
                readOnly={disabled}
                aria-describedby={ids.describedBy}
                onChange={(event) => onChange({ ...value, credit: event.target.value })}
              />
            )}
          </Field>
          {!disabled && (
            <button type="button" className="button button--small button--quiet" onClick={() => onChange(null)}>
              {t.coverRemove}
            </button>
          )}
        </>
      )}
    </div>
  );
}
