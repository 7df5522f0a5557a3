import { describe, expect, it } from "vitest";
import { commentsWithin } from "./recent-comments";
import { minutesBefore, NOW, recentComment } from "./test-context";

describe("commentsWithin", () => {
  it("keeps comments newer than the window start, and ones dated after now", () => {
    const comments = [
      recentComment("old", "قديم", minutesBefore(11)),
      recentComment("edge", "على الحد", minutesBefore(10)),
      recentComment("recent", "حديث", minutesBefore(9)),
      recentComment("future", "ساعة متقدمة", minutesBefore(-1)),
    ];
    expect(commentsWithin(comments, 10, NOW).map((comment) => comment.id)).toEqual(["recent", "future"]);
  });
});
