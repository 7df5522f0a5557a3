import { afterEach, describe, expect, it, vi } from "vitest";
import { newClientKey } from "./client-key";

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe("newClientKey", () => {
  afterEach(() => vi.unstubAllGlobals());

  it("makes a different v4 UUID each time", () => {
    const keys = new Set(Array.from({ length: 100 }, newClientKey));
    expect(keys.size).toBe(100);
    for (const key of keys) expect(key).toMatch(UUID_V4);
  });

  it("still works where randomUUID is missing (plain HTTP)", () => {
    const { getRandomValues } = crypto;
    vi.stubGlobal("crypto", { getRandomValues: getRandomValues.bind(crypto) });
    expect(crypto.randomUUID).toBeUndefined();
    expect(newClientKey()).toMatch(UUID_V4);
  });
});
