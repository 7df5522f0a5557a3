import { describe, expect, it } from "vitest";
import { ar } from "@/lib/i18n/ar";
import { moderationContext, NOW } from "../test-context";
import { MAX_COMMENT_LENGTH, refuseEmptyOrTooLong } from "./length";

function decide(text: string) {
  return refuseEmptyOrTooLong(moderationContext({ text }), NOW);
}

describe("refuseEmptyOrTooLong", () => {
  it("lets an ordinary comment through", () => {
    expect(decide("تغطية ممتازة")).toBeUndefined();
  });

  it.each([
    ["nothing", ""],
    ["spaces and new lines", "  \n\t \u00A0 "],
    ["invisible characters", "\u200B\u200C\u200D\uFEFF\u202E\u2066"],
    ["tashkeel alone", "\u064E\u064B"],
  ])("refuses a comment of %s as empty", (_case, text) => {
    expect(decide(text)).toEqual({
      outcome: "refused",
      rule: "length",
      field: "body",
      message: ar.moderation.refused.empty,
      evidence: { kind: "length", length: 0, max: MAX_COMMENT_LENGTH },
    });
  });

  it("accepts exactly the maximum and refuses one character more", () => {
    expect(decide("ب".repeat(MAX_COMMENT_LENGTH))).toBeUndefined();
    expect(decide("ب".repeat(MAX_COMMENT_LENGTH + 1))).toEqual({
      outcome: "refused",
      rule: "length",
      field: "body",
      message: ar.moderation.refused.tooLong(MAX_COMMENT_LENGTH),
      evidence: { kind: "length", length: MAX_COMMENT_LENGTH + 1, max: MAX_COMMENT_LENGTH },
    });
  });

  it("measures after neutralising, so padding and tashkeel do not count", () => {
    const padded = `  ${"ب\u200B".repeat(MAX_COMMENT_LENGTH)}      `;
    const vocalised = "بَ".repeat(MAX_COMMENT_LENGTH);
    expect(decide(padded)).toBeUndefined();
    expect(decide(vocalised)).toBeUndefined();
  });
});
