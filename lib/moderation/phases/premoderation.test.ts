import { describe, expect, it } from "vitest";
import { ar } from "@/lib/i18n/ar";
import { moderationContext, NOW } from "../test-context";
import { holdPremoderated } from "./premoderation";

describe("holdPremoderated", () => {
  it("lets a member's comment on an open story through", () => {
    expect(holdPremoderated(moderationContext(), NOW)).toBeUndefined();
  });

  it("holds every comment on a premoderated story, even a trusted member's", () => {
    expect(holdPremoderated(moderationContext({ article: { commentMode: "premoderated" } }), NOW)).toEqual({
      outcome: "stored",
      status: "pending",
      rule: "premoderation",
      reason: ar.moderation.pending.premoderatedStory,
      evidence: { kind: "premoderation", cause: "article" },
    });
  });

  it("holds a guest's comment when guests are premoderated", () => {
    expect(holdPremoderated(moderationContext({ author: { isGuest: true } }), NOW)).toEqual({
      outcome: "stored",
      status: "pending",
      rule: "premoderation",
      reason: ar.moderation.pending.guest,
      evidence: { kind: "premoderation", cause: "guest" },
    });
  });

  it("lets a guest's comment through when guests are not premoderated", () => {
    const context = moderationContext({ author: { isGuest: true }, settings: { premoderateGuests: false } });
    expect(holdPremoderated(context, NOW)).toBeUndefined();
  });
});
