import { DomHandler, ElementType, Parser } from "htmlparser2";
import {
  articleDocumentSchema,
  emptyDocument,
  MAX_BLOCKS,
  MAX_TEXT_NODE_LENGTH,
  SAFE_HREF,
  type ArticleBlock,
  type ArticleDocument,
  type ArticleInline,
  type ArticleMark,
} from "@/lib/article-document";

// An agency's HTML or XHTML body, reduced to the editor's allow-list. Anything the list does
// not name is unwrapped (its prose kept) or, for code and embedded media, dropped with its text.

type DomNode = DomHandler["root"]["children"][number];
type DomElement = Extract<DomNode, { attribs: unknown }>;

const isText = (node: DomNode) => node.type === ElementType.Text;
// <script> and <style> parse as elements of their own types; they are dropped by name like the rest.
const isElement = (node: DomNode): node is DomElement => "attribs" in node;

/** Elements whose content is never prose a reader should see. */
const DROPPED = new Set([
  "script", "style", "iframe", "object", "embed", "noscript", "template", "svg", "math", "head",
  "canvas", "audio", "video", "select", "textarea", "button",
]);

/** Elements that end the paragraph before them; their content becomes blocks of its own. */
const BLOCKS = new Set([
  "html", "body", "p", "div", "section", "article", "main", "header", "footer", "aside", "nav",
  "figure", "figcaption", "address", "pre", "hr", "table", "thead", "tbody", "tfoot", "tr", "td", "th",
  "caption", "dl", "dt", "dd", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "ul", "ol",
]);

/**
 * Beyond this depth a body is hostile rather than rich. htmlparser2 takes time quadratic in the
 * depth (150,000 nested <div>s: 20 s), so the parse stops here rather than the walk after it.
 */
const MAX_DEPTH = 256;
/** Quotes and lists nested deeper than this are flattened into their parent. */
const MAX_NESTING = 8;

export class WireBodyTooDeepError extends Error {
  constructor() {
    super(`The body nests elements more than ${MAX_DEPTH} deep`);
  }
}

class DepthLimitedHandler extends DomHandler {
  override onopentag(name: string, attribs: Record<string, string>) {
    if (this.tagStack.length > MAX_DEPTH) throw new WireBodyTooDeepError();
    super.onopentag(name, attribs);
  }
}

const localName = (name: string) => name.toLowerCase().replace(/^.*:/, "");

function markOf(name: string, attributes: Record<string, string>): ArticleMark | null {
  if (name === "b" || name === "strong") return { type: "bold" };
  if (name === "i" || name === "em") return { type: "italic" };
  const href = attributes.href?.trim() ?? "";
  if (name === "a" && href.length <= 2_000 && SAFE_HREF.test(href)) return { type: "link", attrs: { href } };
  return null;
}

/** Keeps one mark of each type (the outermost), so nested <b><b> stays within the schema's three. */
function withMark(marks: readonly ArticleMark[], mark: ArticleMark | null): readonly ArticleMark[] {
  if (!mark || marks.some((existing) => existing.type === mark.type)) return marks;
  return [...marks, mark];
}

const sameMarks = (a: readonly ArticleMark[] = [], b: readonly ArticleMark[] = []) =>
  a.length === b.length && a.every((mark, index) => JSON.stringify(mark) === JSON.stringify(b[index]));

type TextNode = Extract<ArticleInline, { type: "text" }>;

function mergeNeighbours(line: readonly TextNode[]): TextNode[] {
  const merged: TextNode[] = [];
  for (const node of line) {
    const previous = merged.at(-1);
    if (previous && sameMarks(previous.marks, node.marks)) merged[merged.length - 1] = { ...previous, text: previous.text + node.text };
    else merged.push(node);
  }
  return merged;
}

/** Whitespace as a browser shows it: one space between words, none at either end of the line. */
function collapseWhitespace(line: readonly TextNode[]): TextNode[] {
  const collapsed: TextNode[] = [];
  for (const node of mergeNeighbours(line)) {
    const atLineStart = collapsed.at(-1)?.text.endsWith(" ") ?? true;
    const text = node.text.replace(/\s+/g, " ");
    if ((atLineStart ? text.trimStart() : text) !== "") collapsed.push({ ...node, text: atLineStart ? text.trimStart() : text });
  }
  const last = collapsed.pop();
  if (last && last.text.trimEnd() !== "") collapsed.push({ ...last, text: last.text.trimEnd() });
  return collapsed;
}

const splitLongText = (node: TextNode): TextNode[] =>
  Array.from({ length: Math.ceil(node.text.length / MAX_TEXT_NODE_LENGTH) }, (_, part) => ({
    ...node,
    text: node.text.slice(part * MAX_TEXT_NODE_LENGTH, (part + 1) * MAX_TEXT_NODE_LENGTH),
  }));

/** Lines (between hard breaks) tidied one by one; empty lines at the start and end dropped. */
function tidyInline(inline: readonly ArticleInline[]): ArticleInline[] {
  const lines: TextNode[][] = [[]];
  for (const node of inline) {
    if (node.type === "hardBreak") lines.push([]);
    else lines.at(-1)!.push(node);
  }
  const tidy = lines.map(collapseWhitespace);
  while (tidy[0]?.length === 0) tidy.shift();
  while (tidy.at(-1)?.length === 0) tidy.pop();
  return tidy.flatMap((line, index): ArticleInline[] => [...(index > 0 ? [{ type: "hardBreak" as const }] : []), ...line.flatMap(splitLongText)]);
}

function inlineBlock(type: "paragraph" | "heading", inline: readonly ArticleInline[], level: 2 | 3 = 2): ArticleBlock | null {
  const content = tidyInline(inline);
  if (!content.some((node) => node.type === "text" && node.text.trim() !== "")) return null;
  return type === "heading" ? { type, attrs: { level }, content } : { type, content };
}

function headingLevel(name: string): 2 | 3 | null {
  if (name === "h1" || name === "h2") return 2;
  return /^h[3-6]$/.test(name) ? 3 : null;
}

function inlineOf(nodes: readonly DomNode[], marks: readonly ArticleMark[]): ArticleInline[] {
  return nodes.flatMap((node): ArticleInline[] => {
    if (isText(node)) return [{ type: "text", text: node.data, ...(marks.length ? { marks: [...marks] } : {}) }];
    if (!isElement(node)) return [];
    const name = localName(node.name);
    if (DROPPED.has(name)) return [];
    if (name === "br") return [{ type: "hardBreak" }];
    return inlineOf(node.children, withMark(marks, markOf(name, node.attribs)));
  });
}

function listOf(type: "bulletList" | "orderedList", nodes: readonly DomNode[], nesting: number): ArticleBlock[] {
  const items = nodes
    .filter(isElement)
    .map((item) => blocksOf(localName(item.name) === "li" ? item.children : [item], nesting + 1))
    .filter((content) => content.length > 0)
    .map((content) => ({ type: "listItem" as const, content }));
  return items.length ? [{ type, content: items }] : [];
}

/** The blocks a block-level element stands for. */
function blockOf(name: string, children: readonly DomNode[], nesting: number): ArticleBlock[] {
  const level = headingLevel(name);
  if (level) return [inlineBlock("heading", inlineOf(children, []), level)].filter((block) => block !== null);
  const nested = nesting < MAX_NESTING;
  if (nested && (name === "ul" || name === "ol")) return listOf(name === "ul" ? "bulletList" : "orderedList", children, nesting);
  const content = blocksOf(children, nesting + (nested ? 1 : 0));
  if (nested && name === "blockquote") return content.length ? [{ type: "blockquote", content }] : [];
  return content;
}

function blocksOf(nodes: readonly DomNode[], nesting: number): ArticleBlock[] {
  const blocks: ArticleBlock[] = [];
  let pending: DomNode[] = [];
  const endParagraph = () => {
    const paragraph = inlineBlock("paragraph", inlineOf(pending, []));
    if (paragraph) blocks.push(paragraph);
    pending = [];
  };
  for (const node of nodes) {
    const name = isElement(node) ? localName(node.name) : "";
    if (isElement(node) && BLOCKS.has(name)) {
      endParagraph();
      blocks.push(...blockOf(name, node.children, nesting));
    } else pending.push(node);
  }
  endParagraph();
  return blocks;
}

/**
 * An agency body as a Khabar article document. A block inside an inline element (a <p> in a <b>)
 * is read as part of the inline's paragraph; blocks beyond MAX_BLOCKS are cut.
 * Throws WireBodyTooDeepError for hostile nesting.
 */
export function wireBodyToDocument(html: string): ArticleDocument {
  const handler = new DepthLimitedHandler();
  new Parser(handler, { recognizeSelfClosing: true }).end(html);
  const content = blocksOf(handler.root.children, 0).slice(0, MAX_BLOCKS);
  return content.length ? articleDocumentSchema.parse({ type: "doc", content }) : emptyDocument();
}
