import { describe, expect, it } from "vitest";
import { ar } from "@/lib/i18n/ar";
import { minutesBefore, moderationContext, NOW, recentComment } from "../test-context";
import { rejectRepeatPost } from "./repeat-post";

const earlier = recentComment("earlier", "اشترك في قناتي على يوتيوب!", minutesBefore(20));

describe("rejectRepeatPost", () => {
  it("lets a new text through", () => {
    const context = moderationContext({ text: "تقرير ممتاز", recentComments: [earlier] });
    expect(rejectRepeatPost(context, NOW)).toBeUndefined();
  });

  it("rejects the same text posted again within the window", () => {
    const context = moderationContext({ text: "اشترك في قناتي على يوتيوب!", recentComments: [earlier] });
    expect(rejectRepeatPost(context, NOW)).toEqual({
      outcome: "stored",
      status: "rejected",
      rule: "repeat-post",
      reason: ar.moderation.rejected.repeatPost,
      evidence: { kind: "repeat", commentId: "earlier" },
    });
  });

  it.each([
    ["tashkeel and tatweel", "اشتركْ في قنـــاتي على يوتيوب!"],
    ["hamza and punctuation", "إشترك، في قناتي على يوتيوب!!!"],
    ["spacing and invisible characters", "  اشترك  في\u200B قناتي\nعلى يوتيوب "],
  ])("sees through %s", (_case, text) => {
    expect(rejectRepeatPost(moderationContext({ text, recentComments: [earlier] }), NOW)?.rule).toBe("repeat-post");
  });

  it("forgets texts posted before the window", () => {
    const context = moderationContext({
      text: earlier.text,
      recentComments: [earlier],
      settings: { repeatPostWindowMinutes: 15 },
    });
    expect(rejectRepeatPost(context, NOW)).toBeUndefined();
  });

  it("does not count a comment as a repeat of itself when it is edited", () => {
    const comment = { kind: "edit" as const, commentId: "earlier", text: earlier.text };
    expect(rejectRepeatPost(moderationContext({ comment, recentComments: [earlier] }), NOW)).toBeUndefined();
  });

  it("rejects an edit that copies another of the author's comments", () => {
    const comment = { kind: "edit" as const, commentId: "other", text: earlier.text };
    expect(rejectRepeatPost(moderationContext({ comment, recentComments: [earlier] }), NOW)?.rule).toBe("repeat-post");
  });
});
