import { describe, expect, it } from "vitest";
import { isPlausibleSlug, isValidSlug, MAX_SLUG_LENGTH, slugify, slugWithSuffix } from "./slugify";

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

describe("slugs an editor types", () => {
  it("are tidied into the generated form: spaces and case folded, Arabic kept", () => {
    expect(slugify("  هجوم   داعش في البادية ")).toBe("هجوم-داعش-في-البادية");
    expect(slugify("Nvidia Chips: Shortage!")).toBe("nvidia-chips-shortage");
  });

  it("are valid only in that form", () => {
    expect(isValidSlug("هجوم-داعش-2026")).toBe(true);
    expect(isValidSlug("هجوم داعش")).toBe(false);
    expect(isValidSlug("Upper-Case")).toBe(false);
    expect(isValidSlug("a--b")).toBe(false);
    expect(isValidSlug("-edge")).toBe(false);
    expect(isValidSlug("")).toBe(false);
    expect(isValidSlug("ا".repeat(MAX_SLUG_LENGTH + 1))).toBe(false);
  });

  it("get numbered alternatives when taken, never longer than the limit", () => {
    expect(slugWithSuffix("هجوم-داعش", 2)).toBe("هجوم-داعش-2");
    const long = slugWithSuffix("ا".repeat(MAX_SLUG_LENGTH), 12);
    expect(long.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH);
    expect(long.endsWith("-12")).toBe(true);
    expect(isValidSlug(long)).toBe(true);
  });
});
