"use client";

import { Placeholder } from "@tiptap/extensions";
import { EditorContent, useEditor, useEditorState, type Editor } from "@tiptap/react";
import StarterKit from "@tiptap/starter-kit";
import { useEffect, useId, useRef, useState } from "react";
import { SAFE_HREF, type ArticleDocument } from "@/lib/article-document";
import { cleanWordPaste } from "@/lib/editorial/word-paste";
import { ar } from "@/lib/i18n/newsroom";
import { ArticleImage, BlockDirection } from "./tiptap-extensions";
import { icons } from "./toolbar-icons";
import { uploadImageFile } from "./upload-image";

const t = ar.editor.toolbar;

/**
 * The document as plain JSON. ProseMirror builds attribute objects without a prototype,
 * which React cannot send to a server action as data, so they are copied into plain objects.
 */
export function plainDocument(editor: Editor): ArticleDocument {
  return JSON.parse(JSON.stringify(editor.getJSON())) as ArticleDocument;
}

/**
 * The story body: Tiptap (ProseMirror) with only the node types the reader's page renders
 * (lib/article-document.ts). Pasted Word or web content keeps its paragraphs, headings,
 * lists, quotes, emphasis and safe links; everything else the schema has no place for is
 * dropped, and links whose address is not http(s), a site path or mailto are refused.
 */
export function RichTextEditor({
  initialContent,
  editable,
  onChange,
  onReady,
  labelledBy,
  describedBy,
  invalid,
  placeholder = ar.editor.bodyPlaceholder,
}: {
  initialContent: ArticleDocument;
  editable: boolean;
  onChange: (document: ArticleDocument) => void;
  onReady?: (editor: Editor) => void;
  labelledBy: string;
  describedBy?: string;
  invalid?: boolean;
  placeholder?: string;
}) {
  const onChangeRef = useRef(onChange);
  useEffect(() => {
    onChangeRef.current = onChange;
  }, [onChange]);

  const editor = useEditor({
    immediatelyRender: false,
    editable,
    extensions: [
      StarterKit.configure({
        heading: { levels: [2, 3] },
        code: false,
        codeBlock: false,
        strike: false,
        underline: false,
        horizontalRule: false,
        link: {
          openOnClick: false,
          autolink: true,
          defaultProtocol: "https",
          protocols: ["http", "https", "mailto"],
          isAllowedUri: (url) => SAFE_HREF.test(url),
          HTMLAttributes: { rel: "noopener noreferrer nofollow", target: null },
        },
      }),
      Placeholder.configure({ placeholder }),
      ArticleImage,
      BlockDirection,
    ],
    content: initialContent,
    editorProps: {
      attributes: {
        dir: "rtl",
        lang: "ar",
        class: "prose-editor",
        role: "textbox",
        "aria-multiline": "true",
        "aria-labelledby": labelledBy,
        ...(describedBy ? { "aria-describedby": describedBy } : {}),
        ...(invalid ? { "aria-invalid": "true" } : {}),
      },
      transformPastedHTML: cleanWordPaste,
    },
    onUpdate: ({ editor: current }) => onChangeRef.current(plainDocument(current)),
  });

  useEffect(() => {
    if (editor) onReady?.(editor);
  }, [editor, onReady]);

  useEffect(() => {
    // Without emitting an update: switching to read-only is no edit.
    editor?.setEditable(editable, false);
  }, [editor, editable]);

  useEffect(() => {
    if (!editor) return;
    editor.setOptions({
      editorProps: {
        ...editor.options.editorProps,
        attributes: {
          ...(editor.options.editorProps.attributes as Record<string, string>),
          ...(invalid ? { "aria-invalid": "true" } : { "aria-invalid": "false" }),
        },
      },
    });
  }, [editor, invalid]);

  return (
    <div className={`rich-text${invalid ? " rich-text--invalid" : ""}`}>
      {editor && editable && <Toolbar editor={editor} />}
      <EditorContent editor={editor} className="rich-text__content" />
    </div>
  );
}

function Toolbar({ editor }: { editor: Editor }) {
  const state = useEditorState({
    editor,
    selector: ({ editor: current }) => ({
      paragraph: current.isActive("paragraph"),
      h2: current.isActive("heading", { level: 2 }),
      h3: current.isActive("heading", { level: 3 }),
      bold: current.isActive("bold"),
      italic: current.isActive("italic"),
      link: current.isActive("link"),
      quote: current.isActive("blockquote"),
      bullet: current.isActive("bulletList"),
      ordered: current.isActive("orderedList"),
      canUndo: current.can().undo(),
      canRedo: current.can().redo(),
    }),
  });
  const [linkOpen, setLinkOpen] = useState(false);
  const [linkValue, setLinkValue] = useState("");
  const [linkError, setLinkError] = useState("");
  const [imageMessage, setImageMessage] = useState("");
  const fileInput = useRef<HTMLInputElement>(null);
  const linkInputId = useId();

  const chain = () => editor.chain().focus();
  const button = (label: string, active: boolean, run: () => void, options: { disabled?: boolean; glyph?: React.ReactNode } = {}) => (
    <button
      type="button"
      className={`toolbar__button${active ? " is-active" : ""}`}
      aria-pressed={active}
      aria-label={label}
      title={label}
      disabled={options.disabled}
      onMouseDown={(event) => event.preventDefault()}
      onClick={run}
    >
      <span aria-hidden="true">{options.glyph ?? label}</span>
    </button>
  );

  function openLink() {
    setLinkValue((editor.getAttributes("link").href as string | undefined) ?? "");
    setLinkError("");
    setLinkOpen(true);
  }

  function applyLink(event: React.FormEvent) {
    event.preventDefault();
    const href = linkValue.trim();
    if (!href) {
      chain().extendMarkRange("link").unsetLink().run();
      setLinkOpen(false);
      return;
    }
    const withProtocol = /^(https?:|mailto:|\/)/i.test(href) ? href : `https://${href}`;
    if (!SAFE_HREF.test(withProtocol)) {
      setLinkError(t.linkInvalid);
      return;
    }
    chain().extendMarkRange("link").setLink({ href: withProtocol }).run();
    setLinkOpen(false);
  }

  async function insertImage(file: File) {
    setImageMessage(ar.editor.images.uploading);
    const result = await uploadImageFile(file);
    if (!result.ok) {
      setImageMessage(result.message);
      return;
    }
    setImageMessage("");
    chain()
      .insertContent({ type: "image", attrs: { imageId: result.image.id, width: result.image.width, height: result.image.height, alt: "", caption: "", credit: "" } })
      .run();
  }

  return (
    <div className="toolbar-wrap">
      <div className="toolbar" role="toolbar" aria-label={t.label}>
        <div className="toolbar__group">
          {button(t.paragraph, state.paragraph, () => chain().setParagraph().run(), { glyph: "¶" })}
          {button(t.heading2, state.h2, () => chain().toggleHeading({ level: 2 }).run(), { glyph: <span className="toolbar__heading">ع<sub>2</sub></span> })}
          {button(t.heading3, state.h3, () => chain().toggleHeading({ level: 3 }).run(), { glyph: <span className="toolbar__heading">ع<sub>3</sub></span> })}
        </div>
        <div className="toolbar__group">
          {button(t.bold, state.bold, () => chain().toggleBold().run(), { glyph: <strong>ب</strong> })}
          {button(t.italic, state.italic, () => chain().toggleItalic().run(), { glyph: <em>م</em> })}
          {button(t.link, state.link, openLink, { glyph: icons.link })}
        </div>
        <div className="toolbar__group">
          {button(t.quote, state.quote, () => chain().toggleBlockquote().run(), { glyph: icons.quote })}
          {button(t.bulletList, state.bullet, () => chain().toggleBulletList().run(), { glyph: icons.bulletList })}
          {button(t.orderedList, state.ordered, () => chain().toggleOrderedList().run(), { glyph: icons.orderedList })}
        </div>
        <div className="toolbar__group">
          {button(t.image, false, () => fileInput.current?.click(), { glyph: icons.image })}
          <input
            ref={fileInput}
            type="file"
            accept="image/jpeg,image/png,image/webp,image/avif"
            hidden
            onChange={(event) => {
              const file = event.target.files?.[0];
              event.target.value = "";
              if (file) void insertImage(file);
            }}
          />
        </div>
        <div className="toolbar__group toolbar__group--end">
          {button(t.undo, false, () => chain().undo().run(), { disabled: !state.canUndo, glyph: icons.undo })}
          {button(t.redo, false, () => chain().redo().run(), { disabled: !state.canRedo, glyph: icons.redo })}
        </div>
      </div>
      {linkOpen && (
        <form className="link-bar" onSubmit={applyLink}>
          <label htmlFor={linkInputId}>{t.linkPrompt}</label>
          <input
            id={linkInputId}
            dir="ltr"
            type="text"
            inputMode="url"
            autoFocus
            value={linkValue}
            aria-invalid={linkError ? true : undefined}
            aria-describedby={linkError ? `${linkInputId}-error` : undefined}
            onChange={(event) => setLinkValue(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === "Escape") setLinkOpen(false);
            }}
          />
          <button type="submit" className="button button--small">
            {t.link}
          </button>
          {state.link && (
            <button
              type="button"
              className="button button--small button--quiet"
              onClick={() => {
                chain().extendMarkRange("link").unsetLink().run();
                setLinkOpen(false);
              }}
            >
              {t.unlink}
            </button>
          )}
          <button type="button" className="button button--small button--quiet" onClick={() => setLinkOpen(false)}>
            {ar.editor.actions.cancel}
          </button>
          {linkError && (
            <p id={`${linkInputId}-error`} className="field__error">
              {linkError}
            </p>
          )}
        </form>
      )}
      {imageMessage && (
        <p className="toolbar__message" role="status">
          {imageMessage}
        </p>
      )}
    </div>
  );
}
