import { describe, expect, it } from "vitest";
import { pluralPairs } from "@/lib/search/lexicon";
import { normalizeArabic, removeInvisibleCharacters, stripArabicMarks } from "./normalize";

describe("normalizeArabic", () => {
  it.each([
    ["عنصرًا", "عنصرا"],
    ["يذكّرنا", "يذكرنا"],
    ["داعـــش", "داعش"],
    ["الإرهاب", "الارهاب"],
    ["سورية", "سوريه"],
    ["أحمد إبراهيم آمال ٱلله", "احمد ابراهيم امال الله"],
    ["مستشفى", "مستشفي"],
    ["مسؤول", "مسوول"],
    ["مسئول", "مسيول"],
    ["کتاب", "كتاب"],
    ["عام ٢٠٢٦ و۱۴", "عام 2026 و14"],
    ["GitHub", "github"],
  ])("folds %s to %s", (input, expected) => {
    expect(normalizeArabic(input)).toBe(expected);
  });

  // A Latin letter in front sends a word the long way, through every step of the normaliser.
  it("folds a word written in plain letters as it folds the same word among other text", () => {
    const words = pluralPairs.flatMap((pair) => [pair.singular, pair.plural]);
    const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, offset) => String.fromCodePoint(from + offset));
    // The Arabic block, its supplement, and the presentation forms.
    const everyCharacter = [...range(0x0600, 0x06ff), ...range(0x0750, 0x077f), ...range(0xfb50, 0xfeff)];
    for (const word of [...words, ...everyCharacter, "داعـش", "ﻻ", "عنصرًا"]) {
      expect(normalizeArabic(word), word).toBe(normalizeArabic(`x${word}`).slice(1));
    }
  });

  it("treats decomposed and composed hamza forms alike", () => {
    expect(normalizeArabic("\u0627\u0654حمد")).toBe(normalizeArabic("أحمد"));
  });

  it("removes bidi controls and zero-width characters used to disguise words", () => {
    expect(normalizeArabic("دا\u200Bعش")).toBe("داعش");
    expect(normalizeArabic("\u202Eداعش\u202C")).toBe("داعش");
  });

  it.each([
    ["soft hyphen", "\u00AD"],
    ["word joiner", "\u2060"],
    ["Mongolian vowel separator", "\u180E"],
    ["combining grapheme joiner", "\u034F"],
    ["Arabic letter mark", "\u061C"],
  ])("removes a %s hidden inside a word", (_name, invisible) => {
    expect(normalizeArabic(`دا${invisible}عش`)).toBe("داعش");
  });

  it("folds Arabic presentation forms to the letters they draw", () => {
    expect(normalizeArabic("\uFEA9\uFE8D\uFECB\uFEB6")).toBe("داعش");
    expect(normalizeArabic("\uFEFB\uFDF2")).toBe("لاالله");
  });

  it("drops tashkeel presentation forms without splitting the word", () => {
    expect(normalizeArabic("دا\uFE76عش")).toBe("داعش");
    expect(normalizeArabic("دا\uFE77عش")).toBe("داعش");
  });

  it("folds full-width and mathematical Latin to plain lower case", () => {
    expect(normalizeArabic("ＳＰＡＭ")).toBe("spam");
    expect(normalizeArabic("\u{1D42C}\u{1D429}\u{1D41A}\u{1D426}")).toBe("spam");
  });
});

describe("removeInvisibleCharacters", () => {
  it("removes every invisible character unless asked to keep one where it stands", () => {
    expect(removeInvisibleCharacters("a\u200Bb\u202Ec\u200Cd")).toBe("abcd");
    expect(removeInvisibleCharacters("a\u200Bb\u200Cd", (char) => char === "\u200C")).toBe("ab\u200Cd");
  });
});

describe("stripArabicMarks", () => {
  it("keeps hamza and ta marbuta as written", () => {
    expect(stripArabicMarks("الإِرْهَابُ في سوريةَ")).toBe("الإرهاب في سورية");
  });
});
