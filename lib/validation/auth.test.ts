import { describe, expect, it } from "vitest";
import { normalizeEmail, registerSchema, returnPath } from "./auth";

describe("normalizeEmail", () => {
  it("trims, folds compatibility forms and lower-cases", () => {
    expect(normalizeEmail("  Reader@Khabar.TEST ")).toBe("reader@khabar.test");
    expect(normalizeEmail("ｒｅａｄｅｒ@khabar.test")).toBe("reader@khabar.test");
  });
});

describe("registration rules", () => {
  const valid = { displayName: "هدى", email: "huda@example.com", password: "شاي-بالنعناع-2026" };

  it("accepts a long Arabic passphrase with no composition rules", () => {
    expect(registerSchema.safeParse(valid).success).toBe(true);
  });

  it.each([
    ["a short password", { password: "abc123" }, "كلمة المرور قصيرة"],
    ["an overlong password", { password: "x".repeat(129) }, "أطول من المسموح"],
    ["a common password", { password: "Password123" }, "من أكثر كلمات المرور شيوعًا"],
    ["an invalid email", { email: "huda@" }, "ليس عنوان بريد إلكتروني صالحًا"],
    ["a one-letter name", { displayName: " ه " }, "حرفان على الأقل"],
  ])("refuses %s with an Arabic message", (_, change, message) => {
    const result = registerSchema.safeParse({ ...valid, ...change });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.message).join(" ")).toContain(message);
  });
});

describe("returnPath", () => {
  it.each([
    ["/editor", "/editor"],
    ["/admin/users?q=x#top", "/admin/users?q=x#top"],
    ["https://evil.example/", null],
    ["//evil.example/", null],
    ["/\\evil.example", null],
    ["javascript:alert(1)", null],
    ["", null],
    [undefined, null],
  ])("sends %s to %s (null: the person's own landing page)", (input, expected) => {
    expect(returnPath(input)).toBe(expected);
  });
});
