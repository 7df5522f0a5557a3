import { describe, expect, it } from "vitest";
import { MAX_TERMS, parseSearchQuery, toTsQuery } from "./query";

const tsquery = (raw: string, weights?: string) => toTsQuery(parseSearchQuery(raw).terms, weights);

describe("parseSearchQuery", () => {
  it("normalises the words before anything else", () => {
    expect(parseSearchQuery("عنصرًا").terms[0]?.spellings).toEqual(["عنصرا"]);
    expect(parseSearchQuery("داعـــش ").terms[0]?.spellings).toEqual(["داعش"]);
    expect(parseSearchQuery("الإرهاب ").terms[0]?.spellings).toEqual(["الارهاب"]);
  });

  it("keeps the reader's spelling for display and suggestions", () => {
    const parsed = parseSearchQuery("  الإرهابُ   في   سوريةَ ");
    expect(parsed.text).toBe("الإرهابُ في سوريةَ");
    expect(parsed.terms.map((term) => term.typed)).toEqual(["الإرهاب", "سورية"]);
  });

  it("searches every spelling of a place name", () => {
    expect(parseSearchQuery("سوريا").terms[0]?.spellings).toEqual(["سوريا", "سوريه"]);
    expect(parseSearchQuery("سورية").terms[0]?.spellings).toEqual(["سوريه", "سوريا"]);
    expect(parseSearchQuery("مسئول").terms[0]?.spellings).toEqual(["مسيول", "مسوول"]);
  });

  it("drops function words, but not a name spelled like one", () => {
    expect(parseSearchQuery("هجوم على دمشق ").terms.map((t) => t.typed)).toEqual(["هجوم", "دمشق"]);
    expect(parseSearchQuery("علي دمشق ").terms.map((t) => t.typed)).toEqual(["علي", "دمشق"]);
    expect(parseSearchQuery("في").terms.map((t) => t.typed)).toEqual(["في"]);
  });

  it("treats the last word as still being typed unless the query ends with a space", () => {
    expect(parseSearchQuery("هجوم داع").terms.map((t) => t.prefix)).toEqual([false, true]);
    expect(parseSearchQuery("هجوم داعش ").terms.map((t) => t.prefix)).toEqual([false, false]);
    expect(parseSearchQuery("هجوم د").terms.map((t) => t.prefix)).toEqual([false, false]);
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
    expect(tsquery("هجوم سوريا")).toBe("'هجوم' & ('سوريا' | 'سوريه')");
    expect(tsquery("هجوم داع")).toBe("'هجوم' & 'داع':*");
  });

  it("restricts to the weights asked for", () => {
    expect(tsquery("هجوم داع", "A")).toBe("'هجوم':A & 'داع':*A");
    expect(tsquery("هجوم ", "AB")).toBe("'هجوم':AB");
    expect(tsquery("هجوم ", "A; drop")).toBe("'هجوم'");
  });

  it.each([
    ["", null],
    ["   ", null],
    ["!!! ... ؟؟؟ «»", null],
    ["&|!():*", null],
    ["'", null],
    ["\\", null],
    ["داعش & !سوريا", "'داعش' & ('سوريا' | 'سوريه')"],
    ["(داعش | حلب):* <-> !x", "'داعش' & 'حلب' & 'x'"],
    ["'داعش' or 1=1; --", "'داعش' & 'or' & '1'"],
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
  const spellings = (raw: string) => new Set(parseSearchQuery(`${raw} `).terms[0]?.spellings);
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
    expect(spellings(a)).toEqual(spellings(b));
  });
});
