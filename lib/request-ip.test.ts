import { describe, expect, it } from "vitest";
import { ipFromHeaders } from "./request-ip";

const forwardedFor = (value?: string) => new Headers(value === undefined ? {} : { "x-forwarded-for": value });

describe("ipFromHeaders", () => {
  it("reads the address the server wrote for the request", () => {
    expect(ipFromHeaders(forwardedFor(" 203.0.113.7 "))).toBe("203.0.113.7");
  });

  it("takes the last entry, the one written nearest the app", () => {
    expect(ipFromHeaders(forwardedFor("10.0.0.1, 10.0.0.2, 203.0.113.7"))).toBe("203.0.113.7");
  });

  it("has no address without the header", () => {
    expect(ipFromHeaders(forwardedFor())).toBe("unknown");
    expect(ipFromHeaders(forwardedFor(" , "))).toBe("unknown");
  });
});
