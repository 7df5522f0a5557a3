import { describe, expect, it } from "vitest";
import { ar } from "@/lib/i18n/newsroom";
import { aboutPeople, type Person } from "./addressing";

const layla: Person = { name: "ليلى الكاتبة", addressedAs: "feminine" };
const karim: Person = { name: "كريم المحرر", addressedAs: "masculine" };
const sam: Person = { name: "سام", addressedAs: null };

describe("messages about a person", () => {
  it("agrees with the one person, and fits anyone when the person has not said or there are several", () => {
    const one = { masculine: (name: string) => `${name} يحرّر`, feminine: (name: string) => `${name} تحرّر` };
    const anyone = (names: string) => `قيد التحرير: ${names}`;
    expect(aboutPeople([layla], one, anyone)).toBe("ليلى الكاتبة تحرّر");
    expect(aboutPeople([karim], one, anyone)).toBe("كريم المحرر يحرّر");
    expect(aboutPeople([sam], one, anyone)).toBe("قيد التحرير: سام");
    expect(aboutPeople([layla, karim], one, anyone)).toBe("قيد التحرير: ليلى الكاتبة، كريم المحرر");
  });

  it.each([
    [[layla], "ليلى الكاتبة تحرّر هذا الخبر الآن. يمكنك التعديل، لكن نسّق معها حتى لا تتعارض التعديلات."],
    [[karim], "كريم المحرر يحرّر هذا الخبر الآن. يمكنك التعديل، لكن نسّق معه حتى لا تتعارض التعديلات."],
    [[sam], "قيد التحرير الآن لدى: سام. يمكنك التعديل، لكن نسّق مع من يعمل عليه حتى لا تتعارض التعديلات."],
    [[layla, karim], "قيد التحرير الآن لدى: ليلى الكاتبة، كريم المحرر. يمكنك التعديل، لكن نسّق مع من يعمل عليه حتى لا تتعارض التعديلات."],
  ])("the story editor's presence note about %j", (people, note) => {
    expect(ar.editor.presence(people)).toBe(note);
  });

  it("says who saved a newer version, in the desk's log and its list", () => {
    expect(ar.editor.conflict(layla, "10:05 ص")).toMatch(/^حفظت ليلى الكاتبة نسخة أحدث/);
    expect(ar.editor.conflict(karim, "10:05 ص")).toMatch(/^حفظ كريم المحرر نسخة أحدث/);
    expect(ar.editor.conflict(sam, "10:05 ص")).toMatch(/^حُفظت نسخة أحدث من هذا الخبر في 10:05 ص \(سام\)/);
    expect(ar.editor.editingNow([layla])).toBe("ليلى الكاتبة تحرّر هذا الخبر الآن");
    expect(ar.liveDesk.postingNow([layla])).toBe("ليلى الكاتبة تعمل على هذه التغطية الآن");
    expect(ar.editor.eventBy("published", "feminine")).toBe(" نشرته");
    expect(ar.editor.eventBy("published", "masculine")).toBe(" نشره");
    expect(ar.editor.eventBy("published", null)).toBe(": نشر الخبر");
    expect(ar.admin.created(layla)).toBe("أُضيفت ليلى الكاتبة، وأُرسل إلى بريدها الإلكتروني رابط تختار به كلمة مرورها.");
    expect(ar.admin.created(sam)).toBe("أُضيف حساب «سام»، وأُرسل إلى بريده الإلكتروني رابط لاختيار كلمة المرور.");
  });
});
