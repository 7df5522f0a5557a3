import { describe, expect, it } from "vitest";
import { compileModerationSettings, moderationSettingsSchema } from "./settings";

describe("compileModerationSettings", () => {
  it("fills in defaults and compiles both word lists", () => {
    const settings = compileModerationSettings({ bannedWords: ["داعش"], suspectWords: ["عميل"] });
    expect(settings).toMatchObject({
      maxLinks: 2,
      trustThreshold: 3,
      autoCloseAfterDays: 30,
      rateLimit: { maxComments: 5, windowMinutes: 10 },
      repeatPostWindowMinutes: 60,
      premoderateGuests: true,
    });
    expect(settings.bannedWords.find("والداعش")?.word).toBe("داعش");
    expect(settings.suspectWords.find("العميل")?.word).toBe("عميل");
    expect(settings.bannedWords.find("عميل")).toBeUndefined();
  });

  it("refuses settings that make no sense", () => {
    expect(moderationSettingsSchema.safeParse({ maxLinks: -1 }).success).toBe(false);
    expect(moderationSettingsSchema.safeParse({ trustThreshold: 1.5 }).success).toBe(false);
    expect(moderationSettingsSchema.safeParse({ autoCloseAfterDays: 0 }).success).toBe(false);
    expect(moderationSettingsSchema.safeParse({ rateLimit: { maxComments: 0, windowMinutes: 10 } }).success).toBe(false);
    expect(moderationSettingsSchema.safeParse({ bannedWords: ["!!!"] }).success).toBe(false);
    expect(moderationSettingsSchema.safeParse({ bannedWords: ["  "] }).success).toBe(false);
  });

  it("keeps comments open forever when auto-closing is off", () => {
    expect(compileModerationSettings({ autoCloseAfterDays: null }).autoCloseAfterDays).toBeNull();
  });
});
