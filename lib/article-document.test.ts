import { describe, expect, it } from "vitest";
import { articleDocumentSchema, documentFromParagraphs, plainTextOf } from "./article-document";

describe("article documents", () => {
  it("round-trips paragraphs to plain text", () => {
    const doc = documentFromParagraphs(["الفقرة الأولى", "الفقرة الثانية"]);
    expect(articleDocumentSchema.parse(doc)).toEqual(doc);
    expect(plainTextOf(doc)).toBe("الفقرة الأولى\n\nالفقرة الثانية");
  });

  it("refuses unknown node types and script links", () => {
    expect(articleDocumentSchema.safeParse({ type: "doc", content: [{ type: "script", text: "x" }] }).success).toBe(false);
    const scriptLink = {
      type: "doc",
      content: [
        {
          type: "paragraph",
          content: [{ type: "text", text: "اضغط", marks: [{ type: "link", attrs: { href: "javascript:alert(1)" } }] }],
        },
      ],
    };
    expect(articleDocumentSchema.safeParse(scriptLink).success).toBe(false);
  });
});
