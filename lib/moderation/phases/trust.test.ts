import { describe, expect, it } from "vitest";
import { ar } from "@/lib/i18n/ar";
import { moderationContext, NOW } from "../test-context";
import { holdUntilTrusted } from "./trust";

const settings = { trustThreshold: 3 };

describe("holdUntilTrusted", () => {
  it("holds a comment from an author with fewer approved comments than the threshold", () => {
    expect(holdUntilTrusted(moderationContext({ settings, author: { approvedCommentCount: 2 } }), NOW)).toEqual({
      outcome: "stored",
      status: "pending",
      rule: "trust",
      reason: ar.moderation.pending.newAuthor,
      evidence: { kind: "trust", approvedComments: 2, threshold: 3 },
    });
  });

  it("lets an author through from the threshold on", () => {
    expect(holdUntilTrusted(moderationContext({ settings, author: { approvedCommentCount: 3 } }), NOW)).toBeUndefined();
  });

  it("trusts everyone when the threshold is zero", () => {
    const context = moderationContext({ settings: { trustThreshold: 0 }, author: { approvedCommentCount: 0 } });
    expect(holdUntilTrusted(context, NOW)).toBeUndefined();
  });
});
