import { describe, expect, it } from "vitest";
import { checkBotTraps, MIN_SUBMIT_MS } from "./bot-traps";

describe("checkBotTraps", () => {
  const issuedAt = 1_000_000;

  it("lets a person through", () => {
    expect(checkBotTraps({ honeypot: "", issuedAt }, issuedAt + MIN_SUBMIT_MS)).toBeNull();
  });

  it("catches a filled hidden field", () => {
    expect(checkBotTraps({ honeypot: "http://spam.example", issuedAt }, issuedAt + 60_000)).toBe("honeypot");
  });

  it("catches a form sent back faster than anyone types, or without its issue time", () => {
    expect(checkBotTraps({ honeypot: "", issuedAt }, issuedAt + 500)).toBe("tooFast");
    expect(checkBotTraps({ honeypot: "", issuedAt: Number.NaN }, issuedAt)).toBe("tooFast");
    expect(checkBotTraps({ honeypot: "", issuedAt: 0 }, issuedAt)).toBe("tooFast");
  });
});
