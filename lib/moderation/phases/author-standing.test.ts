import { describe, expect, it } from "vitest";
import { ar } from "@/lib/i18n/ar";
import { minutesBefore, moderationContext, NOW } from "../test-context";
import { refuseAuthorOutOfStanding } from "./author-standing";

describe("refuseAuthorOutOfStanding", () => {
  it("lets an author in good standing through", () => {
    expect(refuseAuthorOutOfStanding(moderationContext(), NOW)).toBeUndefined();
  });

  it("refuses a banned author", () => {
    expect(refuseAuthorOutOfStanding(moderationContext({ author: { banned: true } }), NOW)).toEqual({
      outcome: "refused",
      rule: "author-standing",
      message: ar.moderation.refused.authorBanned,
      evidence: { kind: "standing", cause: "banned" },
    });
  });

  it("refuses a suspended author and says until when, in the newsroom's time zone", () => {
    const context = moderationContext({ author: { suspendedUntil: new Date("2026-03-02T09:30:00Z") } });
    expect(refuseAuthorOutOfStanding(context, NOW)).toEqual({
      outcome: "refused",
      rule: "author-standing",
      message: "حسابك موقوف عن التعليق حتى 2 آذار/مارس 2026 في 12:30 م.",
      evidence: { kind: "standing", cause: "suspended" },
    });
  });

  it("lets an author through once the suspension has ended", () => {
    expect(refuseAuthorOutOfStanding(moderationContext({ author: { suspendedUntil: NOW } }), NOW)).toBeUndefined();
    expect(refuseAuthorOutOfStanding(moderationContext({ author: { suspendedUntil: minutesBefore(1) } }), NOW)).toBeUndefined();
  });
});
