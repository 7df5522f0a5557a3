import { describe, expect, it } from "vitest";
import { normalizeArabic } from "@/lib/arabic/normalize";
import { lexiconForm, lexiconSingular, pluralPairs } from "./lexicon";
import { indexedText, indexedWord } from "./search-form";

// What a plural adds to the index must be what its singular is (or adds): then a query for
// either finds both.
const singularForm = (word: string) => {
  const form = normalizeArabic(word);
  return lexiconForm(form) ?? form;
};

describe("news lexicon", () => {
  it("holds at least 300 singular/plural pairs", () => {
    expect(pluralPairs.length).toBeGreaterThanOrEqual(300);
  });

  it("gives no form two singulars", () => {
    const seen = new Map<string, string>();
    for (const { singular, plural } of pluralPairs) {
      const form = normalizeArabic(plural);
      expect(seen.get(form) ?? singular, `${plural} is listed under ${seen.get(form)} and ${singular}`).toBe(singular);
      seen.set(form, singular);
    }
  });

  it.each(pluralPairs.map(({ singular, plural }) => [plural, singular]))("%s is searched as %s", (plural, singular) => {
    expect(lexiconSingular(normalizeArabic(plural))).toBe(normalizeArabic(singular));
    expect(singularForm(`ال${plural}`)).toBe(normalizeArabic(singular));
    expect(singularForm(plural)).toBe(singularForm(singular));
  });

  it.each([
    ["هدفان", "هدف"],
    ["هدفين", "هدف"],
    ["الهدفين", "هدف"],
    ["حكومتان", "حكومه"],
    ["الحكومتين", "حكومه"],
    ["لاجئون", "لاجي"],
    ["اللاجئين", "لاجي"],
    ["للاجئين", "لاجي"],
    ["والعناصر", "عنصر"],
    ["بالعناصر", "عنصر"],
    ["لعناصر", "عنصر"],
    ["عنصرا", "عنصر"],
  ])("reads the dual or clitic form %s as %s", (word, singular) => {
    expect(lexiconForm(indexedWord(word).split(" ")[0]!)).toBe(singular);
  });

  it.each([
    ["لداعش", "داعش"],
    ["لسوريا", "سوريا"],
    ["لدمشق", "دمشق"],
    ["لحلب", "حلب"],
    ["ولحلب", "حلب"],
  ])("reads ل before a listed name: %s", (word, name) => {
    expect(indexedWord(word)).toBe(`${word} ${name}`);
  });

  it.each(["لبنان", "لجنة", "لقاء", "لكن", "ليبيا", "بيان", "وزير", "داعش", "قال"])("adds nothing to %s", (word) => {
    expect(indexedWord(word)).toBe(normalizeArabic(word));
  });

  it("indexes a text with each lexicon word's singular after it", () => {
    expect(indexedText("مقتل 20 عنصرًا وعناصر لداعش")).toBe("مقتل 20 عنصرا عنصر وعناصر عنصر لداعش داعش");
  });
});
