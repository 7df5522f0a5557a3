import { describe, expect, it } from "vitest";
import { readFormToken, signFormToken } from "./form-token";

const KEY = "a-test-secret-of-at-least-thirty-two-characters";
const STORY = "5b0c8f6e-2f7a-4f51-9a57-0d1c3c9f0a11";
const OTHER_STORY = "9d7e3c1a-6b2f-4c8d-8e1f-2a3b4c5d6e7f";
const issuedAt = 1_765_000_000_000;

describe("the comment form's signed issue time", () => {
  it("reads back the time it was issued at, on its own story", () => {
    expect(readFormToken(KEY, STORY, signFormToken(KEY, STORY, issuedAt))).toBe(issuedAt);
  });

  it("refuses a time a client wrote itself, as every bot sent `now - 60000`", () => {
    expect(readFormToken(KEY, STORY, String(issuedAt - 60_000))).toBeNull();
    const [, tail] = signFormToken(KEY, STORY, issuedAt).split(".");
    expect(readFormToken(KEY, STORY, `${issuedAt - 60_000}.${tail}`)).toBeNull();
  });

  it("refuses a token carried to another story, or signed with another key", () => {
    expect(readFormToken(KEY, OTHER_STORY, signFormToken(KEY, STORY, issuedAt))).toBeNull();
    expect(readFormToken(KEY, STORY, signFormToken(`${KEY}-other`, STORY, issuedAt))).toBeNull();
  });

  it("refuses garbage without throwing", () => {
    for (const token of ["", ".", "abc.def", `${issuedAt}.`, "\u0000", "9".repeat(5_000)]) expect(readFormToken(KEY, STORY, token)).toBeNull();
  });
});
