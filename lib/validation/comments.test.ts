import { describe, expect, it } from "vitest";
import { commentSettingsSchema } from "@/lib/comments/settings";
import {
  commentFieldsSchema,
  commentSettingsFormSchema,
  moderateSchema,
  moderationWordSchema,
  parseGuest,
  postCommentSchema,
  sanctionSchema,
} from "./comments";

describe("comment form validation", () => {
  it("takes an empty parent as a top-level comment and insists on a key", () => {
    const base = { articleId: crypto.randomUUID(), body: "نص", clientKey: crypto.randomUUID() };
    expect(postCommentSchema.parse({ ...base, parentId: "" }).parentId).toBeNull();
    expect(postCommentSchema.safeParse({ ...base, clientKey: "not-a-key", parentId: "" }).success).toBe(false);
  });

  it("normalises a guest's e-mail and explains bad guest fields in Arabic", () => {
    expect(parseGuest({ guestName: " زائر ", guestEmail: " Guest@Example.COM " })).toEqual({
      guest: { name: "زائر", email: "guest@example.com" },
    });
    const refused = parseGuest({ guestName: "ز", guestEmail: "nope" });
    expect(refused).toMatchObject({ fieldErrors: { guestName: [expect.stringMatching(/اسمك/)], guestEmail: [expect.stringMatching(/بريدًا/)] } });
  });
});

describe("moderation desk validation", () => {
  it("explains in Arabic what is wrong with a moderation request", () => {
    const arabic = /[\u0600-\u06FF]/;
    const id = crypto.randomUUID();
    for (const input of [
      { ids: [], decision: "approve" },
      { ids: ["not-an-id"], decision: "approve" },
      { ids: Array.from({ length: 101 }, () => id), decision: "approve" },
      { ids: [id], decision: "delete" },
      { ids: [id], decision: "reject", note: "ن".repeat(501) },
      { ids: null, decision: null },
    ]) {
      const result = moderateSchema.safeParse(input);
      expect(result.success).toBe(false);
      for (const issue of result.error!.issues) expect(issue.message).toMatch(arabic);
    }
  });

  it("turns the settings form into a settings object the pipeline accepts", () => {
    const parsed = commentSettingsFormSchema.parse({
      guestComments: "on",
      trustThreshold: "2",
      maxLinks: "1",
      autoCloseAfterDays: "",
      reportThreshold: "4",
      rateMax: "6",
      rateWindow: "15",
      ipMax: "40",
      ipWindow: "10",
      repeatWindow: "30",
    });
    expect(parsed).toEqual({
      guestComments: true,
      trustThreshold: 2,
      maxLinks: 1,
      autoCloseAfterDays: null,
      reportThreshold: 4,
      rateLimit: { maxComments: 6, windowMinutes: 15 },
      ipRateLimit: { maxComments: 40, windowMinutes: 10 },
      repeatPostWindowMinutes: 30,
    });
    expect(commentSettingsSchema.parse(parsed)).toEqual(parsed);
  });

  it("refuses nonsense settings", () => {
    const form = { trustThreshold: "-1", maxLinks: "x", reportThreshold: "0", rateMax: "1", rateWindow: "1", ipMax: "1", ipWindow: "1", repeatWindow: "1" };
    const result = commentSettingsFormSchema.safeParse(form);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path[0]).sort()).toEqual(["maxLinks", "reportThreshold", "trustThreshold"]);
  });

  it("needs a reason for a sanction, and a ban has no end", () => {
    const userId = crypto.randomUUID();
    expect(sanctionSchema.safeParse({ userId, kind: "suspension", days: "3", reason: "" }).success).toBe(false);
    expect(sanctionSchema.parse({ userId, kind: "ban", days: "3", reason: "رسائل مزعجة" }).days).toBeNull();
    expect(sanctionSchema.parse({ userId, kind: "suspension", days: "", reason: "إساءة" }).days).toBe(1);
  });

  it("keeps listed words tidy and refuses entries without letters", () => {
    expect(moderationWordSchema.parse({ list: "banned", word: "  اربح   المال " }).word).toBe("اربح المال");
    expect(moderationWordSchema.safeParse({ list: "banned", word: "!!!" }).success).toBe(false);
    expect(moderationWordSchema.safeParse({ list: "other", word: "كلمة" }).success).toBe(false);
  });
});

describe("the comment form's fields", () => {
  it("keeps the text fields the form sends and drops anything else", () => {
    expect(commentFieldsSchema.parse({ body: "نص", website: "", extra: "x" })).toEqual({ body: "نص", website: "" });
  });

  it.each([["not an object", "نص"], ["a field that is not text", { body: 42 }], ["nothing", null]])("refuses %s", (_, input) => {
    expect(commentFieldsSchema.safeParse(input).success).toBe(false);
  });
});
