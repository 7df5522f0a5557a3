import { describe, expect, it } from "vitest";
import { ar } from "@/lib/i18n/ar";
import { moderationContext, NOW } from "../test-context";
import { holdSuspectWords, rejectBannedWords } from "./word-lists";

const settings = { bannedWords: ["داعش", "كلب"], suspectWords: ["عميل", "خائن"] };

describe("rejectBannedWords", () => {
  it("lets a clean comment through", () => {
    expect(rejectBannedWords(moderationContext({ settings, text: "تقرير دقيق ومفيد" }), NOW)).toBeUndefined();
  });

  it("rejects a comment with a banned word and shows the moderator where it is", () => {
    const text = "هؤلاء وبدَاعـــش سواء";
    expect(rejectBannedWords(moderationContext({ settings, text }), NOW)).toEqual({
      outcome: "stored",
      status: "rejected",
      rule: "banned-words",
      reason: ar.moderation.rejected.bannedWords,
      evidence: { kind: "word", list: "banned", word: "داعش", index: 6, length: 10, form: "clitic" },
    });
    expect(text.slice(6, 16)).toBe("وبدَاعـــش");
  });

  it("does not hold a suspect word: that is the other list's job", () => {
    expect(rejectBannedWords(moderationContext({ settings, text: "هو عميل" }), NOW)).toBeUndefined();
  });
});

describe("holdSuspectWords", () => {
  it("holds a comment with a suspect word without telling the author which", () => {
    const decision = holdSuspectWords(moderationContext({ settings, text: "الكاتب العميل" }), NOW);
    expect(decision).toEqual({
      outcome: "stored",
      status: "pending",
      rule: "suspect-words",
      reason: ar.moderation.pending.review,
      evidence: { kind: "word", list: "suspect", word: "عميل", index: 7, length: 6, form: "clitic" },
    });
    expect(decision?.outcome === "stored" && decision.reason).not.toContain("عميل");
  });

  it("lets a word that merely contains a suspect word through", () => {
    expect(holdSuspectWords(moderationContext({ settings, text: "عملاء وعملية" }), NOW)).toBeUndefined();
  });
});
