import type { IncomingMessage } from "node:http";
import { describe, expect, it } from "vitest";
import { clientAddress, compileProxyTrust } from "./client-address";

const request = (peer: string, forwardedFor?: string) =>
  ({ socket: { remoteAddress: peer }, connection: { remoteAddress: peer }, headers: forwardedFor ? { "x-forwarded-for": forwardedFor } : {} }) as unknown as IncomingMessage;

const loopback = compileProxyTrust("loopback");

describe("clientAddress", () => {
  it("ignores the header a client writes when it reaches the server directly", () => {
    expect(clientAddress(request("203.0.113.7", "10.9.8.7"), loopback)).toBe("203.0.113.7");
    expect(clientAddress(request("203.0.113.7", "198.51.100.1, 198.51.100.2"), loopback)).toBe("203.0.113.7");
  });

  it("reads the address a trusted front on this machine wrote", () => {
    expect(clientAddress(request("127.0.0.1", "203.0.113.7"), loopback)).toBe("203.0.113.7");
    expect(clientAddress(request("::1", "203.0.113.7"), loopback)).toBe("203.0.113.7");
  });

  it("skips what a client wrote before the entry its front appended", () => {
    expect(clientAddress(request("127.0.0.1", "10.0.0.1, 203.0.113.7"), loopback)).toBe("203.0.113.7");
  });

  it("counts back past each trusted proxy, and no further", () => {
    const trust = compileProxyTrust("loopback, 10.0.0.0/8");
    expect(clientAddress(request("127.0.0.1", "192.0.2.9, 203.0.113.7, 10.1.2.3"), trust)).toBe("203.0.113.7");
  });

  it("trusts no header at all when told to trust no proxy", () => {
    expect(clientAddress(request("127.0.0.1", "203.0.113.7"), compileProxyTrust(""))).toBe("127.0.0.1");
  });

  it("refuses a setting that is not an address, subnet or known name", () => {
    expect(() => compileProxyTrust("the cdn")).toThrow();
  });

  it("has no address for a request whose connection is gone", () => {
    expect(clientAddress({ socket: {}, headers: {} } as unknown as IncomingMessage, loopback)).toBe("unknown");
  });
});
