// Text for XML documents (feeds, sitemaps).

const HTML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
// Characters XML 1.0 forbids outright; a feed containing one is not well-formed.
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function xmlSafe(text: string): string {
  return text.replace(NOT_XML, "");
}

export function escapeHtml(text: string): string {
  return xmlSafe(text).replace(/[&<>"']/g, (char) => HTML_ESCAPES[char]!);
}
