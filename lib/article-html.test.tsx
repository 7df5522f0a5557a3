import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ArticleBody } from "@/components/article/article-body";
import { documentFromParagraphs, type ArticleDocument } from "./article-document";
import { renderArticleHtml, renderArticleMarkup, renderFeedHtml, sanitizeArticleHtml } from "./article-html";

const imageId = "0b7c4c1e-9a2e-4b1a-8f5e-2d7a3f7e1a11";

// One of every node and mark type the editor can produce.
const everything: ArticleDocument = {
  type: "doc",
  content: [
    {
      type: "paragraph",
      content: [
        { type: "text", text: "قالت " },
        { type: "text", text: "Reuters", marks: [{ type: "italic" }] },
        { type: "text", text: " إن " },
        { type: "text", text: "20", marks: [{ type: "bold" }] },
        { type: "text", text: " عنصرًا قُتلوا" },
        { type: "hardBreak" },
        { type: "text", text: "المصدر", marks: [{ type: "link", attrs: { href: "https://example.com/a?b=1&c=2" } }] },
        { type: "text", text: " و" },
        { type: "text", text: "رابط داخلي", marks: [{ type: "link", attrs: { href: "/syria" } }] },
      ],
    },
    { type: "heading", attrs: { level: 2 }, content: [{ type: "text", text: "عنوان فرعي" }] },
    { type: "heading", attrs: { level: 3 }, content: [{ type: "text", text: "عنوان أصغر" }] },
    { type: "blockquote", content: [{ type: "paragraph", content: [{ type: "text", text: "«لن نتراجع»" }] }] },
    {
      type: "bulletList",
      content: [
        { type: "listItem", content: [{ type: "paragraph", content: [{ type: "text", text: "أولًا" }] }] },
        { type: "listItem", content: [{ type: "paragraph", content: [{ type: "text", text: "ثانيًا" }] }] },
      ],
    },
    { type: "orderedList", content: [{ type: "listItem", content: [{ type: "paragraph", content: [{ type: "text", text: "واحد" }] }] }] },
    { type: "paragraph", content: [{ type: "text", text: "An English quote, said the minister." }] },
    { type: "image", attrs: { imageId, width: 1200, height: 800, alt: "شارع في دمشق", caption: "سوق الحميدية", credit: "أ ف ب" } },
  ],
};

describe("renderArticleHtml", () => {
  it("renders every node type", () => {
    const html = renderArticleHtml(everything);
    expect(html).toContain("<p>قالت <em>Reuters</em> إن <strong>20</strong> عنصرًا قُتلوا<br />");
    expect(html).toContain('<a href="https://example.com/a?b=1&amp;c=2" rel="noopener noreferrer nofollow" target="_blank">المصدر</a>');
    expect(html).toContain('<a href="/syria">رابط داخلي</a>');
    expect(html).toContain("<h2>عنوان فرعي</h2><h3>عنوان أصغر</h3>");
    expect(html).toContain("<blockquote><p>«لن نتراجع»</p></blockquote>");
    expect(html).toContain("<ul><li><p>أولًا</p></li><li><p>ثانيًا</p></li></ul><ol><li><p>واحد</p></li></ol>");
    expect(html).toContain('<p dir="ltr">An English quote, said the minister.</p>');
    expect(html).toContain('<figure class="article-figure"><picture><source type="image/webp"');
    expect(html).toContain(`srcset="/media/${imageId}/480.webp 480w, /media/${imageId}/960.webp 960w"`);
    expect(html).toContain(`src="/media/${imageId}/960"`);
    expect(html).toContain('width="1200" height="800" alt="شارع في دمشق"');
    expect(html).toContain('<figcaption>سوق الحميدية<span class="article-figure__credit"> (أ ف ب)</span></figcaption>');
  });

  it("keeps what it renders when sanitised (the allow-list covers the renderer)", () => {
    const markup = renderArticleMarkup(everything);
    expect(sanitizeArticleHtml(markup)).toBe(markup);
  });

  it("renders the same markup as the React component readers get", () => {
    const react = renderToStaticMarkup(<ArticleBody document={everything} />)
      .replace(/^<div class="article-body">|<\/div>$/g, "")
      .replace(/<br\/>/g, "<br />")
      .replace(/\/>/g, " />")
      .replace(/ {2}\/>/g, " />")
      .replace(/ fetchPriority="[^"]*"/g, "");
    // HTML attribute names are case-insensitive (React writes srcSet); void tags may or may not close.
    const normalise = (html: string) =>
      html
        .replace(/\s*\/>/g, ">")
        .replace(/ (loading|decoding)="[^"]*"/g, "")
        .replace(/srcSet=/g, "srcset=");
    expect(normalise(react)).toBe(normalise(renderArticleMarkup(everything)));
  });

  it("escapes stored text, so markup typed into a story stays text", () => {
    const doc: ArticleDocument = {
      type: "doc",
      content: [
        { type: "paragraph", content: [{ type: "text", text: '<script>alert(1)</script><img src=x onerror="alert(1)">' }] },
        { type: "image", attrs: { imageId, width: 500, height: 300, alt: '"><svg onload=alert(1)>', caption: "<b>x</b>", credit: "" } },
      ],
    };
    for (const html of [renderArticleHtml(doc), renderToStaticMarkup(<ArticleBody document={doc} />)]) {
      expect(html).not.toMatch(/<script|<img src=x|<svg|<b>/i);
      expect(html).toContain("&lt;script&gt;");
    }
  });
});

// Hostile HTML as it might reach a feed from anywhere: the sanitiser must leave it inert.
const xssCorpus = [
  "<script>alert(1)</script>",
  "<img src=x onerror=alert(1)>",
  "<svg onload=alert(1)><circle/></svg>",
  '<a href="javascript:alert(1)">x</a>',
  '<a href="JaVaScRiPt:alert(1)">x</a>',
  '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)">x</a>',
  '<a href=" javascript:alert(1)">x</a>',
  '<a href="data:text/html,<script>alert(1)</script>">x</a>',
  '<iframe src="javascript:alert(1)"></iframe>',
  '<p style="background:url(javascript:alert(1))" onclick="alert(1)">x</p>',
  "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>",
  '<form action="javascript:alert(1)"><button>x</button></form>',
  '<object data="javascript:alert(1)"></object>',
  '<embed src="javascript:alert(1)">',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
  '<details open ontoggle=alert(1)>',
  '<img src="https://evil.example/track.gif" alt="x">',
  '<source srcset="javascript:alert(1)">',
  "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\"></noscript>",
  '<a href="//evil.example">x</a>',
  // The advisories fixed after the pinned sanitize-html (2.17.6, 2.17.7) need svg, math or SVG
  // animation elements allowed; the allow-list has none of them, which these payloads pin.
  "<svg><textarea><img src=x onerror=alert(1)></textarea></svg>",
  "<math><xmp><img src=x onerror=alert(1)></xmp></math>",
  '<svg><animate attributeName="href" values="javascript:alert(1)"/><a><text>x</text></a></svg>',
];

describe("the sanitiser leaves a corpus of XSS payloads inert", () => {
  it.each(xssCorpus)("%s", (payload) => {
    const html = sanitizeArticleHtml(payload);
    expect(html).not.toMatch(/<(script|iframe|svg|math|object|embed|form|style|meta|details|noscript)/i);
    expect(html).not.toMatch(/\son\w+\s*=/i);
    expect(html).not.toMatch(/javascript:|data:text|vbscript:/i);
    expect(html).not.toMatch(/evil\.example/);
    expect(html).not.toMatch(/<img/i);
  });
});

describe("renderFeedHtml", () => {
  it("makes links absolute for feed readers and keeps escaping", () => {
    const html = renderFeedHtml(
      {
        type: "doc",
        content: [
          { type: "paragraph", content: [{ type: "text", text: "<b>لا</b> & رابط", marks: [{ type: "link", attrs: { href: "/articles/x?a=1&b=2" } }] }] },
        ],
      },
      "https://khabar.example",
    );
    expect(html).toContain('href="https://khabar.example/articles/x?a=1&amp;b=2"');
    expect(html).toContain("&lt;b&gt;لا&lt;/b&gt; &amp; رابط");
  });
});

describe("renderFeedHtml images", () => {
  const picture: ArticleDocument = { type: "doc", content: everything.content.slice(-1) };

  it("gives feed readers absolute src and srcset on this site's /media/", () => {
    const html = renderFeedHtml(picture, "https://khabar.example");
    expect(html).toContain(`src="https://khabar.example/media/${imageId}/960"`);
    expect(html).toContain(`srcset="https://khabar.example/media/${imageId}/480 480w, https://khabar.example/media/${imageId}/960 960w"`);
    expect(html).toContain(`<source type="image/webp" srcset="https://khabar.example/media/${imageId}/480.webp 480w,`);
    expect(html).toContain('alt="شارع في دمشق"');
  });

  it("wraps the story in its language and direction, with the lead photo first", () => {
    const html = renderFeedHtml(documentFromParagraphs(["نص الخبر"]), "https://khabar.example", {
      lead: { imageId, width: 1600, height: 900, alt: "صورة الخبر", caption: "", credit: "" },
    });
    expect(html).toMatch(/^<div dir="rtl" lang="ar"><figure class="article-figure"><picture>/);
    expect(html).toContain(`src="https://khabar.example/media/${imageId}/960"`);
    expect(html).toMatch(/<\/figure><p>نص الخبر<\/p><\/div>$/);
  });
});

