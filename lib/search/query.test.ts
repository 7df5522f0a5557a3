import { describe, expect, it } from "vitest";
import { MAX_TERMS, parseSearchQuery, toTsQuery } from "./query";

const tsquery = (raw: string) => toTsQuery(parseSearchQuery(raw).terms);

describe("parseSearchQuery", () => {
  it("normalises the words before anything else", () => {
    expect(parseSearchQuery("عنصرًا").terms[0]?.spellings[0]).toBe("عنصرا");
    expect(parseSearchQuery("داعـــش ").terms[0]?.spellings[0]).toBe("داعش");
    expect(parseSearchQuery("الإرهاب ").terms[0]?.spellings[0]).toBe("الارهاب");
    expect(parseSearchQuery("والإرهاب ").terms[0]?.spellings[0]).toBe("الارهاب");
  });

  it("keeps the reader's spelling for display and suggestions", () => {
    const parsed = parseSearchQuery("  الإرهابُ   في   سوريةَ ");
    expect(parsed.text).toBe("الإرهابُ في سوريةَ");
    expect(parsed.terms.map((term) => term.typed)).toEqual(["الإرهاب", "سورية"]);
  });

  it("searches every spelling of a place name", () => {
    expect(parseSearchQuery("سوريا").terms[0]?.spellings).toEqual(["سوريا", "السوريا", "سوريه"]);
    expect(parseSearchQuery("سورية").terms[0]?.spellings).toEqual(["سوريه", "السوريه", "سوريا"]);
    expect(parseSearchQuery("مسئول").terms[0]?.spellings).toEqual(["مسيول", "المسيول", "مسوول"]);
  });

  it("searches a word with and without the article, since the stemmer treats them apart", () => {
    expect(parseSearchQuery("الحكومة ").terms[0]?.spellings).toEqual(["الحكومه", "حكومه"]);
    expect(parseSearchQuery("حكومة ").terms[0]?.spellings).toEqual(["حكومه", "الحكومه"]);
    expect(parseSearchQuery("GitHub ").terms[0]?.spellings).toEqual(["github"]);
    expect(parseSearchQuery("2026 ").terms[0]?.spellings).toEqual(["2026"]);
    expect(parseSearchQuery("الي ").terms[0]?.spellings).toEqual(["الي"]);
  });

  it("drops function words, but not a name spelled like one", () => {
    expect(parseSearchQuery("هجوم على دمشق ").terms.map((t) => t.typed)).toEqual(["هجوم", "دمشق"]);
    expect(parseSearchQuery("علي دمشق ").terms.map((t) => t.typed)).toEqual(["علي", "دمشق"]);
    expect(parseSearchQuery("في").terms.map((t) => t.typed)).toEqual(["في"]);
  });

  it("treats the last word as still being typed unless the query ends with a space", () => {
    expect(parseSearchQuery("هجوم داع").terms.map((t) => t.prefixes)).toEqual([[], ["داع"]]);
    expect(parseSearchQuery("هجوم داعش ").terms.map((t) => t.prefixes)).toEqual([[], []]);
    expect(parseSearchQuery("هجوم د").terms.map((t) => t.prefixes)).toEqual([[], []]);
  });

  it.each([
    ["الس", ["الس", "س"]],
    ["السو", ["السو", "سو"]],
    ["الهج", ["الهج", "هج"]],
    ["والس", ["والس", "س"]],
    ["فالس", ["فالس", "س"]],
    ["بالس", ["بالس", "س"]],
    ["كالس", ["كالس", "س"]],
    ["للس", ["للس", "س"]],
    ["وبالس", ["وبالس", "س"]],
    ["فللس", ["فللس", "س"]],
    ["النظام الس", ["الس", "س"]],
    ["قوات الن", ["الن", "ن"]],
    ["سو", ["سو"]],
  ])("searches %s being typed after the article as a prefix with and without it", (raw, prefixes) => {
    expect(parseSearchQuery(raw).terms.at(-1)?.prefixes).toEqual(prefixes);
  });

  it("searches the word being typed as a whole word too, so a finished query needs no space", () => {
    expect(parseSearchQuery("لداعش").terms[0]).toMatchObject({ spellings: ["لداعش", "اللداعش", "داعش"], prefixes: ["لداعش"] });
  });

  it("adds the lexicon's singular to a plural, and the name after ل", () => {
    expect(parseSearchQuery("عناصر ").terms[0]?.spellings).toEqual(["عناصر", "العناصر", "عنصر"]);
    expect(parseSearchQuery("لداعش ").terms[0]?.spellings).toEqual(["لداعش", "اللداعش", "داعش"]);
    expect(parseSearchQuery("هدفين ").terms[0]?.spellings).toEqual(["هدفين", "الهدفين", "هدف"]);
  });

  it("drops repeated words and stops at a sensible number of terms", () => {
    expect(parseSearchQuery("داعش داعش دَاعش").terms).toHaveLength(1);
    const many = Array.from({ length: 30 }, (_, i) => `كلمة${i}`).join(" ");
    expect(parseSearchQuery(many).terms).toHaveLength(MAX_TERMS);
    expect(parseSearchQuery("ا".repeat(1000)).text.length).toBeLessThanOrEqual(200);
  });
});

describe("toTsQuery", () => {
  it("joins terms with & and spellings with |, quoting every lexeme", () => {
    expect(tsquery("هجوم سوريا")).toBe("('هجوم' | 'الهجوم') & ('سوريا' | 'السوريا' | 'سوريه')");
    expect(tsquery("هجوم داع")).toBe("('هجوم' | 'الهجوم') & ('الداع' | 'داع':*)");
    expect(tsquery("قوات الن")).toBe("('قوات' | 'القوات' | 'قوه') & ('الن':* | 'ن':*)");
  });


  it.each([
    ["", null],
    ["   ", null],
    ["!!! ... ؟؟؟ «»", null],
    ["&|!():*", null],
    ["'", null],
    ["\\", null],
    ["داعش & !سوريا", "('داعش' | 'الداعش') & ('سوريا' | 'السوريا' | 'سوريه')"],
    ["(gaza | aleppo):* <-> !x", "'gaza' & 'aleppo' & 'x'"],
    ["'gaza' or 1=1; --", "'gaza' & 'or' & '1'"],
    ["a:*A & bc", "'a' & 'bc':*"],
  ])("makes tsquery syntax in %j harmless", (raw, expected) => {
    expect(tsquery(raw)).toBe(expected);
  });

  it("never lets anything but letters and digits between the quotes", () => {
    const nasty = "x'y\\z:*|&!()<->\u0000\u202E";
    for (const lexeme of tsquery(nasty)!.matchAll(/'([^']*)'/g)) {
      expect(lexeme[1]).toMatch(/^[\p{L}\p{N}\p{M}]+$/u);
    }
  });
});

describe("spellings a reader types interchangeably search alike", () => {
  const spellings = (raw: string) => parseSearchQuery(`${raw} `).terms[0]?.spellings ?? [];
  it.each([
    ["عنصرا", "عنصرًا"],
    ["يذكرنا", "يذكّرنا"],
    ["داعش", "داعـــش"],
    ["الإرهاب", "الارهاب"],
    ["سوريا", "سورية"],
    ["اسلام", "إسلام"],
    ["مسؤول", "مسئول"],
    ["أمريكا", "اميركا"],
    ["٢٠٢٦", "2026"],
    ["یمن", "يمن"],
  ])("%s and %s", (a, b) => {
    expect(spellings(a)).toContain(spellings(b)[0]);
    expect(spellings(b)).toContain(spellings(a)[0]);
  });
});
