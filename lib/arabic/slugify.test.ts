import { describe, expect, it } from "vitest";
import { isPlausibleSlug, MAX_SLUG_LENGTH, slugify } from "./slugify";

describe("slugify", () => {
  it("keeps Arabic letters and digits, joined by hyphens", () => {
    expect(slugify("مقتل 20 عنصرا من قوات النظام السوري وموالين بهجوم من داعش")).toBe(
      "مقتل-20-عنصرا-من-قوات-النظام-السوري-وموالين-بهجوم-من-داعش",
    );
  });

  it("drops tashkeel, tatweel and punctuation, Arabic and Latin", () => {
    expect(slugify("«عاجل»: هجومٌ مفاجئ، في دمشـــق؟ (تحديث)")).toBe("عاجل-هجوم-مفاجئ-في-دمشق-تحديث");
  });

  it("lower-cases Latin words in mixed headlines", () => {
    expect(slugify("شركة Nvidia تفتتح مكتبًا في دبي")).toBe("شركة-nvidia-تفتتح-مكتبا-في-دبي");
  });

  it("cuts long headlines at a word boundary", () => {
    const slug = slugify("كلمة ".repeat(40));
    expect(slug.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH);
    expect(slug.endsWith("كلمة")).toBe(true);
  });
});

describe("isPlausibleSlug", () => {
  it("accepts generated slugs and refuses paths, dots and absurd lengths", () => {
    expect(isPlausibleSlug("مقتل-20-عنصرا")).toBe(true);
    expect(isPlausibleSlug("../etc/passwd")).toBe(false);
    expect(isPlausibleSlug("a".repeat(1000))).toBe(false);
    expect(isPlausibleSlug("")).toBe(false);
  });
});
