import { describe, expect, it } from "vitest";
import type { SaveOutcome } from "./outcomes";
import { AUTOSAVE_AFTER_MS, blankDraft, RETRY_AFTER_MS, SaveSession, type Conflict, type Draft, type SaveRequest, type SaveState } from "./save-session";

const ID = "7d1c3a52-1111-4c4c-9d9d-000000000001";

const draft = (headline: string): Draft => ({ ...blankDraft(1, []), headline });

const saved = (version: number, slug = "خبر"): SaveOutcome => ({
  ok: true,
  articleId: ID,
  version,
  slug,
  status: "draft",
  savedAt: "2026-05-01T12:00:00Z",
  savedAtLabel: "١٢:٠٠",
  changed: true,
  actions: ["submit"],
  canEdit: true,
});

const conflict = (version: number): Extract<SaveOutcome, { kind: "conflict" }> => ({
  ok: false,
  kind: "conflict",
  message: "حفظت ليلى نسخة أحدث",
  by: "ليلى",
  at: "2026-05-01T12:00:00Z",
  server: { version, status: "in_review", content: draft("عنوان ليلى") },
});

/** A session wired to a fake server whose answers the test releases one by one. */
function harness(articleId: string | null = ID, version = 1) {
  const sent: SaveRequest[] = [];
  const answers: { resolve: (outcome: SaveOutcome) => void; reject: (error: Error) => void }[] = [];
  const states: SaveState[] = [];
  const scheduled: number[] = [];
  const savedFacts: { created: boolean; clean: boolean }[] = [];
  const fieldErrors: Record<string, string[]>[] = [];
  let conflictShown: Conflict | null = null;
  let typed = draft("عنوان");
  const session = new SaveSession(articleId, version, {
    send: (request) => {
      sent.push(request);
      return new Promise((resolve, reject) => answers.push({ resolve, reject }));
    },
    onState: (state) => states.push(state),
    onFieldErrors: (errors) => fieldErrors.push(errors),
    onConflict: (shown) => (conflictShown = shown),
    messages: { offline: "تعذّر الاتصال", savedAt: (label) => `حُفظ ${label}` },
  });
  session.connect({
    read: () => ({ draft: typed, markAsUpdate: false }),
    schedule: (delay) => scheduled.push(delay),
    onSaved: (_, __, facts) => savedFacts.push(facts),
  });
  const flush = () => new Promise((resolve) => setTimeout(resolve, 0));
  return {
    session,
    sent,
    states,
    scheduled,
    savedFacts,
    fieldErrors,
    conflictShown: () => conflictShown,
    type(headline: string) {
      typed = draft(headline);
      session.edited();
    },
    async answer(outcome: SaveOutcome) {
      await flush();
      answers.shift()!.resolve(outcome);
      await flush();
    },
    async drop() {
      await flush();
      answers.shift()!.reject(new Error("offline"));
      await flush();
    },
    lastState: () => states.at(-1),
  };
}

describe("the story editor's save session", () => {
  it("creates a new story with its first save, then saves against the version the server named", async () => {
    const h = harness(null, 0);
    h.type("عنوان أول");
    const first = h.session.save("manual");
    await h.answer(saved(1));
    expect(await first).toBe(true);
    expect(h.sent[0]).toMatchObject({ articleId: null, baseVersion: 0 });
    expect(h.savedFacts).toEqual([{ created: true, clean: true }]);
    expect(h.lastState()).toEqual({ kind: "saved", label: "حُفظ ١٢:٠٠" });

    h.type("عنوان ثان");
    const second = h.session.save("auto");
    await h.answer(saved(2));
    await second;
    expect(h.sent[1]).toMatchObject({ articleId: ID, baseVersion: 1, auto: true, content: { headline: "عنوان ثان" } });
    expect(h.savedFacts[1]).toEqual({ created: false, clean: true });
    expect(h.session.dirty).toBe(false);
  });

  it("keeps words typed while a save was under way unsaved, and asks for another save", async () => {
    const h = harness();
    h.type("قبل");
    const saving = h.session.save("manual");
    h.type("بعد");
    await h.answer(saved(2));
    expect(await saving).toBe(true);
    expect(h.session.dirty).toBe(true);
    expect(h.savedFacts).toEqual([{ created: false, clean: false }]);
    expect(h.scheduled).toEqual([AUTOSAVE_AFTER_MS]);
  });

  it("sends one save at a time: an autosave behind a save under way sends nothing, a manual save waits and sends once", async () => {
    const h = harness();
    h.type("أ");
    const first = h.session.save("manual");
    h.type("ب");
    const auto = h.session.save("auto");
    const manual = h.session.save("manual");
    await h.answer(saved(2));
    expect(await first).toBe(true);
    expect(await auto).toBe(true);
    expect(h.sent).toHaveLength(2);
    expect(h.sent[1]).toMatchObject({ baseVersion: 2, content: { headline: "ب" } });
    await h.answer(saved(3));
    expect(await manual).toBe(true);
    expect(h.sent).toHaveLength(2);
    expect(h.session.dirty).toBe(false);
  });

  it("says so when the server cannot be reached, keeps the words unsaved and tries again later", async () => {
    const h = harness();
    h.type("خبر");
    const saving = h.session.save("auto");
    await h.drop();
    expect(await saving).toBe(false);
    expect(h.lastState()).toEqual({ kind: "error", message: "تعذّر الاتصال" });
    expect(h.scheduled).toEqual([RETRY_AFTER_MS]);
    expect(h.session.dirty).toBe(true);
  });

  it("shows refused fields at their place and clears them once a save goes through", async () => {
    const h = harness();
    h.type("");
    const refused = h.session.save("manual");
    await h.answer({ ok: false, kind: "invalid", message: "صحّح الحقول", fieldErrors: { headline: ["العنوان مطلوب"] } });
    expect(await refused).toBe(false);
    expect(h.lastState()).toEqual({ kind: "invalid", message: "صحّح الحقول" });
    expect(h.fieldErrors.at(-1)).toEqual({ headline: ["العنوان مطلوب"] });
    h.type("عنوان");
    const accepted = h.session.save("manual");
    await h.answer(saved(2));
    await accepted;
    expect(h.fieldErrors.at(-1)).toEqual({});
  });

  it("holds a colleague's save in between as a conflict: typing stays marked as a conflict, a merge saves over their version", async () => {
    const h = harness(ID, 4);
    h.type("نسختي");
    const refused = h.session.save("manual");
    await h.answer(conflict(7));
    expect(await refused).toBe(false);
    expect(h.lastState()).toEqual({ kind: "conflict", message: "حفظت ليلى نسخة أحدث" });
    expect(h.conflictShown()?.by).toBe("ليلى");

    h.type("نسختي معدلة");
    expect(h.lastState()?.kind).toBe("conflict");
    expect(h.session.conflict).not.toBeNull();

    h.session.resolveByMerging();
    expect(h.conflictShown()).toBeNull();
    expect(h.session.dirty).toBe(true);
    const merged = h.session.save("manual");
    await h.answer(saved(8));
    await merged;
    expect(h.sent.at(-1)).toMatchObject({ baseVersion: 7, content: { headline: "نسختي معدلة" } });
  });

  it("taking a colleague's version whole leaves nothing to save", async () => {
    const h = harness(ID, 4);
    h.type("نسختي");
    const refused = h.session.save("manual");
    await h.answer(conflict(7));
    await refused;
    h.session.resolveByTakingTheirs();
    expect(h.session.dirty).toBe(false);
    expect(h.session.version).toBe(7);
    expect(h.lastState()).toEqual({ kind: "saved", label: "حُفظ —" });
  });

  it("a copy restored from the browser is unsaved, and names the version it was made from", () => {
    const h = harness(ID, 5);
    h.session.restored(3);
    expect(h.session.version).toBe(3);
    expect(h.session.dirty).toBe(true);
    expect(h.lastState()).toEqual({ kind: "dirty" });
    // A copy of a story not yet created has no version: the session keeps its own.
    h.session.restored(0);
    expect(h.session.version).toBe(3);
  });

  it("a workflow move adopts the server's version for the next save", async () => {
    const h = harness(ID, 2);
    h.session.moved(6);
    h.type("بعد النشر");
    const saving = h.session.save("manual");
    await h.answer(saved(7));
    await saving;
    expect(h.sent[0]).toMatchObject({ baseVersion: 6 });
  });
});
