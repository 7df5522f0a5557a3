import { describe, expect, it } from "vitest";
import { articleHtml, escapeHtml, xmlSafe } from "./article-html";
import { documentFromParagraphs, type ArticleDocument } from "./article-document";

describe("articleHtml", () => {
  it("renders the allowed blocks and escapes every text", () => {
    const document: ArticleDocument = {
      type: "doc",
      content: [
        { type: "paragraph", content: [{ type: "text", text: "<b>لا</b> & ]]> «اقتباس»" }] },
        { type: "heading", attrs: { level: 2 }, content: [{ type: "text", text: "عنوان" }] },
        {
          type: "paragraph",
          content: [
            { type: "text", text: "رابط", marks: [{ type: "link", attrs: { href: "/articles/x?a=1&b=2" } }, { type: "bold" }] },
            { type: "hardBreak" },
          ],
        },
        { type: "bulletList", content: [{ type: "listItem", content: [{ type: "paragraph", content: [{ type: "text", text: "بند" }] }] }] },
      ],
    };
    expect(articleHtml(document, "https://khabar.example/articles/y")).toBe(
      [
        "<p>&lt;b&gt;لا&lt;/b&gt; &amp; ]]&gt; «اقتباس»</p>",
        "<h2>عنوان</h2>",
        '<p><strong><a href="https://khabar.example/articles/x?a=1&amp;b=2">رابط</a></strong><br></p>',
        "<ul><li><p>بند</p></li></ul>",
      ].join("\n"),
    );
  });

  it("keeps Arabic text and diacritics as written", () => {
    expect(articleHtml(documentFromParagraphs(["يذكّرنا بـ20 عنصرًا"]), "https://k.example/")).toBe("<p>يذكّرنا بـ20 عنصرًا</p>");
  });
});

describe("escapeHtml and xmlSafe", () => {
  it("drops characters XML cannot carry", () => {
    expect(xmlSafe("a\u0000b\u0008c\uFFFEd\uD800e\n\tf")).toBe("abcde\n\tf");
    expect(xmlSafe("😀")).toBe("😀");
    expect(escapeHtml(`"'<>&`)).toBe("&quot;&#39;&lt;&gt;&amp;");
  });
});
