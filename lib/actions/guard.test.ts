import { afterEach, describe, expect, it, vi } from "vitest";
import { AuthorizationError, DomainError } from "@/lib/errors";
import { ar } from "@/lib/i18n/ar";
import { guarded } from "./guard";

const failing = (error: unknown) => () => Promise.reject(error);

describe("the server actions' guard", () => {
  afterEach(() => vi.restoreAllMocks());

  it("passes a result through", async () => {
    expect(await guarded(async () => ({ ok: true as const, message: "تم" }))).toEqual({ ok: true, message: "تم" });
  });

  it("answers a visitor without a session, or without the right, in Arabic", async () => {
    expect(await guarded(failing(new AuthorizationError("unauthenticated")))).toEqual({ ok: false, kind: "refused", message: ar.auth.errors.notSignedIn });
    expect(await guarded(failing(new AuthorizationError("forbidden")), { note: "نص" })).toEqual({
      ok: false,
      kind: "refused",
      message: ar.auth.errors.forbidden,
      values: { note: "نص" },
    });
  });

  it("ties a rule's refusal to the field it names, whatever the rule is called", async () => {
    const refusal = await guarded(failing(new DomainError("anyRule", "التعليق طويل", "body")), { body: "…" });
    expect(refusal).toEqual({ ok: false, kind: "invalid", message: "التعليق طويل", fieldErrors: { body: ["التعليق طويل"] }, values: { body: "…" } });
    expect(await guarded(failing(new DomainError("closed", "أُغلق التعليق")))).toEqual({ ok: false, kind: "refused", message: "أُغلق التعليق" });
  });

  it("logs anything unexpected under a digest and rethrows it to the error page", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const error = new Error("connection terminated");
    await expect(guarded(failing(error))).rejects.toBe(error);
    const digest = (error as Error & { digest?: string }).digest;
    expect(digest).toMatch(/^[0-9a-f]{8}$/);
    expect(log).toHaveBeenCalledWith(`server action failed (digest ${digest})`, error);
  });

  it("lets Next's own redirects and not-found signals pass untouched", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const redirect = Object.assign(new Error("NEXT_REDIRECT"), { digest: "NEXT_REDIRECT;replace;/login;307;" });
    await expect(guarded(failing(redirect))).rejects.toBe(redirect);
    expect(redirect.digest).toBe("NEXT_REDIRECT;replace;/login;307;");
    expect(log).not.toHaveBeenCalled();
  });
});
