import { describe, expect, it } from "vitest";
import { countCharacters, neutralizeCommentText } from "./text";

describe("neutralizeCommentText", () => {
  it.each([
    ["LRE", "\u202A"],
    ["RLE", "\u202B"],
    ["PDF", "\u202C"],
    ["LRO", "\u202D"],
    ["RLO", "\u202E"],
    ["LRI", "\u2066"],
    ["RLI", "\u2067"],
    ["FSI", "\u2068"],
    ["PDI", "\u2069"],
    ["LRM", "\u200E"],
    ["RLM", "\u200F"],
    ["ALM", "\u061C"],
    ["zero-width space", "\u200B"],
    ["zero-width no-break space", "\uFEFF"],
    ["word joiner", "\u2060"],
    ["soft hyphen", "\u00AD"],
  ])("removes %s", (_name, control) => {
    expect(neutralizeCommentText(`خبر${control} مهم${control}`)).toBe("خبر مهم");
  });

  it("removes a right-to-left override that would show the text reversed", () => {
    expect(neutralizeCommentText("visit \u202Emoc.elpmaxe\u202C now")).toBe("visit moc.elpmaxe now");
  });

  it("keeps ZWNJ between letters, where Persian and Kurdish spelling needs it", () => {
    expect(neutralizeCommentText("می\u200Cخواهم")).toBe("می\u200Cخواهم");
    expect(neutralizeCommentText("مَی\u064E\u200Cخواهم")).toBe("مَی\u064E\u200Cخواهم");
  });

  it("removes ZWNJ and ZWJ that join nothing", () => {
    expect(neutralizeCommentText("\u200Cشكرا\u200C \u200D")).toBe("شكرا");
    expect(neutralizeCommentText("دا\u200Dعش")).toBe("داعش");
  });

  it("keeps ZWJ inside emoji sequences", () => {
    expect(neutralizeCommentText("👩\u200D💻")).toBe("👩\u200D💻");
    expect(neutralizeCommentText("👩🏽\u200D💻")).toBe("👩🏽\u200D💻");
    expect(neutralizeCommentText("🏳\uFE0F\u200D🌈")).toBe("🏳\uFE0F\u200D🌈");
  });

  it("collapses spaces, trims lines and keeps at most one blank line", () => {
    expect(neutralizeCommentText("  خبر\t\u00A0 مهم  \r\n\r\n\r\n\r\n  شكرا\u2028جزيلا  ")).toBe(
      "خبر مهم\n\nشكرا\nجزيلا",
    );
  });

  it("removes control characters but keeps markup as literal text", () => {
    expect(neutralizeCommentText("a\u0000b\u0007c")).toBe("abc");
    expect(neutralizeCommentText("<b>مهم</b>")).toBe("<b>مهم</b>");
  });

  it("leaves nothing of a comment made only of invisible characters and spaces", () => {
    expect(neutralizeCommentText("\u200B\u202E \u200C\u2066\n\t\uFEFF")).toBe("");
  });

  it("composes decomposed text", () => {
    expect(neutralizeCommentText("\u0627\u0654حمد")).toBe("أحمد");
  });
});

describe("countCharacters", () => {
  it("counts an emoji as one character", () => {
    expect(countCharacters("👍 شكرا")).toBe(6);
  });

  it("does not count tashkeel", () => {
    expect(countCharacters("مَرْحَبًا")).toBe(countCharacters("مرحبا"));
  });
});
