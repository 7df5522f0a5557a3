import { describe, expect, it } from "vitest";
import { normalizeArabic } from "@/lib/arabic/normalize";
import { arabicSkeleton, arabiziSkeleton, collapseRepeats, dotlessReadings, latinReading, withoutSuffixes, withoutVocative } from "./evasions";
import { neutralizeCommentText } from "./text";
import { compileWordList, firstUnexcepted } from "./word-matcher";

describe("evasions", () => {
  it.each([
    ["іdiot", "idiot"],
    ["idi0t", "idiot"],
    ["1d10t", "idiot"],
    ["ѕtupid", "stupid"],
  ])("reads the Latin look-alike %s as %s", (word, read) => {
    expect(latinReading(word)).toBe(read);
  });

  it("leaves plain Latin and Arabic alone", () => {
    expect(latinReading("idiot")).toBeUndefined();
    expect(latinReading("خنزير")).toBeUndefined();
  });

  it.each([
    ["5anzeer", "خنزير"],
    ["7a2eer", "حقير"],
    ["7aqeer", "حقير"],
    ["a7ma2", "أحمق"],
    ["3ahra", "عاهرة"],
  ])("reads the Arabizi %s as %s", (arabizi, arabic) => {
    expect(arabiziSkeleton(arabizi)).toBeDefined();
    expect(arabiziSkeleton(arabizi)).toBe(arabicSkeleton(normalizeArabic(arabic)));
  });

  // Only words with Arabizi's digits are read, and only to three consonants or more.
  it.each(["khanzeer", "habibi", "safely", "b4", "2day", "5g"])("does not read %s as Arabizi", (word) => {
    expect(arabiziSkeleton(word)).toBeUndefined();
  });

  it("collapses repeated letters, strips suffixes and the vocative", () => {
    expect(collapseRepeats("خنززززير")).toBe("خنزير");
    expect(withoutSuffixes("خنزيرهم")).toContain("خنزير");
    expect(withoutSuffixes("كلبه")).toEqual([]);
    expect(withoutVocative("ياخنزير")).toBe("خنزير");
    expect(withoutVocative("يافا")).toBeUndefined();
  });

  it("reads a dotless beh as each letter it may stand for", () => {
    expect(dotlessReadings("خٮزير")).toContain("خنزير");
    expect(dotlessReadings("خنزير")).toEqual([]);
  });

  it("drops narrow spaces inside a word when neutralising, and keeps ordinary ones", () => {
    expect(neutralizeCommentText("خن\u200Aزير")).toBe("خنزير");
    expect(neutralizeCommentText("خن زير")).toBe("خن زير");
    expect(neutralizeCommentText("كلمة \u2009 أخرى")).toBe("كلمة أخرى");
  });
});

describe("per-word clitics and exceptions", () => {
  const list = compileWordList([{ word: "كس", clitics: false }, "خنزير"]);
  const exceptions = compileWordList(["الخنزير البري"]);

  it("matches a word without clitics only as it stands", () => {
    expect(list.find("بكس جديد")).toBeUndefined();
    expect(list.find("كس")).toMatchObject({ word: "كس", form: "exact" });
  });

  it("lets an exception cover a listed word, and only where it stands", () => {
    const text = "الخنزير البري هاجم الحقل، وأنت خنزير";
    const match = firstUnexcepted(list.findAll(text), exceptions.findAll(text));
    expect(match).toMatchObject({ word: "خنزير", index: text.lastIndexOf("خنزير") });
    expect(firstUnexcepted(list.findAll("الخنزير البري"), exceptions.findAll("الخنزير البري"))).toBeUndefined();
  });
});
