import { afterEach, describe, expect, it, vi } from "vitest";
import { logAuthError } from "./auth-log";

// next-auth's own errors carry their class's `type`; these stand in for them.
const credentialsSignin = () => Object.assign(new Error("Read more at https://errors.authjs.dev#credentialssignin"), { type: "CredentialsSignin" });

describe("logAuthError", () => {
  const logged = vi.spyOn(console, "error").mockImplementation(() => undefined);
  afterEach(() => logged.mockClear());

  it("says nothing about a wrong password or a rate-limited attempt", () => {
    logAuthError(credentialsSignin());
    logAuthError(Object.assign(credentialsSignin(), { code: "rate_limited:15" }));
    expect(logged).not.toHaveBeenCalled();
  });

  it("logs every other failure with its cause", () => {
    const error = Object.assign(new Error("Read more", { cause: { err: new Error("decryption failed") } }), { type: "JWTSessionError" });
    logAuthError(error);
    const output = logged.mock.calls.flat().join(" ");
    expect(output).toContain("JWTSessionError");
    expect(output).toContain("decryption failed");
  });
});
