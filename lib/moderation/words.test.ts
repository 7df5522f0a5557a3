import { describe, expect, it } from "vitest";
import { normalizeArabic } from "@/lib/arabic/normalize";
import { splitWords } from "./words";

function spans(text: string) {
  return splitWords(text).map(({ text: word, start, end }) => [word, text.slice(start, end)]);
}

describe("splitWords", () => {
  it("normalises each word and keeps the span it was written in", () => {
    expect(spans("قالَ: الإرهابـــيّ، هنا")).toEqual([
      ["قال", "قالَ"],
      ["الارهابي", "الإرهابـــيّ"],
      ["هنا", "هنا"],
    ]);
  });

  it("keeps a word whole when invisible characters are inserted between its letters", () => {
    expect(spans("\u202Eدا\u200Bع\u2066ش\u202C")).toEqual([["داعش", "دا\u200Bع\u2066ش"]]);
  });

  it("counts offsets in UTF-16 units, past emoji and other astral characters", () => {
    const [word] = splitWords("😀😀 كلب");
    expect(word).toEqual({ text: "كلب", start: 5, end: 8 });
  });

  it("composes a decomposed hamza before folding it", () => {
    expect(spans("\u0627\u0654حمد")).toEqual([["احمد", "\u0627\u0654حمد"]]);
  });

  it("maps every character of an expanded ligature to the ligature", () => {
    expect(spans("يا \uFDF2")).toEqual([
      ["يا", "يا"],
      ["الله", "\uFDF2"],
    ]);
  });

  it("splits on punctuation, spaces and symbols but not on digits", () => {
    expect(splitWords("spam,SPAM!sp4m 👍 ٢٠٢٦").map((word) => word.text)).toEqual(["spam", "spam", "sp4m", "2026"]);
  });

  it("produces the words the whole-text normaliser would", () => {
    const text = "أحمد إبراهيم يكتبُ عن «الدولة» في سوريةَ عام ٢٠٢٦ - GitHub ﺩﺍﻋﺶ";
    expect(splitWords(text).map((word) => word.text)).toEqual(normalizeArabic(text).match(/[\p{L}\p{M}\p{N}]+/gu));
  });
});
