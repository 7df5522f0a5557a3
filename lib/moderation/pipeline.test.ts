import { describe, expect, it } from "vitest";
import { ar } from "@/lib/i18n/ar";
import { moderateComment, moderationPhases } from "./pipeline";
import { minutesBefore, moderationContext, NOW, recentComment } from "./test-context";
import type { RuleId } from "./types";

const settings = { bannedWords: ["داعش"], suspectWords: ["عميل"], maxLinks: 2, trustThreshold: 3 };
const threeLinks = "example.com و www.example.net و https://example.org";
const fiveRecentComments = ["أولًا", "ثانيًا", "ثالثًا", "رابعًا", "خامسًا"].map((text, index) =>
  recentComment(`recent-${index}`, text, minutesBefore(index + 1)),
);

describe("moderateComment", () => {
  it("approves a trusted author's clean comment", () => {
    expect(moderateComment(moderationContext({ settings }), NOW)).toEqual({
      outcome: "stored",
      status: "approved",
      rule: "clean",
      reason: ar.moderation.approved,
    });
  });

  it("rejects a banned word and tells the moderator which word, and where", () => {
    const text = "الخبر عن بدَاعِش صحيح";
    const decision = moderateComment(moderationContext({ settings, text }), NOW);
    expect(decision).toEqual({
      outcome: "stored",
      status: "rejected",
      rule: "banned-words",
      reason: ar.moderation.rejected.bannedWords,
      evidence: { kind: "word", list: "banned", word: "داعش", index: 9, length: 7, form: "clitic" },
    });
    expect(text.slice(9, 16)).toBe("بدَاعِش");
  });

  it("holds a new author's clean comment for review", () => {
    const context = moderationContext({ settings, author: { approvedCommentCount: 0 } });
    expect(moderateComment(context, NOW)).toMatchObject({ outcome: "stored", status: "pending", rule: "trust" });
  });

  it("refuses a comment on a closed story without storing it", () => {
    const context = moderationContext({ settings, article: { commentMode: "closed" } });
    expect(moderateComment(context, NOW)).toEqual({
      outcome: "refused",
      rule: "closed-story",
      message: ar.moderation.refused.storyClosed,
      evidence: { kind: "closed", cause: "closed" },
    });
  });

  it("holds a guest's comment even when the guest would otherwise pass", () => {
    const context = moderationContext({ settings, author: { isGuest: true, approvedCommentCount: 50 } });
    expect(moderateComment(context, NOW)).toMatchObject({ status: "pending", rule: "premoderation" });
  });

  // Each row triggers two neighbouring rules at once; the earlier one must decide.
  it.each<[RuleId, RuleId, Parameters<typeof moderationContext>[0]]>([
    ["closed-story", "author-standing", { article: { commentMode: "closed" }, author: { banned: true } }],
    ["author-standing", "rate-limit", { author: { banned: true }, recentComments: fiveRecentComments }],
    ["rate-limit", "length", { recentComments: fiveRecentComments, text: " " }],
    ["length", "banned-words", { text: `داعش ${"ب".repeat(2000)}` }],
    [
      "banned-words",
      "repeat-post",
      { text: "داعش مرة أخرى", recentComments: [recentComment("old", "داعش مرة أخرى", minutesBefore(5))] },
    ],
    ["repeat-post", "links", { text: threeLinks, recentComments: [recentComment("old", threeLinks, minutesBefore(5))] }],
    ["links", "suspect-words", { text: `العميل ${threeLinks}` }],
    ["suspect-words", "premoderation", { text: "العميل", article: { commentMode: "premoderated" } }],
    ["premoderation", "trust", { article: { commentMode: "premoderated" }, author: { approvedCommentCount: 0 } }],
  ])("lets %s decide before %s", (first, second, overrides) => {
    const context = moderationContext({ settings, ...overrides });
    const objections = moderationPhases.flatMap((phase) => phase(context, NOW)?.rule ?? []);
    expect(objections.slice(0, 2)).toEqual([first, second]);
    expect(moderateComment(context, NOW).rule).toBe(first);
  });

  it("tells a suspended author about the suspension, not about the empty comment", () => {
    const context = moderationContext({ settings, text: "", author: { suspendedUntil: minutesBefore(-60) } });
    expect(moderateComment(context, NOW)).toMatchObject({ outcome: "refused", rule: "author-standing" });
  });
});
