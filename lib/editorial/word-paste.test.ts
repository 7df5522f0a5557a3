import { describe, expect, it } from "vitest";
import { cleanWordPaste } from "./word-paste";

// As Word (Windows, Arabic and English documents) puts list items on the clipboard.
const item = (list: string, marker: string, text: string, kind = "MsoListParagraphCxSpMiddle") =>
  `<p class=${kind} dir=RTL style='margin-right:36.0pt;text-indent:-18.0pt;mso-list:${list} level1 lfo1'>` +
  `<![if !supportLists]><span style='font-family:Symbol'>${marker}<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp; </span></span><![endif]>` +
  `<span lang=AR-SA>${text}<o:p></o:p></span></p>`;

describe("pasting from Word", () => {
  it("turns bulleted list paragraphs into a list, without the bullets as text", () => {
    const html = `<p class=MsoNormal>قبل القائمة<o:p></o:p></p>\n${item("l0", "·", "البند الأول")}\n${item("l0", "·", "البند الثاني")}\n<p class=MsoNormal>بعدها</p>`;
    const cleaned = cleanWordPaste(html);
    expect(cleaned).toContain("<ul><li><p><span lang=AR-SA>البند الأول</span></p></li><li><p><span lang=AR-SA>البند الثاني</span></p></li></ul>");
    expect(cleaned).not.toContain("·");
    expect(cleaned).toMatch(/^<p class=MsoNormal>قبل القائمة<\/p>/);
    expect(cleaned).toMatch(/<\/ul>\n<p class=MsoNormal>بعدها<\/p>$/);
  });

  it.each([["1."], ["١."], ["أ."], ["a)"], ["iv."]])("turns items numbered %s into a numbered list", (marker) => {
    const cleaned = cleanWordPaste(`${item("l1", marker, "أولًا")}${item("l1", marker, "ثانيًا")}`);
    expect(cleaned).toMatch(/^<ol><li><p>.*أولًا.*<\/p><\/li><li><p>.*ثانيًا.*<\/p><\/li><\/ol>$/);
  });

  it("starts a new list when the list or its kind changes", () => {
    const cleaned = cleanWordPaste(`${item("l0", "·", "نقطة")}${item("l2", "1.", "رقم")}`);
    expect(cleaned.match(/<(ul|ol)>/g)).toEqual(["<ul>", "<ol>"]);
  });

  it("leaves paragraphs that are not list items alone, and drops Word's comments and style blocks", () => {
    const html = `<!--[if gte mso 9]><xml><w:WordDocument></w:WordDocument></xml><![endif]--><style>p.MsoNormal{margin:0}</style><p class=MsoNormal style='text-align:right'>نص عادي<o:p></o:p></p>`;
    expect(cleanWordPaste(html)).toBe("<p class=MsoNormal style='text-align:right'>نص عادي</p>");
  });
});
