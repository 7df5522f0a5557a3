import { describe, expect, it } from "vitest";
import { ar } from "@/lib/i18n/ar";
import { moderationContext, NOW } from "../test-context";
import { holdTooManyLinks } from "./links";

describe("holdTooManyLinks", () => {
  it("lets a comment with as many links as allowed through", () => {
    const text = "المصدر: https://example.com وأيضًا www.example.org";
    expect(holdTooManyLinks(moderationContext({ text, settings: { maxLinks: 2 } }), NOW)).toBeUndefined();
  });

  it("holds a comment with more links than allowed", () => {
    const text = "اربح الآن: example.com و bit.ly/abc و https://spam.net";
    expect(holdTooManyLinks(moderationContext({ text, settings: { maxLinks: 2 } }), NOW)).toEqual({
      outcome: "stored",
      status: "pending",
      rule: "links",
      reason: ar.moderation.pending.links,
      evidence: { kind: "links", links: 3, max: 2 },
    });
  });

  it("holds any link when the site allows none", () => {
    const text = "شاهد exam\u200Bple.com";
    expect(holdTooManyLinks(moderationContext({ text, settings: { maxLinks: 0 } }), NOW)?.evidence).toEqual({
      kind: "links",
      links: 1,
      max: 0,
    });
  });
});
