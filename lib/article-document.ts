import { z } from "zod";

// Article bodies are stored as ProseMirror/Tiptap-shaped JSON and rendered on the server
// from this allow-list of node and mark types; anything else is rejected at the boundary.

const markSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("bold") }),
  z.object({ type: z.literal("italic") }),
  z.object({
    type: z.literal("link"),
    attrs: z.object({ href: z.string().regex(/^(https?:\/\/|\/|mailto:)/i, "Unsafe link") }),
  }),
]);

const textSchema = z.object({
  type: z.literal("text"),
  text: z.string().min(1),
  marks: z.array(markSchema).optional(),
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

type Block =
  | z.infer<typeof paragraphSchema>
  | z.infer<typeof headingSchema>
  | { type: "blockquote"; content: Block[] }
  | { type: "bulletList" | "orderedList"; content: { type: "listItem"; content: Block[] }[] };

const blockSchema: z.ZodType<Block> = z.lazy(() =>
  z.union([
    paragraphSchema,
    headingSchema,
    z.object({ type: z.literal("blockquote"), content: z.array(blockSchema) }),
    z.object({
      type: z.enum(["bulletList", "orderedList"]),
      content: z.array(z.object({ type: z.literal("listItem"), content: z.array(blockSchema) })),
    }),
  ]),
);

export const articleDocumentSchema = z.object({
  type: z.literal("doc"),
  content: z.array(blockSchema),
});

export type ArticleDocument = z.infer<typeof articleDocumentSchema>;
export type ArticleBlock = Block;
export type ArticleInline = z.infer<typeof inlineSchema>;
export type ArticleMark = z.infer<typeof markSchema>;

export function documentFromParagraphs(paragraphs: readonly string[]): ArticleDocument {
  return {
    type: "doc",
    content: paragraphs.map((text) => ({ type: "paragraph", content: [{ type: "text", text }] })),
  };
}

export function plainTextOf(document: ArticleDocument): string {
  const blockText = (block: Block): string => {
    if (block.type === "paragraph" || block.type === "heading") {
      return (block.content ?? []).map((inline) => (inline.type === "text" ? inline.text : "\n")).join("");
    }
    if (block.type === "blockquote") return block.content.map(blockText).join("\n");
    return block.content.map((item) => item.content.map(blockText).join("\n")).join("\n");
  };
  return document.content.map(blockText).join("\n\n");
}
