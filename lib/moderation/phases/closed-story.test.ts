import { describe, expect, it } from "vitest";
import { ar } from "@/lib/i18n/ar";
import { daysBefore, moderationContext, NOW } from "../test-context";
import { refuseClosedStory } from "./closed-story";

describe("refuseClosedStory", () => {
  it("lets comments through on an open story within the auto-close period", () => {
    expect(refuseClosedStory(moderationContext({ article: { publishedAt: daysBefore(29) } }), NOW)).toBeUndefined();
  });

  it("refuses comments on a story an editor closed", () => {
    expect(refuseClosedStory(moderationContext({ article: { commentMode: "closed" } }), NOW)).toEqual({
      outcome: "refused",
      rule: "closed-story",
      message: ar.moderation.refused.storyClosed,
      evidence: { kind: "closed", cause: "closed" },
    });
  });

  it("refuses comments once the auto-close period has passed, to the millisecond", () => {
    const context = moderationContext({ article: { publishedAt: daysBefore(30) }, text: "هل من جديد؟" });
    expect(refuseClosedStory(context, NOW)?.evidence).toEqual({ kind: "closed", cause: "auto-closed" });
    expect(refuseClosedStory(context, new Date(NOW.getTime() - 1))).toBeUndefined();
  });

  it("follows the site's auto-close setting, and never auto-closes when it is off", () => {
    const oldStory = { publishedAt: daysBefore(400) };
    expect(refuseClosedStory(moderationContext({ article: oldStory, settings: { autoCloseAfterDays: 365 } }), NOW)).toMatchObject({
      rule: "closed-story",
    });
    expect(refuseClosedStory(moderationContext({ article: oldStory, settings: { autoCloseAfterDays: null } }), NOW)).toBeUndefined();
  });

  it("leaves premoderated stories open", () => {
    expect(refuseClosedStory(moderationContext({ article: { commentMode: "premoderated" } }), NOW)).toBeUndefined();
  });
});
