import type { ArticleBlock, ArticleDocument, ArticleInline } from "@/lib/article-document";

// The article document as an HTML string, for feed readers (RSS content:encoded, Atom content).
// Same allow-list as the page renderer; every text and attribute is escaped, so nothing stored
// is ever emitted as markup.

const HTML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
// Characters XML 1.0 forbids outright; a feed containing one is not well-formed.
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function xmlSafe(text: string): string {
  return text.replace(NOT_XML, "");
}

export function escapeHtml(text: string): string {
  return xmlSafe(text).replace(/[&<>"']/g, (char) => HTML_ESCAPES[char]!);
}

function inlineHtml(inline: ArticleInline, base: string): string {
  if (inline.type === "hardBreak") return "<br>";
  return (inline.marks ?? []).reduce((html, mark) => {
    if (mark.type === "bold") return `<strong>${html}</strong>`;
    if (mark.type === "italic") return `<em>${html}</em>`;
    return `<a href="${escapeHtml(new URL(mark.attrs.href, base).toString())}">${html}</a>`;
  }, escapeHtml(inline.text));
}

function blockHtml(block: ArticleBlock, base: string): string {
  const inlines = (content: ArticleInline[] | undefined) => (content ?? []).map((inline) => inlineHtml(inline, base)).join("");
  switch (block.type) {
    case "paragraph":
      return `<p>${inlines(block.content)}</p>`;
    case "heading":
      return `<h${block.attrs.level}>${inlines(block.content)}</h${block.attrs.level}>`;
    case "blockquote":
      return `<blockquote>${block.content.map((child) => blockHtml(child, base)).join("")}</blockquote>`;
    case "bulletList":
    case "orderedList": {
      const tag = block.type === "bulletList" ? "ul" : "ol";
      const items = block.content.map((item) => `<li>${item.content.map((child) => blockHtml(child, base)).join("")}</li>`);
      return `<${tag}>${items.join("")}</${tag}>`;
    }
  }
}

/** `base` resolves the document's relative links, since a feed reader shows them elsewhere. */
export function articleHtml(document: ArticleDocument, base: string): string {
  return document.content.map((block) => blockHtml(block, base)).join("\n");
}
