import { z } from "zod";

// Article bodies are stored as ProseMirror/Tiptap-shaped JSON and rendered on the server
// from this allow-list of node and mark types; anything else is rejected at the boundary,
// and attributes the list does not name are dropped (zod objects strip unknown keys).

export const MAX_TEXT_NODE_LENGTH = 20_000;
export const MAX_BLOCKS = 2_000;
export const IMAGE_ALT_MAX = 250;
export const IMAGE_CAPTION_MAX = 400;
export const IMAGE_CREDIT_MAX = 120;

/** Links may point to the web, to a path on this site, or to a mailbox; nothing else. */
export const SAFE_HREF = /^(https?:\/\/[^\s]+|\/(?!\/)[^\s]*|mailto:[^\s]+)$/i;

const markSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("bold") }),
  z.object({ type: z.literal("italic") }),
  z.object({
    type: z.literal("link"),
    attrs: z.object({ href: z.string().max(2_000).regex(SAFE_HREF, "Unsafe link") }),
  }),
]);

const textSchema = z.object({
  type: z.literal("text"),
  text: z.string().min(1).max(MAX_TEXT_NODE_LENGTH),
  marks: z.array(markSchema).max(3).optional(),
});

const hardBreakSchema = z.object({ type: z.literal("hardBreak") });
const inlineSchema = z.union([textSchema, hardBreakSchema]);

const paragraphSchema = z.object({
  type: z.literal("paragraph"),
  content: z.array(inlineSchema).optional(),
});

const headingSchema = z.object({
  type: z.literal("heading"),
  attrs: z.object({ level: z.union([z.literal(2), z.literal(3)]) }),
  content: z.array(inlineSchema).optional(),
});

/** An uploaded image (served from /media/<imageId>) with its required alt text, caption and credit. */
export const imageAttrsSchema = z.object({
  imageId: z.uuid(),
  width: z.number().int().positive().max(20_000),
  height: z.number().int().positive().max(20_000),
  alt: z.string().trim().min(1).max(IMAGE_ALT_MAX),
  caption: z.string().trim().max(IMAGE_CAPTION_MAX).default(""),
  credit: z.string().trim().max(IMAGE_CREDIT_MAX).default(""),
});

const imageSchema = z.object({ type: z.literal("image"), attrs: imageAttrsSchema });

type Block =
  | z.infer<typeof paragraphSchema>
  | z.infer<typeof headingSchema>
  | z.infer<typeof imageSchema>
  | { type: "blockquote"; content: Block[] }
  | { type: "bulletList" | "orderedList"; content: { type: "listItem"; content: Block[] }[] };

const blockSchema: z.ZodType<Block> = z.lazy(() =>
  z.union([
    paragraphSchema,
    headingSchema,
    imageSchema,
    z.object({ type: z.literal("blockquote"), content: z.array(blockSchema) }),
    z.object({
      type: z.enum(["bulletList", "orderedList"]),
      content: z.array(z.object({ type: z.literal("listItem"), content: z.array(blockSchema) })),
    }),
  ]),
);

export const articleDocumentSchema = z.object({
  type: z.literal("doc"),
  content: z.array(blockSchema).max(MAX_BLOCKS),
});

export type ArticleDocument = z.infer<typeof articleDocumentSchema>;
export type ArticleBlock = Block;
export type ArticleInline = z.infer<typeof inlineSchema>;
export type ArticleMark = z.infer<typeof markSchema>;
export type ArticleImage = z.infer<typeof imageSchema>;
export type ArticleImageAttrs = z.infer<typeof imageAttrsSchema>;

export const emptyDocument = (): ArticleDocument => ({ type: "doc", content: [{ type: "paragraph" }] });

export function documentFromParagraphs(paragraphs: readonly string[]): ArticleDocument {
  return {
    type: "doc",
    content: paragraphs.map((text) => ({ type: "paragraph", content: [{ type: "text", text }] })),
  };
}

function inlineText(content: ArticleInline[] | undefined): string {
  return (content ?? []).map((inline) => (inline.type === "text" ? inline.text : "\n")).join("");
}

/** The text of one block, as a reader would read it aloud (image captions included). */
export function blockText(block: Block): string {
  switch (block.type) {
    case "paragraph":
    case "heading":
      return inlineText(block.content);
    case "image":
      return [block.attrs.caption, block.attrs.credit].filter(Boolean).join(" ");
    case "blockquote":
      return block.content.map(blockText).join("\n");
    case "bulletList":
    case "orderedList":
      return block.content.map((item) => item.content.map(blockText).join("\n")).join("\n");
  }
}

export function plainTextOf(document: ArticleDocument): string {
  return document.content.map(blockText).join("\n\n");
}

/** True when the body holds no words and no images: nothing a reader could read. */
export function isEmptyDocument(document: ArticleDocument): boolean {
  const hasImage = (blocks: Block[]): boolean =>
    blocks.some(
      (block) =>
        block.type === "image" ||
        (block.type === "blockquote" && hasImage(block.content)) ||
        ((block.type === "bulletList" || block.type === "orderedList") &&
          block.content.some((item) => hasImage(item.content))),
    );
  return plainTextOf(document).trim() === "" && !hasImage(document.content);
}

/** Every image the document shows, in reading order. */
export function imagesOf(document: ArticleDocument): ArticleImageAttrs[] {
  const found: ArticleImageAttrs[] = [];
  const visit = (blocks: Block[]) => {
    for (const block of blocks) {
      if (block.type === "image") found.push(block.attrs);
      else if (block.type === "blockquote") visit(block.content);
      else if (block.type === "bulletList" || block.type === "orderedList") block.content.forEach((item) => visit(item.content));
    }
  };
  visit(document.content);
  return found;
}
