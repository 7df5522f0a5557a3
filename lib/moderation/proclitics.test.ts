import { describe, expect, it } from "vitest";
import { readingsOf } from "./proclitics";

describe("readingsOf", () => {
  it.each([
    ["كلب", ["كلب", "لب"]],
    ["الكلب", ["الكلب", "كلب"]],
    ["وكلب", ["وكلب", "كلب", "لب"]],
    ["وبالكلب", ["وبالكلب", "بالكلب", "الكلب", "كلب"]],
    ["للدوله", ["للدوله", "لدوله", "دوله", "الدوله"]],
    ["فللدوله", ["فللدوله", "للدوله", "لدوله", "دوله", "الدوله"]],
  ])("reads %s as %j", (word, readings) => {
    expect(readingsOf(word)).toEqual(readings);
  });

  it("offers every conjunction, preposition and article combination", () => {
    for (const proclitic of ["و", "ف", "ب", "ك", "ل", "ال", "وال", "فال", "بال", "كال", "لل", "وب", "ول", "فب", "فك", "وبال", "فلل"]) {
      expect(readingsOf(`${proclitic}داعش`)).toContain("داعش");
    }
  });

  it("never strips a suffix or leaves an empty stem", () => {
    expect(readingsOf("داعشي")).toEqual(["داعشي"]);
    expect(readingsOf("وال")).not.toContain("");
  });
});
