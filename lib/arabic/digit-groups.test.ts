import { describe, expect, it } from "vitest";
import { digitGroupRuns } from "./digit-groups";

describe("digitGroupRuns", () => {
  it("isolates a phone number inside Arabic text", () => {
    expect(digitGroupRuns("اتصلوا على +963 11 123 4567 مساءً")).toEqual([
      { text: "اتصلوا على ", digits: false },
      { text: "+963 11 123 4567", digits: true },
      { text: " مساءً", digits: false },
    ]);
  });

  it.each(["011-123-4567", "٠٩٤٤ ١٢٣ ٤٥٦", "2026/12/06", "0044 20 7946 0000"])("isolates %s", (groups) => {
    expect(digitGroupRuns(`الرقم ${groups} صحيح`).filter((run) => run.digits).map((run) => run.text)).toEqual([groups]);
  });

  it("leaves a single number and text without digits as they are", () => {
    expect(digitGroupRuns("قُتل 20 عنصرًا")).toEqual([{ text: "قُتل 20 عنصرًا", digits: false }]);
    expect(digitGroupRuns("")).toEqual([]);
  });
});
