import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { atOnce, describeRace } from "@/db/testing/at-once";
import { changeOwnPassword, registerReader } from "@/lib/dal/users";
import type { SignedInViewer } from "@/lib/permissions/viewer";
import { admitLoginAttempt, admitPasswordAttempt } from "./login-guard";

const PASSWORD = "a-long-enough-passphrase";

async function newReader(): Promise<SignedInViewer> {
  const email = `guard-${randomUUID()}@example.com`;
  const { userId } = await registerReader({ email, displayName: "قارئ", password: PASSWORD });
  return { id: userId, email, displayName: "قارئ", role: "reader" };
}

const wrongGuess = (viewer: SignedInViewer) =>
  changeOwnPassword(viewer, { currentPassword: "not-the-password", newPassword: "another-long-passphrase" });

describe("password attempts per account", () => {
  describeRace("at once", () => {
    // Ten: as many as one app instance's connection pool can have in the database at the same moment.
    it("lets no more guesses through than the limit, however many arrive at once", async () => {
      const email = `guard-${randomUUID()}@example.com`;
      const decisions = await atOnce("rate_limits", 10, () => admitPasswordAttempt(email));
      expect(decisions.filter((decision) => decision.allowed)).toHaveLength(8);
    });
  });

  it("counts wrong current passwords on the account page, and shares the count with signing in", async () => {
    const viewer = await newReader();
    for (let i = 0; i < 8; i++) await expect(wrongGuess(viewer)).rejects.toMatchObject({ code: "wrongCurrentPassword" });
    await expect(changeOwnPassword(viewer, { currentPassword: PASSWORD, newPassword: "another-long-passphrase" })).rejects.toMatchObject({
      code: "rateLimited",
      userMessage: expect.stringContaining("انتظر"),
    });
    expect((await admitLoginAttempt("10.20.1.1", viewer.email)).allowed).toBe(false);
  });

  it("starts the count again after the right password", async () => {
    const viewer = await newReader();
    for (let i = 0; i < 7; i++) await expect(wrongGuess(viewer)).rejects.toMatchObject({ code: "wrongCurrentPassword" });
    await changeOwnPassword(viewer, { currentPassword: PASSWORD, newPassword: "another-long-passphrase" });
    await expect(wrongGuess(viewer)).rejects.toMatchObject({ code: "wrongCurrentPassword" });
  });
});
