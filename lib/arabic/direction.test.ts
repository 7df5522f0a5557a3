import { describe, expect, it } from "vitest";
import { blockDirAttribute, textDirection } from "./direction";

describe("textDirection", () => {
  it("keeps an Arabic paragraph that opens with a Latin name right-to-left", () => {
    expect(textDirection("Reuters قالت إن 20 عنصرًا قُتلوا")).toBe("rtl");
    expect(textDirection("شركة Nvidia تفتتح مكتبًا")).toBe("rtl");
  });

  it("makes an all-English paragraph left-to-right", () => {
    expect(textDirection('"We will rebuild," the minister said.')).toBe("ltr");
  });

  it("lets digits and punctuation alone decide nothing", () => {
    expect(textDirection("2026 - 3.5% (20)")).toBeNull();
    expect(textDirection("")).toBeNull();
  });
});

describe("blockDirAttribute", () => {
  it("marks only blocks whose direction differs from the page", () => {
    expect(blockDirAttribute("نص عربي", "rtl")).toBeUndefined();
    expect(blockDirAttribute("English only", "rtl")).toBe("ltr");
    expect(blockDirAttribute("نص عربي", "ltr")).toBe("rtl");
    expect(blockDirAttribute("123", "rtl")).toBeUndefined();
  });
});
