import { describe, expect, it } from "vitest";
import { normalizeArabic, stripArabicMarks } from "./normalize";

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

  it("treats decomposed and composed hamza forms alike", () => {
    expect(normalizeArabic("\u0627\u0654حمد")).toBe(normalizeArabic("أحمد"));
  });

  it("removes bidi controls and zero-width characters used to disguise words", () => {
    expect(normalizeArabic("دا\u200Bعش")).toBe("داعش");
    expect(normalizeArabic("\u202Eداعش\u202C")).toBe("داعش");
  });
});

describe("stripArabicMarks", () => {
  it("keeps hamza and ta marbuta as written", () => {
    expect(stripArabicMarks("الإِرْهَابُ في سوريةَ")).toBe("الإرهاب في سورية");
  });
});
