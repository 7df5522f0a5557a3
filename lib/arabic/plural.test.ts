import { describe, expect, it } from "vitest";
import { countPhrase, units } from "./plural";

describe("countPhrase", () => {
  it.each([
    [0, "أقل من دقيقة"],
    [1, "دقيقة واحدة"],
    [2, "دقيقتين"],
    [3, "3 دقائق"],
    [10, "10 دقائق"],
    [11, "11 دقيقةً"],
    [99, "99 دقيقةً"],
    [100, "100 دقيقة"],
    [102, "102 دقيقة"],
    [103, "103 دقائق"],
  ])("minutes: %i → %s", (n, phrase) => {
    expect(countPhrase(n, units.minutes)).toBe(phrase);
  });

  it.each([
    [200, "200 حرف"],
    [60, "60 حرفًا"],
    [8, "8 أحرف"],
    [2000, "2000 حرف"],
  ])("characters: %i → %s", (n, phrase) => {
    expect(countPhrase(n, units.characters)).toBe(phrase);
  });

  it.each([
    [11, "11 رابطًا"],
    [3, "3 روابط"],
    [1, "رابط واحد"],
  ])("links: %i → %s", (n, phrase) => {
    expect(countPhrase(n, units.links)).toBe(phrase);
  });
});
