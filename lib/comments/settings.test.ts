import { describe, expect, it } from "vitest";
import { defaultCommentSettings, isCommentingClosed, readCommentSettings, toModerationSettings } from "./settings";

describe("comment settings", () => {
  it("starts with guests off and sensible limits", () => {
    expect(defaultCommentSettings).toMatchObject({ guestComments: false, reportThreshold: 3, trustThreshold: 3, maxLinks: 2 });
  });

  it("falls back to the defaults for a stored object it cannot read", () => {
    expect(readCommentSettings({ trustThreshold: -4 })).toEqual(defaultCommentSettings);
    expect(readCommentSettings(null)).toEqual(defaultCommentSettings);
    expect(readCommentSettings({ guestComments: true }).guestComments).toBe(true);
  });

  it("gives the pipeline the word lists and always pre-moderates guests", () => {
    const rules = toModerationSettings(defaultCommentSettings, { bannedWords: ["حقير"], suspectWords: [] });
    expect(rules.premoderateGuests).toBe(true);
    expect(rules.bannedWords.find("يا حقير")?.word).toBe("حقير");
  });

  it("closes a story by its mode or its age", () => {
    const now = new Date("2026-03-31T00:00:00Z");
    const settings = { autoCloseAfterDays: 30 };
    expect(isCommentingClosed({ commentMode: "closed", publishedAt: now }, settings, now)).toBe(true);
    expect(isCommentingClosed({ commentMode: "open", publishedAt: "2026-03-02T00:00:00Z" }, settings, now)).toBe(false);
    expect(isCommentingClosed({ commentMode: "open", publishedAt: "2026-03-01T00:00:00Z" }, settings, now)).toBe(true);
    expect(isCommentingClosed({ commentMode: "open", publishedAt: "2020-01-01T00:00:00Z" }, { autoCloseAfterDays: null }, now)).toBe(false);
  });
});
