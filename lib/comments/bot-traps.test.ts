import { describe, expect, it } from "vitest";
import { checkBotTraps, FORM_MAX_AGE_MS, MIN_SUBMIT_MS } from "./bot-traps";

describe("checkBotTraps", () => {
  const issuedAt = 1_000_000;

  it("lets a person through", () => {
    expect(checkBotTraps({ honeypot: "", issuedAt }, issuedAt + MIN_SUBMIT_MS)).toBeNull();
  });

  it("catches a filled hidden field", () => {
    expect(checkBotTraps({ honeypot: "http://spam.example", issuedAt }, issuedAt + 60_000)).toBe("honeypot");
  });

  it("catches a form sent back faster than anyone types", () => {
    expect(checkBotTraps({ honeypot: "", issuedAt }, issuedAt + 500)).toBe("tooFast");
  });

  it("catches a form without a genuine issue time", () => {
    expect(checkBotTraps({ honeypot: "", issuedAt: null }, issuedAt)).toBe("forged");
  });

  it("sends a form kept open too long back to be reloaded", () => {
    expect(checkBotTraps({ honeypot: "", issuedAt }, issuedAt + FORM_MAX_AGE_MS)).toBeNull();
    expect(checkBotTraps({ honeypot: "", issuedAt }, issuedAt + FORM_MAX_AGE_MS + 1)).toBe("expired");
  });
});
