import { describe, expect, it } from "vitest";
import { articleDocumentSchema, emptyDocument, MAX_BLOCKS, MAX_TEXT_NODE_LENGTH, plainTextOf } from "@/lib/article-document";
import { WireBodyTooDeepError, wireBodyToDocument } from "./wire-body";

const paragraph = (text: string) => ({ type: "paragraph", content: [{ type: "text", text }] });

describe("wireBodyToDocument", () => {
  it("keeps Arabic paragraphs as written, whitespace collapsed", () => {
    const document = wireBodyToDocument("<p>  دمشق (ن ن) -\n   أعلنت   المؤسسة  </p>\n<p>وقال المدير إن القرار نافذ.</p>");
    expect(document.content).toEqual([paragraph("دمشق (ن ن) - أعلنت المؤسسة"), paragraph("وقال المدير إن القرار نافذ.")]);
  });

  it("collapses the space between differently marked words to one, and trims each line", () => {
    expect(wireBodyToDocument("<p><i> هنا </i><br> <b>قال </b> </p>").content[0]).toEqual({
      type: "paragraph",
      content: [{ type: "text", text: "هنا", marks: [{ type: "italic" }] }, { type: "hardBreak" }, { type: "text", text: "قال", marks: [{ type: "bold" }] }],
    });
    expect(wireBodyToDocument("<p>خبر <b> عاجل </b> الآن</p>").content[0]).toEqual({
      type: "paragraph",
      content: [
        { type: "text", text: "خبر " },
        { type: "text", text: "عاجل ", marks: [{ type: "bold" }] },
        { type: "text", text: "الآن" },
      ],
    });
  });

  it("keeps mixed Arabic and English with bold, italic and safe links", () => {
    const document = wireBodyToDocument('<p>قالت <b>Reuters</b> إن <em>الميناء</em> <a href="https://example.com/port">يعمل</a></p>');
    expect(document.content[0]).toEqual({
      type: "paragraph",
      content: [
        { type: "text", text: "قالت " },
        { type: "text", text: "Reuters", marks: [{ type: "bold" }] },
        { type: "text", text: " إن " },
        { type: "text", text: "الميناء", marks: [{ type: "italic" }] },
        { type: "text", text: " " },
        { type: "text", text: "يعمل", marks: [{ type: "link", attrs: { href: "https://example.com/port" } }] },
      ],
    });
  });

  it("drops scripts, styles, iframes and event attributes, keeping the prose around them", () => {
    const html =
      '<p onclick="steal()">نص <script>alert("x")</script>آمن<style>p{}</style></p><iframe src="https://evil.example">إطار</iframe>' +
      '<img src="x" onerror="alert(1)"><p><span style="color:red" onmouseover="x()">ملوّن</span></p>';
    const document = wireBodyToDocument(html);
    expect(document.content).toEqual([paragraph("نص آمن"), paragraph("ملوّن")]);
    expect(JSON.stringify(document)).not.toMatch(/alert|steal|onerror|evil|إطار|color/);
  });

  it("keeps a link's text but not a javascript:, data: or protocol-relative target", () => {
    for (const href of ["javascript:alert(1)", "JaVaScRiPt&#58;alert(1)", " data:text/html,x", "//evil.example/x", "vbscript:x"]) {
      expect(wireBodyToDocument(`<p><a href="${href}">رابط</a></p>`).content).toEqual([paragraph("رابط")]);
    }
  });

  it("maps h1 and h2 to level 2, h3 to h6 to level 3", () => {
    const document = wireBodyToDocument("<h1>أ</h1><h2>ب</h2><h3>ج</h3><h6>د</h6>");
    expect(document.content.map((block) => (block.type === "heading" ? block.attrs.level : null))).toEqual([2, 2, 3, 3]);
  });

  it("keeps lists, quotes and line breaks, dropping what is empty", () => {
    const document = wireBodyToDocument("<ul><li>أول</li><li> </li><li>ثانٍ</li></ul><ol><li>واحد</li></ol><blockquote><p>قال:<br>نعم</p></blockquote><p> </p><p><br></p>");
    expect(document.content).toEqual([
      { type: "bulletList", content: [{ type: "listItem", content: [paragraph("أول")] }, { type: "listItem", content: [paragraph("ثانٍ")] }] },
      { type: "orderedList", content: [{ type: "listItem", content: [paragraph("واحد")] }] },
      { type: "blockquote", content: [{ type: "paragraph", content: [{ type: "text", text: "قال:" }, { type: "hardBreak" }, { type: "text", text: "نعم" }] }] },
    ]);
  });

  it("unwraps unknown tags and reads loose text as paragraphs", () => {
    const document = wireBodyToDocument("مقدمة <custom-tag>بلا وسم</custom-tag><div><section>قسم</section></div><table><tr><td>خلية</td></tr></table>");
    expect(document.content).toEqual([paragraph("مقدمة بلا وسم"), paragraph("قسم"), paragraph("خلية")]);
  });

  it("reads an XHTML document, its head dropped and prefixed elements read by local name", () => {
    const xhtml = '<html xmlns="http://www.w3.org/1999/xhtml"><head/><body><h:p xmlns:h="http://www.w3.org/1999/xhtml">نص</h:p></body></html>';
    expect(wireBodyToDocument(xhtml).content).toEqual([paragraph("نص")]);
    expect(wireBodyToDocument("<html><head><title>عنوان</title></head><body><p>متن</p></body></html>").content).toEqual([paragraph("متن")]);
  });

  it("gives the editor's empty document for a body with no words", () => {
    expect(wireBodyToDocument("")).toEqual(emptyDocument());
    expect(wireBodyToDocument("<p> </p><script>x</script>")).toEqual(emptyDocument());
  });

  it("stays within the document schema's limits", () => {
    const long = wireBodyToDocument(`<p>${"ب".repeat(MAX_TEXT_NODE_LENGTH + 5)}</p>`);
    expect(plainTextOf(long)).toHaveLength(MAX_TEXT_NODE_LENGTH + 5);
    const many = wireBodyToDocument("<p>فقرة</p>".repeat(MAX_BLOCKS + 10));
    expect(many.content).toHaveLength(MAX_BLOCKS);
    const nestedMarks = wireBodyToDocument("<p><b><i><a href='/x'><b><i><strong>عميق</strong></i></b></a></i></b></p>");
    expect(articleDocumentSchema.safeParse(nestedMarks).success).toBe(true);
    const deepQuotes = wireBodyToDocument(`${"<blockquote>".repeat(40)}اقتباس${"</blockquote>".repeat(40)}`);
    expect(articleDocumentSchema.safeParse(deepQuotes).success).toBe(true);
    expect(plainTextOf(deepQuotes)).toBe("اقتباس");
  });

  it("refuses hostile nesting quickly, with an error of its own", () => {
    const started = performance.now();
    expect(() => wireBodyToDocument(`${"<div>".repeat(150_000)}x${"</div>".repeat(150_000)}`)).toThrow(WireBodyTooDeepError);
    expect(() => wireBodyToDocument(`${"<span>".repeat(20_000)}x`)).toThrow(WireBodyTooDeepError);
    expect(performance.now() - started).toBeLessThan(1_000);
  });
});
