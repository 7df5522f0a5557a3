import { describe, expect, it } from "vitest";
import { ar } from "./ar";

describe("newsroom wording", () => {
  it("joins the preposition to an Arabic time-zone name without a tatweel", () => {
    expect(ar.editor.actions.scheduleHint("توقيت سوريا")).toBe("بتوقيت سوريا.");
    expect(ar.editor.actions.scheduleHint("Asia/Damascus")).toBe("حسب المنطقة الزمنية Asia/Damascus.");
  });
});
