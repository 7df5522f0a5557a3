import { describe, expect, it } from "vitest";
import { documentFromParagraphs } from "@/lib/article-document";
import { wireDateline, withoutLeadingDateline } from "./dateline";

describe("a wire story's dateline", () => {
  it("names the place and credits the agency", () => {
    expect(wireDateline("حماة", "ن ن")).toBe("حماة (ن ن)");
    expect(wireDateline("", "صدى")).toBe("(صدى)");
  });

  it("leaves the body when the agency opened it with the same dateline and a dash", () => {
    for (const dash of ["-", "–", "—"]) {
      const body = documentFromParagraphs([`حماة (ن ن) ${dash} توفي شخصان في حادث سير.`, "وقال مصدر…"]);
      expect(withoutLeadingDateline(body, "حماة (ن ن)")).toEqual(documentFromParagraphs(["توفي شخصان في حادث سير.", "وقال مصدر…"]));
    }
  });

  it("keeps a body that opens otherwise: another place, no dash, or a sentence that merely starts with the place", () => {
    for (const opening of ["دمشق (ن ن) - توفي شخصان.", "حماة (ن ن) توفي شخصان.", "حماة مدينة على العاصي."]) {
      const body = documentFromParagraphs([opening]);
      expect(withoutLeadingDateline(body, "حماة (ن ن)")).toBe(body);
    }
  });
});
