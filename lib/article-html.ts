import sanitizeHtml from "sanitize-html";
import { blockDirAttribute, type TextDirection } from "@/lib/arabic/direction";
import { blockText, type ArticleBlock, type ArticleDocument, type ArticleImageAttrs, type ArticleInline } from "@/lib/article-document";
import { ar } from "@/lib/i18n/ar";
import { xmlSafe } from "@/lib/xml-text";
import { ARTICLE_IMAGE_SIZES, defaultWidthFor, mediaPath, srcSetFor } from "@/lib/media/image-variants";

// The stored document as an HTML string, for places that need markup rather than React
// (feeds, e-mail). It mirrors components/article/article-body.tsx, escapes every string,
// and then passes the result through sanitize-html with a strict allow-list as a second line
// of defence, so that a bug here can still not smuggle a script or an event handler out.

const ALLOWED: sanitizeHtml.IOptions = {
  allowedTags: ["p", "h2", "h3", "strong", "em", "a", "br", "blockquote", "ul", "ol", "li", "figure", "picture", "source", "img", "figcaption", "span"],
  allowedAttributes: {
    a: ["href", "rel", "target"],
    img: ["src", "srcset", "sizes", "width", "height", "alt", "loading", "decoding"],
    source: ["type", "srcset", "sizes"],
    span: ["class"],
    p: ["dir"],
    h2: ["dir"],
    h3: ["dir"],
    blockquote: ["dir"],
    figure: ["class"],
  },
  allowedClasses: { span: ["article-figure__credit"], figure: ["article-figure"] },
  allowedSchemes: ["http", "https", "mailto"],
  allowedSchemesByTag: { img: [], source: [] },
  allowProtocolRelative: false,
  disallowedTagsMode: "discard",
  selfClosing: [...sanitizeHtml.defaults.selfClosing, "source"],
  // Images come from this site's /media/ only.
  exclusiveFilter: (frame) => (frame.tag === "img" || frame.tag === "source") && !/^\/media\//.test(frame.attribs.src ?? frame.attribs.srcset ?? ""),
};

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
const escape = (text: string) => text.replace(/[&<>"']/g, (char) => ESCAPES[char]!);
const attr = (name: string, value: string | number | undefined) => (value === undefined ? "" : ` ${name}="${escape(String(value))}"`);

function inline(node: ArticleInline): string {
  if (node.type === "hardBreak") return "<br />";
  return (node.marks ?? []).reduce((html, mark) => {
    if (mark.type === "bold") return `<strong>${html}</strong>`;
    if (mark.type === "italic") return `<em>${html}</em>`;
    const external = /^https?:/i.test(mark.attrs.href);
    return `<a${attr("href", mark.attrs.href)}${external ? ' rel="noopener noreferrer nofollow" target="_blank"' : ""}>${html}</a>`;
  }, escape(node.text));
}

const inlines = (content: ArticleInline[] | undefined) => (content ?? []).map(inline).join("");

function block(node: ArticleBlock, direction: TextDirection): string {
  const dir = attr("dir", blockDirAttribute(blockText(node), direction));
  const children = (blocks: ArticleBlock[]) => blocks.map((child) => block(child, direction)).join("");
  switch (node.type) {
    case "paragraph":
      return `<p${dir}>${inlines(node.content)}</p>`;
    case "heading":
      return `<h${node.attrs.level}${dir}>${inlines(node.content)}</h${node.attrs.level}>`;
    case "blockquote":
      return `<blockquote${dir}>${children(node.content)}</blockquote>`;
    case "bulletList":
    case "orderedList": {
      const tag = node.type === "bulletList" ? "ul" : "ol";
      return `<${tag}>${node.content.map((item) => `<li>${children(item.content)}</li>`).join("")}</${tag}>`;
    }
    case "image": {
      const image = node.attrs;
      const credit = image.credit ? `<span class="article-figure__credit">${image.caption ? " " : ""}${escape(ar.article.imageCredit(image.credit))}</span>` : "";
      const caption = image.caption || image.credit ? `<figcaption>${escape(image.caption)}${credit}</figcaption>` : "";
      return (
        `<figure class="article-figure"><picture>` +
        `<source type="image/webp"${attr("srcset", srcSetFor(image.imageId, image.width, "webp"))}${attr("sizes", ARTICLE_IMAGE_SIZES)} />` +
        `<img${attr("src", mediaPath(image.imageId, defaultWidthFor(image.width)))}${attr("srcset", srcSetFor(image.imageId, image.width, "fallback"))}` +
        `${attr("sizes", ARTICLE_IMAGE_SIZES)}${attr("width", image.width)}${attr("height", image.height)}${attr("alt", image.alt)} loading="lazy" decoding="async" />` +
        `</picture>${caption}</figure>`
      );
    }
  }
}

/** The raw markup, before sanitising (exported for tests that compare it with the sanitised output). */
export function renderArticleMarkup(document: ArticleDocument, direction: TextDirection = "rtl"): string {
  return document.content.map((node) => block(node, direction)).join("");
}

/** Sanitises any HTML with the article allow-list. */
export function sanitizeArticleHtml(html: string): string {
  return sanitizeHtml(html, ALLOWED);
}

export function renderArticleHtml(document: ArticleDocument, direction: TextDirection = "rtl"): string {
  return sanitizeArticleHtml(renderArticleMarkup(document, direction));
}

/** A URL attribute made absolute against `origin`, for readers that see the HTML out of the site. */
function absolutize(value: string, origin: string): string {
  return value
    .split(",")
    .map((candidate) => candidate.trim().replace(/^\/(?!\/)/, `${origin}/`))
    .join(", ");
}

/**
 * The article for feed readers: XML-safe, sanitised like the page, every link and image absolute,
 * in a block that carries the story's language and direction (a feed reader's page is usually
 * left to right). `lead`, the story's cover, goes first. Images must still come from this site's
 * /media/, now as absolute URLs.
 */
export function renderFeedHtml(
  document: ArticleDocument,
  origin: string,
  { direction = "rtl", language = "ar", lead = null }: { direction?: TextDirection; language?: string; lead?: ArticleImageAttrs | null } = {},
): string {
  const toAbsolute = (tagName: string, attribs: sanitizeHtml.Attributes) => {
    for (const name of ["href", "src", "srcset"]) {
      if (attribs[name]) attribs[name] = absolutize(attribs[name], origin);
    }
    return { tagName, attribs };
  };
  const media = `${origin}/media/`;
  const ownImage = (url: string | undefined) => (url ?? "").split(",").every((candidate) => candidate.trim().startsWith(media));
  const body = (lead ? block({ type: "image", attrs: lead }, direction) : "") + renderArticleMarkup(document, direction);
  return sanitizeHtml(`<div${attr("dir", direction)}${attr("lang", language)}>${xmlSafe(body)}</div>`, {
    ...ALLOWED,
    allowedTags: [...(ALLOWED.allowedTags as string[]), "div"],
    allowedAttributes: { ...ALLOWED.allowedAttributes, div: ["dir", "lang"] },
    allowedSchemesByTag: { img: ["http", "https"], source: ["http", "https"] },
    exclusiveFilter: (frame) => (frame.tag === "img" && !ownImage(frame.attribs.src)) || (frame.tag === "source" && !ownImage(frame.attribs.srcset)),
    transformTags: { a: toAbsolute, img: toAbsolute, source: toAbsolute },
  });
}
