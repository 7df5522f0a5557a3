import { describe, expect, it } from "vitest";
import {
  articleDocumentSchema,
  documentFromParagraphs,
  imagesOf,
  isEmptyDocument,
  plainTextOf,
  type ArticleDocument,
} from "./article-document";

const imageId = "0b7c4c1e-9a2e-4b1a-8f5e-2d7a3f7e1a11";
const paragraphWithLink = (href: string) => ({
  type: "doc",
  content: [{ type: "paragraph", content: [{ type: "text", text: "اضغط", marks: [{ type: "link", attrs: { href } }] }] }],
});

describe("article documents", () => {
  it("round-trips paragraphs to plain text", () => {
    const doc = documentFromParagraphs(["الفقرة الأولى", "الفقرة الثانية"]);
    expect(articleDocumentSchema.parse(doc)).toEqual(doc);
    expect(plainTextOf(doc)).toBe("الفقرة الأولى\n\nالفقرة الثانية");
  });

  it("refuses unknown node types and script links", () => {
    expect(articleDocumentSchema.safeParse({ type: "doc", content: [{ type: "script", text: "x" }] }).success).toBe(false);
    expect(articleDocumentSchema.safeParse(paragraphWithLink("javascript:alert(1)")).success).toBe(false);
  });

  it("drops attributes the allow-list does not name", () => {
    const parsed = articleDocumentSchema.parse({
      type: "doc",
      content: [
        {
          type: "paragraph",
          attrs: { dir: "auto", style: "color:red", onclick: "alert(1)" },
          content: [{ type: "text", text: "نص", marks: [{ type: "link", attrs: { href: "https://example.com", target: "_top", onclick: "x" } }] }],
        },
      ],
    });
    expect(parsed).toEqual({
      type: "doc",
      content: [{ type: "paragraph", content: [{ type: "text", text: "نص", marks: [{ type: "link", attrs: { href: "https://example.com" } }] }] }],
    });
  });

  it("requires alt text on images and accepts only uploaded ones", () => {
    const image = (attrs: Record<string, unknown>) => ({ type: "doc", content: [{ type: "image", attrs }] });
    const valid = { imageId, width: 1600, height: 900, alt: "متطوعون يزيلون الركام في حلب", caption: "", credit: "أ ف ب" };
    expect(articleDocumentSchema.safeParse(image(valid)).success).toBe(true);
    expect(articleDocumentSchema.safeParse(image({ ...valid, alt: "  " })).success).toBe(false);
    expect(articleDocumentSchema.safeParse(image({ ...valid, imageId: "../../etc/passwd" })).success).toBe(false);
    expect(articleDocumentSchema.safeParse(image({ ...valid, src: "https://evil.example/x.png", imageId: undefined })).success).toBe(false);
  });

  it("knows an empty body from one with words or an image", () => {
    expect(isEmptyDocument({ type: "doc", content: [{ type: "paragraph" }, { type: "paragraph", content: [{ type: "text", text: "  " }] }] })).toBe(true);
    expect(isEmptyDocument(documentFromParagraphs(["خبر"]))).toBe(false);
    const withImage: ArticleDocument = {
      type: "doc",
      content: [{ type: "blockquote", content: [{ type: "image", attrs: { imageId, width: 10, height: 10, alt: "صورة", caption: "", credit: "" } }] }],
    };
    expect(isEmptyDocument(withImage)).toBe(false);
    expect(imagesOf(withImage).map((image) => image.imageId)).toEqual([imageId]);
  });
});

// Payloads from the usual XSS cheat sheets, as they would arrive in a crafted save request.
const unsafeHrefs = [
  "javascript:alert(1)",
  "JaVaScRiPt:alert(1)",
  " javascript:alert(1)",
  "java\tscript:alert(1)",
  "java\nscript:alert(1)",
  "&#106;avascript:alert(1)",
  "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
  "vbscript:msgbox(1)",
  "//evil.example/steal",
  "https://ok.example\" onmouseover=\"alert(1)",
  "file:///etc/passwd",
  "",
];

const unsafeDocuments: unknown[] = [
  { type: "doc", content: [{ type: "html", content: "<script>alert(1)</script>" }] },
  { type: "doc", content: [{ type: "iframe", attrs: { src: "https://evil.example" } }] },
  { type: "doc", content: [{ type: "heading", attrs: { level: 1 }, content: [{ type: "text", text: "h1" }] }] },
  { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "x", marks: [{ type: "style", attrs: { css: "x" } }] }] }] },
  { type: "doc", content: [{ type: "paragraph", content: [{ type: "image", attrs: { src: "x", onerror: "alert(1)" } }] }] },
  { type: "doc", content: [{ type: "codeBlock", content: [{ type: "text", text: "<script>" }] }] },
  { type: "doc", content: "<p>not an array</p>" },
  { type: "html", content: [] },
];

describe("the allow-list refuses a corpus of XSS payloads", () => {
  it.each(unsafeHrefs)("refuses the link %j", (href) => {
    expect(articleDocumentSchema.safeParse(paragraphWithLink(href)).success).toBe(false);
  });

  it.each(unsafeDocuments.map((doc, index) => [index, doc]))("refuses document %i", (_, doc) => {
    expect(articleDocumentSchema.safeParse(doc).success).toBe(false);
  });

  it("accepts web, site and mail links", () => {
    for (const href of ["https://example.com/a?b=c#d", "http://example.com", "/articles/خبر", "mailto:desk@khabar.test"]) {
      expect(articleDocumentSchema.safeParse(paragraphWithLink(href)).success, href).toBe(true);
    }
  });
});
