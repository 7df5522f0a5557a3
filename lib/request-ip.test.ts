import { describe, expect, it } from "vitest";
import { ipFromHeaders } from "./request-ip";

const forwardedFor = (value?: string) => new Headers(value === undefined ? {} : { "x-forwarded-for": value });

describe("ipFromHeaders", () => {
  it("reads the address Next fills in for a request that reached it directly", () => {
    expect(ipFromHeaders(forwardedFor("203.0.113.7"), 1)).toBe("203.0.113.7");
  });

  it("ignores addresses a client wrote before the one its proxy appended", () => {
    expect(ipFromHeaders(forwardedFor("10.0.0.1, 10.0.0.2, 203.0.113.7"), 1)).toBe("203.0.113.7");
  });

  it("counts back past each trusted proxy", () => {
    expect(ipFromHeaders(forwardedFor("10.0.0.1, 203.0.113.7, 198.51.100.2"), 2)).toBe("203.0.113.7");
  });

  it("takes the furthest address when fewer proxies reported than expected", () => {
    expect(ipFromHeaders(forwardedFor(" 203.0.113.7 "), 3)).toBe("203.0.113.7");
  });

  it("has no address without the header", () => {
    expect(ipFromHeaders(forwardedFor(), 1)).toBe("unknown");
    expect(ipFromHeaders(forwardedFor(" , "), 1)).toBe("unknown");
  });
});
