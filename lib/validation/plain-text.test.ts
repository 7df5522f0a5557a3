import { describe, expect, it } from "vitest";
import { profileSchema, registerSchema } from "./auth";
import { parseGuest } from "./comments";
import { lineText, noteText } from "./plain-text";

const name = (displayName: string) => profileSchema.safeParse({ displayName });

describe("names and one-line texts", () => {
  it.each([
    ["RLO … PDF (a name that would read reversed)", "\u202Enimda\u202C", "nimda"],
    ["LRO", "\u202Dسامر", "سامر"],
    ["RLE and LRE", "\u202Bهدى\u202A سليم\u202C", "هدى سليم"],
    ["isolates LRI, RLI, FSI, PDI", "\u2066Sam\u2069 \u2067سامي\u2069 \u2068x\u2069", "Sam سامي x"],
    ["marks LRM, RLM, ALM", "\u200Eليلى\u200F\u061C", "ليلى"],
    ["zero-width space and joiner between Arabic letters", "لي\u200Bلى\u200D", "ليلى"],
    ["word joiner, soft hyphen, BOM", "\uFEFFرا\u2060مي\u00AD", "رامي"],
    ["a line break and runs of spaces", "  هدى \n\n  سليم  ", "هدى سليم"],
  ])("drops %s", (_, typed, stored) => {
    expect(name(typed).data?.displayName).toBe(stored);
  });

  it("keeps a ZWNJ that spells a Persian name", () => {
    expect(name("مهر\u200Cنوش").data?.displayName).toBe("مهر\u200Cنوش");
  });

  it.each([
    ["spaces and invisible characters only", "\u200B\u200B \u202E\u202C"],
    ["digits only", "2026"],
    ["punctuation and emoji only", "..🙂🙂"],
    ["tatweel only", "ـــــ"],
    ["Hangul fillers", "\u3164\u3164"],
  ])("refuses a name of %s, saying what to write", (_, typed) => {
    const result = name(typed);
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((issue) => issue.message).join(" ")).toMatch(/حروف تُقرأ|حرفان على الأقل/);
  });

  it("refuses a name that is two letters only once its invisible padding is gone", () => {
    expect(name("\u200Bه\u200B").success).toBe(false);
  });

  it("neutralises the name at registration", () => {
    const parsed = registerSchema.parse({ displayName: "\u202Enimda\u202C", email: "n@example.com", password: "شاي-بالنعناع-2026" });
    expect(parsed.displayName).toBe("nimda");
  });

  it("neutralises a guest commenter's name and refuses one without a letter", () => {
    const guestEmail = "guest@example.com";
    expect(parseGuest({ guestName: "\u202Eضيف\u202C", guestEmail }).guest?.name).toBe("ضيف");
    expect(parseGuest({ guestName: "\u200B\u200B!!", guestEmail }).fieldErrors?.guestName?.join(" ")).toContain("حروف تُقرأ");
  });

  it("keeps a note's paragraphs but drops its bidi controls", () => {
    expect(noteText(500, "طويل").parse("أولًا\u202E\n\nثانيًا")).toBe("أولًا\n\nثانيًا");
    expect(lineText(10, "طويل").parse("سطر\nثان")).toBe("سطر ثان");
  });
});
