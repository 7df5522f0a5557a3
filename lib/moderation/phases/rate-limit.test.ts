import { describe, expect, it } from "vitest";
import { ar } from "@/lib/i18n/ar";
import { minutesBefore, moderationContext, NOW, recentComment } from "../test-context";
import { refuseOverRateLimit } from "./rate-limit";

const settings = { rateLimit: { maxComments: 3, windowMinutes: 10 } };
function postedMinutesAgo(...minutes: number[]) {
  return minutes.map((ago, index) => recentComment(`c${index}`, `التعليق رقم ${index}`, minutesBefore(ago)));
}

describe("refuseOverRateLimit", () => {
  it("lets a comment through while the author is under the limit", () => {
    expect(refuseOverRateLimit(moderationContext({ settings, recentComments: postedMinutesAgo(1, 5) }), NOW)).toBeUndefined();
  });

  it("refuses the comment that would go over the limit within the window", () => {
    expect(refuseOverRateLimit(moderationContext({ settings, recentComments: postedMinutesAgo(1, 5, 9) }), NOW)).toEqual({
      outcome: "refused",
      rule: "rate-limit",
      message: ar.moderation.refused.rateLimited,
      evidence: { kind: "rate", comments: 3, windowMinutes: 10 },
    });
  });

  it("does not count comments older than the window", () => {
    expect(refuseOverRateLimit(moderationContext({ settings, recentComments: postedMinutesAgo(1, 5, 10, 30) }), NOW)).toBeUndefined();
  });

  it("does not count an edit against the limit", () => {
    const context = moderationContext({
      settings,
      comment: { kind: "edit", commentId: "c0", text: "أتفق مع الكاتب تمامًا" },
      recentComments: postedMinutesAgo(1, 5, 9),
    });
    expect(refuseOverRateLimit(context, NOW)).toBeUndefined();
  });
});
