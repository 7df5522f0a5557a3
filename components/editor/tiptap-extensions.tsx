"use client";

import { Extension, mergeAttributes, Node } from "@tiptap/core";
import { Plugin, PluginKey } from "@tiptap/pm/state";
import { Decoration, DecorationSet } from "@tiptap/pm/view";
import { NodeViewWrapper, ReactNodeViewRenderer, type ReactNodeViewProps } from "@tiptap/react";
import { textDirection } from "@/lib/arabic/direction";
import { IMAGE_ALT_MAX, IMAGE_CAPTION_MAX, IMAGE_CREDIT_MAX } from "@/lib/article-document";
import { ar } from "@/lib/i18n/newsroom";
import { ARTICLE_IMAGE_SIZES, defaultWidthFor, mediaPath, srcSetFor } from "@/lib/media/image-variants";

/**
 * Gives each paragraph and heading the direction of its own text, as the reader's page does
 * (lib/arabic/direction.ts): Arabic anywhere makes it right-to-left, even after a Latin name;
 * Latin alone makes it left-to-right. Decorations only: nothing is stored.
 */
export const BlockDirection = Extension.create({
  name: "blockDirection",
  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: new PluginKey("blockDirection"),
        props: {
          decorations(state) {
            const decorations: Decoration[] = [];
            state.doc.descendants((node, position) => {
              if (!node.isTextblock) return true;
              const direction = textDirection(node.textContent);
              if (direction === "ltr") decorations.push(Decoration.node(position, position + node.nodeSize, { dir: "ltr" }));
              return false;
            });
            return DecorationSet.create(state.doc, decorations);
          },
        },
      }),
    ];
  },
});

function ImageView({ node, updateAttributes, deleteNode, editor, selected }: ReactNodeViewProps) {
  const attrs = node.attrs as { imageId: string; width: number; height: number; alt: string; caption: string; credit: string };
  const editable = editor.isEditable;
  const t = ar.editor.inlineImage;
  const missingAlt = !attrs.alt.trim();
  return (
    <NodeViewWrapper as="figure" className={`editor-figure${selected ? " is-selected" : ""}`} data-image-id={attrs.imageId}>
      <picture>
        <source type="image/webp" srcSet={srcSetFor(attrs.imageId, attrs.width, "webp")} sizes={ARTICLE_IMAGE_SIZES} />
        <img src={mediaPath(attrs.imageId, defaultWidthFor(attrs.width))} width={attrs.width} height={attrs.height} alt={attrs.alt} draggable={false} />
      </picture>
      {editable ? (
        <div className="editor-figure__fields" contentEditable={false}>
          <label>
            <span>{t.alt}</span>
            <input
              value={attrs.alt}
              maxLength={IMAGE_ALT_MAX}
              aria-invalid={missingAlt || undefined}
              onChange={(event) => updateAttributes({ alt: event.target.value })}
            />
          </label>
          <label>
            <span>{t.caption}</span>
            <input value={attrs.caption} maxLength={IMAGE_CAPTION_MAX} onChange={(event) => updateAttributes({ caption: event.target.value })} />
          </label>
          <label>
            <span>{t.credit}</span>
            <input value={attrs.credit} maxLength={IMAGE_CREDIT_MAX} onChange={(event) => updateAttributes({ credit: event.target.value })} />
          </label>
          <button type="button" className="button button--small button--quiet" onClick={() => deleteNode()}>
            {t.remove}
          </button>
        </div>
      ) : (
        (attrs.caption || attrs.credit) && (
          <figcaption>
            {attrs.caption} {attrs.credit && `(${attrs.credit})`}
          </figcaption>
        )
      )}
    </NodeViewWrapper>
  );
}

/**
 * An uploaded image inside the body, with its alt text, caption and credit. It is parsed
 * only from this editor's own markup, so an image pasted from another site is dropped.
 */
export const ArticleImage = Node.create({
  name: "image",
  group: "block",
  atom: true,
  selectable: true,
  draggable: false,
  addAttributes() {
    const data = (name: string, fallback: string | number) => ({
      default: fallback,
      parseHTML: (element: HTMLElement) => {
        const value = element.getAttribute(`data-${name}`) ?? fallback;
        return typeof fallback === "number" ? Number(value) : value;
      },
      renderHTML: (attributes: Record<string, unknown>) => ({ [`data-${name}`]: attributes[name] }),
    });
    return {
      imageId: { default: null, parseHTML: (element) => element.getAttribute("data-image-id"), renderHTML: (attributes) => ({ "data-image-id": attributes.imageId }) },
      width: data("width", 0),
      height: data("height", 0),
      alt: data("alt", ""),
      caption: data("caption", ""),
      credit: data("credit", ""),
    };
  },
  parseHTML() {
    return [{ tag: "figure[data-image-id]" }];
  },
  renderHTML({ HTMLAttributes }) {
    return ["figure", mergeAttributes(HTMLAttributes, { class: "editor-figure" })];
  },
  addNodeView() {
    return ReactNodeViewRenderer(ImageView);
  },
});
