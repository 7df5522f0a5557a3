import { describe, expect, it } from "vitest";
import { detachConjunction, searchText, searchWord } from "./search-form";

describe("detachConjunction", () => {
  it.each([
    ["والهجوم", "الهجوم"],
    ["فالمدينه", "المدينه"],
    ["وللحكومه", "للحكومه"],
    ["وبالتالي", "بالتالي"],
    ["وكالعاده", "كالعاده"],
  ])("detaches the conjunction before the article in %s", (word, expected) => {
    expect(detachConjunction(word)).toBe(expected);
  });

  it.each(["وزير", "وطن", "والي", "والد", "والده", "فلسطين", "الوزير"])("leaves %s whole", (word) => {
    expect(detachConjunction(word)).toBe(word);
  });
});

describe("searchWord and searchText", () => {
  it("normalise first, then detach", () => {
    expect(searchWord("والإرهابُ")).toBe("الارهاب");
    expect(searchText("تنظيم داعـــش والإرهابُ في سوريةَ")).toBe("تنظيم داعش الارهاب في سوريه");
  });
});
