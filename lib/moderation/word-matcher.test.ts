import { describe, expect, it } from "vitest";
import { compileWordList } from "./word-matcher";

const list = compileWordList(["داعش", "كلب", "إرهابي", "عاهرة", "غبي", "الدولة الإسلامية", "Spam", "ابن", "ابن كلب"]);

function matched(text: string) {
  const match = list.find(text);
  return match && { word: match.word, written: text.slice(match.index, match.index + match.length) };
}

describe("compileWordList: spelling variants", () => {
  it.each([
    ["داعش", "داعش"],
    ["tashkeel", "دَاعِشٌ"],
    ["tatweel", "داعـــش"],
    ["tashkeel and tatweel", "كَـــلْب"],
    ["presentation forms", "\uFEA9\uFE8D\uFECB\uFEB6"],
    ["alef without hamza", "ارهابي"],
    ["alef with hamza above", "أرهابي"],
    ["alef madda", "آرهابي"],
    ["alef maqsura for ya", "غبى"],
    ["ha for ta marbuta", "عاهره"],
  ])("matches %s: %s", (_variant, text) => {
    expect(list.find(text)).toBeDefined();
  });
});

describe("compileWordList: proclitics", () => {
  it.each([
    ["والداعش", "داعش"],
    ["بداعش", "داعش"],
    ["وبداعش", "داعش"],
    ["فداعش", "داعش"],
    ["لداعش", "داعش"],
    ["كداعش", "داعش"],
    ["الداعش", "داعش"],
    ["فبالداعش", "داعش"],
    ["الكلب", "كلب"],
    ["وكلب", "كلب"],
    ["بالكلب", "كلب"],
    ["فالكلب", "كلب"],
    ["كالكلب", "كلب"],
    ["للكلب", "كلب"],
    ["وللكلب", "كلب"],
    ["ككلب", "كلب"],
    ["وبكلب", "كلب"],
    ["ولكلب", "كلب"],
    ["فبكلب", "كلب"],
    ["والكَـلب", "كلب"],
    ["الإرهابي", "إرهابي"],
    ["للإرهابيّ", "إرهابي"],
    ["والعاهرة", "عاهرة"],
  ])("matches %s for %s", (text, word) => {
    expect(matched(text)).toEqual({ word, written: text });
  });
});

describe("compileWordList: hidden characters", () => {
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
    ["zero-width space", "\u200B"],
    ["ZWNJ", "\u200C"],
    ["ZWJ", "\u200D"],
    ["BOM", "\uFEFF"],
  ])("sees through a %s inserted between letters", (_name, hidden) => {
    const text = `هؤلاء دا${hidden}ع${hidden}ش`;
    expect(matched(text)).toEqual({ word: "داعش", written: `دا${hidden}ع${hidden}ش` });
  });
});

describe("compileWordList: whole words only", () => {
  it.each([
    ["a suffix makes another word", "داعشي"],
    ["a plural suffix", "داعشيون"],
    ["a suffix after proclitics", "والداعشيون"],
    ["a broken plural", "كلاب"],
    ["a possessive suffix", "كلبي"],
    ["ta marbuta as a suffix", "كلبة"],
    ["a letter that is not a proclitic", "مكلب"],
    ["a different letter", "قلب"],
    ["a Latin word that contains the entry", "spammer"],
    ["a Latin word that ends with the entry", "antispam"],
    ["an ordinary space splits the word", "دا عش"],
    ["half a phrase", "الدولة"],
    ["a phrase with a word between", "الدولة العربية الإسلامية"],
  ])("does not match %s: %s", (_case, text) => {
    expect(list.find(text)).toBeUndefined();
  });
});

describe("compileWordList: Latin and phrases", () => {
  it.each(["spam", "SPAM", "Spam!", "spam's", "ＳＰＡＭ"])("matches Latin case-insensitively: %s", (text) => {
    expect(list.find(text)?.word).toBe("Spam");
  });

  it.each([
    ["الدولة الإسلامية", "الدولة الإسلامية"],
    ["قالت الدولةُ   الإسلاميةُ اليوم", "الدولةُ   الإسلاميةُ"],
    ["والدولة الاسلامية", "والدولة الاسلامية"],
    ["للدولة الإسلامية", "للدولة الإسلامية"],
    ["الدولة\nالإسلامية", "الدولة\nالإسلامية"],
  ])("matches a phrase in %j", (text, written) => {
    expect(matched(text)).toEqual({ word: "الدولة الإسلامية", written });
  });

  it("prefers the longest phrase that starts at a word", () => {
    expect(matched("يا ابن كلب")).toEqual({ word: "ابن كلب", written: "ابن كلب" });
    expect(matched("يا وابن كلب")).toEqual({ word: "ابن كلب", written: "وابن كلب" });
  });

  it("lets only the first word of a phrase carry proclitics", () => {
    expect(matched("يا ابن الكلب")).toEqual({ word: "ابن", written: "ابن" });
  });
});

describe("compileWordList: positions in the original text", () => {
  it("points at the word as written, tatweel included", () => {
    expect(list.find("هذا كـــلب!")).toEqual({ word: "كلب", index: 4, length: 6, form: "exact" });
  });

  it("starts at the first letter, not at a bidi control before it", () => {
    expect(list.find("\u202Eداعش\u202C")).toEqual({ word: "داعش", index: 1, length: 4, form: "exact" });
  });

  it("includes the tashkeel on the last letter", () => {
    const text = "هم دَاعِشٌ.";
    expect(list.find(text)).toEqual({ word: "داعش", index: 3, length: 7, form: "exact" });
  });

  it("counts UTF-16 units past emoji", () => {
    expect(list.find("😡😡 وبداعش")).toEqual({ word: "داعش", index: 5, length: 6, form: "clitic" });
  });

  it("reports the first match in reading order", () => {
    expect(matched("كلب ثم داعش")).toEqual({ word: "كلب", written: "كلب" });
  });
});

describe("compileWordList: the list itself", () => {
  it("reports the entry as configured", () => {
    expect(compileWordList(["دَاعِش"]).find("داعش")?.word).toBe("دَاعِش");
  });

  it("keeps the first of several spellings of one entry", () => {
    expect(compileWordList(["داعش", "دَاعِش"]).find("داعش")?.word).toBe("داعش");
  });

  it("ignores entries without letters and matches nothing with an empty list", () => {
    expect(compileWordList(["!!!", " "]).find("!!! ")).toBeUndefined();
    expect(compileWordList([]).find("داعش")).toBeUndefined();
  });
});
