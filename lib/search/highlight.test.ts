import { describe, expect, it } from "vitest";
import { highlight, searchFormsOf, snippet } from "./highlight";

const matches = (...words: string[]) => (word: string) => words.includes(word);

describe("highlight", () => {
  it("marks matched words as written, diacritics and all", () => {
    const parts = highlight("أودى الهجوم بحياة 20 عنصرًا من قوات النظام", matches("عنصرًا"));
    expect(parts).toEqual([
      { text: "أودى الهجوم بحياة 20 ", match: false },
      { text: "عنصرًا", match: true },
      { text: " من قوات النظام", match: false },
    ]);
    expect(parts.map((part) => part.text).join("")).toBe("أودى الهجوم بحياة 20 عنصرًا من قوات النظام");
  });

  it("returns markup-looking text as plain text", () => {
    const parts = highlight("<script>alert(1)</script> داعش", matches("داعش"));
    expect(parts[0]).toEqual({ text: "<script>alert(1)</script> ", match: false });
  });
});

describe("snippet", () => {
  const long = Array.from({ length: 100 }, (_, i) => `خبر${i}`).join(" ");

  it("cuts around the matches and shows the cuts", () => {
    const { parts, matched } = snippet(long, matches("خبر50"), 10);
    expect(matched).toBe(true);
    const text = parts.map((part) => part.text).join("");
    expect(text.startsWith("… خبر44")).toBe(true);
    expect(text.endsWith("خبر53 …")).toBe(true);
    expect(parts.find((part) => part.match)?.text).toBe("خبر50");
  });

  it("prefers the passage with the most matches", () => {
    const { parts } = snippet(long, matches("خبر5", "خبر80", "خبر82", "خبر84"), 12);
    expect(parts.filter((part) => part.match).map((part) => part.text)).toEqual(["خبر80", "خبر82", "خبر84"]);
  });

  it("opens the text when nothing matches", () => {
    const { parts, matched } = snippet(long, matches(), 3);
    expect(matched).toBe(false);
    expect(parts).toEqual([{ text: "خبر0 خبر1 خبر2 …", match: false }]);
  });

  it("handles empty text", () => {
    expect(snippet("", matches())).toEqual({ parts: [], matched: false });
  });
});

describe("searchFormsOf", () => {
  it("gives each word as written its search form, once", () => {
    const forms = searchFormsOf(["داعش دَاعش عنصرًا", "والإرهاب، داعـــش داعش"]);
    expect([...forms]).toEqual([
      ["داعش", "داعش"],
      ["دَاعش", "داعش"],
      // A lexicon word is followed by its singular (lib/search/lexicon.ts).
      ["عنصرًا", "عنصرا عنصر"],
      // Stretched, without hamza, the conjunction before the article detached.
      ["والإرهاب", "الارهاب"],
      ["داعـــش", "داعش"],
    ]);
  });
});
