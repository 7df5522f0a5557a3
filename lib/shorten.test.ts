import { describe, expect, it } from "vitest";
import { shortenAtWord } from "./shorten";

describe("shortenAtWord", () => {
  it("keeps text that fits, with its spaces folded", () => {
    expect(shortenAtWord("  مقتل 20   عنصرا ", 110)).toBe("مقتل 20 عنصرا");
  });

  it("cuts a long headline at a word, ellipsis included in the limit", () => {
    const headline = "انقطاع واسع للتيار الكهربائي في دمشق وريفها ".repeat(4).trim();
    const short = shortenAtWord(headline, 110);
    expect(short.length).toBeLessThanOrEqual(110);
    expect(short.endsWith("…")).toBe(true);
    expect(headline.startsWith(short.slice(0, -1))).toBe(true);
    expect(headline[short.length - 1]).toBe(" ");
  });

  it("cuts inside a word only when no space is near", () => {
    expect(shortenAtWord("ا".repeat(200), 110)).toBe(`${"ا".repeat(109)}…`);
  });
});
