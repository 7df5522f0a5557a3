import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { atOnce, describeRace } from "@/db/testing/at-once";
import type { SignedInViewer } from "@/lib/permissions/viewer";
import { admitPasswordAttempt } from "./internal/login-guard";
import { FREE_FAILURES, MAX_SLOWDOWN_MS } from "./internal/slowdown";
import { changeOwnPassword, registerReader, signInWithPassword } from "./users";

const PASSWORD = "a-long-enough-passphrase";
const GUESSER = "198.51.100.66";
const OWNERS_ADDRESS = "203.0.113.10";

async function newReader(): Promise<SignedInViewer> {
  const email = `guard-${randomUUID()}@example.com`;
  const { userId } = await registerReader({ email, displayName: "قارئ", password: PASSWORD });
  return { id: userId, email, displayName: "قارئ", role: "reader" };
}

/** Signs in as the login form does, noting how long each attempt was made to wait instead of waiting. */
function signInFrom(ip: string, waits: number[] = []) {
  return (email: string, password: string) => signInWithPassword({ ip, email, password }, async (ms) => waits.push(ms));
}

describe("someone guessing an account's password", () => {
  it("cannot lock the owner out: the guesser's address is refused, the owner's own gets in with the right password", async () => {
    const owner = await newReader();
    const guess = signInFrom(GUESSER);
    for (let i = 0; i < 8; i++) expect(await guess(owner.email, `wrong-${i}`)).toEqual({ outcome: "wrong" });
    expect(await guess(owner.email, "wrong-again")).toMatchObject({ outcome: "limited", retryAfterMinutes: expect.any(Number) });
    // Even the right password is refused from the address that spent the pair's attempts.
    expect(await guess(owner.email, PASSWORD)).toMatchObject({ outcome: "limited" });

    const ownersWaits: number[] = [];
    expect(await signInFrom(OWNERS_ADDRESS, ownersWaits)(owner.email, PASSWORD)).toMatchObject({
      outcome: "signedIn",
      claims: { userId: owner.id },
    });
    // Slowed down, as every check on the account is while it is being guessed at, but let in.
    expect(ownersWaits[0]).toBeGreaterThan(0);
    expect(ownersWaits[0]).toBeLessThanOrEqual(MAX_SLOWDOWN_MS);
  });

  it("slows the whole account down with growing delays when the guesses come from many addresses", async () => {
    const owner = await newReader();
    const waits: number[] = [];
    for (let i = 0; i < FREE_FAILURES + 6; i++) await signInFrom(`198.51.100.${i + 1}`, waits)(owner.email, `wrong-${i}`);
    expect(waits.slice(0, FREE_FAILURES + 1)).toEqual(Array(FREE_FAILURES + 1).fill(0));
    expect(waits.slice(FREE_FAILURES + 1)).toEqual([1_000, 2_000, 4_000, 8_000, MAX_SLOWDOWN_MS]);
  });

  it("treats an unknown e-mail exactly like a known one, so the answers tell no one which accounts exist", async () => {
    const owner = await newReader();
    const run = async (email: string) => {
      const waits: number[] = [];
      const outcomes = [];
      for (let i = 0; i < 10; i++) outcomes.push((await signInFrom(GUESSER, waits)(email, `wrong-${i}`)).outcome);
      return { outcomes, waits };
    };
    expect(await run(`nobody-${randomUUID()}@example.com`)).toEqual(await run(owner.email));
  });

  it("gives an address its attempts back after the right password", async () => {
    const owner = await newReader();
    const from = signInFrom(OWNERS_ADDRESS);
    for (let i = 0; i < 7; i++) await from(owner.email, `typo-${i}`);
    expect(await from(owner.email, PASSWORD)).toMatchObject({ outcome: "signedIn" });
    for (let i = 0; i < 8; i++) expect(await from(owner.email, `typo-${i}`)).toEqual({ outcome: "wrong" });
  });

  it("counts wrong current passwords on the account page toward the account's slowdown", async () => {
    const viewer = await newReader();
    for (let i = 0; i <= FREE_FAILURES; i++) {
      await expect(changeOwnPassword(viewer, { currentPassword: "not-the-password", newPassword: "another-long-passphrase" })).rejects.toMatchObject({
        code: "wrongCurrentPassword",
      });
    }
    const waits: number[] = [];
    expect(await signInFrom(OWNERS_ADDRESS, waits)(viewer.email, PASSWORD)).toMatchObject({ outcome: "signedIn" });
    expect(waits).toEqual([1_000]);
  });
});

describeRace("guesses sent at once", () => {
  // Ten: as many as one app instance's connection pool can have in the database at the same moment.
  it("let no more through from one address than its limit", async () => {
    const email = `guard-${randomUUID()}@example.com`;
    const decisions = await atOnce("rate_limits", 10, () => admitPasswordAttempt(email, GUESSER, async () => undefined));
    expect(decisions.filter((decision) => decision.allowed)).toHaveLength(8);
  });
});
