import { describe, expect, it } from "vitest";
import { explainDecision, logActionLabel, markEvidence } from "./desk";

describe("explainDecision", () => {
  it("names the rule and the word it matched, counting positions from 1", () => {
    expect(explainDecision({ rule: "banned-words", evidence: { kind: "word", list: "banned", word: "حقير", index: 20, length: 4 } })).toBe(
      "كلمة محظورة: «حقير» عند الحرف 21",
    );
  });

  it("explains links, trust and reports", () => {
    expect(explainDecision({ rule: "links", evidence: { kind: "links", links: 3, max: 2 } })).toBe("روابط كثيرة: 3 روابط والحد 2");
    expect(explainDecision({ rule: "trust", evidence: { kind: "trust", approvedComments: 1, threshold: 3 } })).toBe(
      "معلّق جديد: 1 معتمد من 3 مطلوبة",
    );
    expect(explainDecision({ rule: "reports", evidence: { kind: "reports", reports: 3 } })).toBe("بلاغات القراء: 3 بلاغات من قراء مختلفين");
    expect(explainDecision({ rule: null, evidence: null })).toBe("");
  });
});

describe("logActionLabel", () => {
  it("says what the rules decided on intake, not that every comment was published", () => {
    expect(logActionLabel({ action: "posted", toStatus: "approved" })).toBe("نُشر (قرار آلي)");
    expect(logActionLabel({ action: "posted", toStatus: "pending" })).toBe("عُلّق للمراجعة (قرار آلي)");
    expect(logActionLabel({ action: "posted", toStatus: "rejected" })).toBe("رُفض (قرار آلي)");
    expect(logActionLabel({ action: "edited", toStatus: "pending" })).toBe("عُدّل وعُلّق للمراجعة (قرار آلي)");
  });

  it("names a person's decisions as before", () => {
    expect(logActionLabel({ action: "approved", toStatus: "approved" })).toBe("اعتُمد");
    expect(logActionLabel({ action: "suspended", toStatus: null })).toBe("أُوقف المعلّق");
  });
});

describe("markEvidence", () => {
  const body = "المراسل غَـبي جدًا";

  it("marks the matched span exactly as written", () => {
    const index = body.indexOf("غَـبي");
    expect(markEvidence(body, { kind: "word", index, length: "غَـبي".length })).toEqual([
      { text: "المراسل ", marked: false },
      { text: "غَـبي", marked: true },
      { text: " جدًا", marked: false },
    ]);
  });

  it("marks nothing when the evidence no longer fits the text", () => {
    expect(markEvidence(body, { kind: "word", index: 40, length: 3 })).toEqual([{ text: body, marked: false }]);
    expect(markEvidence(body, { kind: "links", links: 3 })).toEqual([{ text: body, marked: false }]);
    expect(markEvidence(body, null)).toEqual([{ text: body, marked: false }]);
  });
});
