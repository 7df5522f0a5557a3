import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { userRoles, type UserRole } from "@/db/schema/enums";
import { users } from "@/db/schema/users";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemoNewsroom } from "@/db/seed";
import type { Viewer } from "@/lib/auth/viewer";
import { AuthorizationError } from "@/lib/errors";
import * as usersDal from "./users";

// Every data-access function that acts for someone, called as every kind of viewer.
// Adding an exported function to a guarded module without a row here fails the first test.

type Caller = "anonymous" | UserRole | "deactivated";
const callers: Caller[] = ["anonymous", ...userRoles, "deactivated"];
type Expectation = "allowed" | "unauthenticated" | "forbidden";

const signedIn = (caller: Caller): Expectation => (caller === "anonymous" || caller === "deactivated" ? "unauthenticated" : "allowed");
const only = (...roles: UserRole[]) => (caller: Caller): Expectation =>
  caller === "anonymous" || caller === "deactivated" ? "unauthenticated" : roles.includes(caller) ? "allowed" : "forbidden";
const anyone = (): Expectation => "allowed";

let target: string;
const rows: Record<string, { expect: (caller: Caller) => Expectation; call: (viewer: Viewer) => Promise<unknown> }> = {
  loadViewer: { expect: anyone, call: () => usersDal.loadViewer({ userId: target, sessionVersion: 1 }) },
  authenticate: { expect: anyone, call: () => usersDal.authenticate("nobody@example.com", "whatever-password") },
  registerReader: {
    expect: anyone,
    call: () => usersDal.registerReader({ email: `r-${crypto.randomUUID()}@example.com`, displayName: "قارئ", password: "x-long-passphrase" }),
  },
  updateOwnProfile: { expect: signedIn, call: (viewer) => usersDal.updateOwnProfile(viewer, { displayName: viewer?.displayName ?? "اسم" }) },
  changeOwnPassword: {
    expect: signedIn,
    call: (viewer) => usersDal.changeOwnPassword(viewer, { currentPassword: "wrong", newPassword: "a-new-passphrase" }).catch(ignoreDomainErrors),
  },
  signOutEverywhere: { expect: signedIn, call: (viewer) => usersDal.signOutEverywhere(viewer) },
  listUsers: { expect: only("admin"), call: (viewer) => usersDal.listUsers(viewer) },
  createUser: {
    expect: only("admin"),
    call: (viewer) =>
      usersDal.createUser(viewer, { email: `u-${crypto.randomUUID()}@example.com`, displayName: "مستخدم", password: "x-long-passphrase", role: "writer" }),
  },
  changeUserRole: { expect: only("admin"), call: (viewer) => usersDal.changeUserRole(viewer, target, "writer") },
  setUserStatus: { expect: only("admin"), call: (viewer) => usersDal.setUserStatus(viewer, target, "active") },
};

function ignoreDomainErrors(error: unknown) {
  if (error instanceof AuthorizationError) throw error;
}

async function viewerFor(caller: Caller): Promise<Viewer> {
  if (caller === "anonymous") return null;
  const email = caller === "deactivated" ? "reader@khabar.test" : DEMO_ACCOUNTS.find((a) => a.role === caller)!.email;
  const [row] = await getDb().select({ id: users.id, sv: users.sessionVersion }).from(users).where(eq(users.email, email));
  if (caller === "deactivated") {
    await getDb().update(users).set({ status: "deactivated" }).where(eq(users.email, email));
    const viewer = await usersDal.loadViewer({ userId: row!.id, sessionVersion: row!.sv });
    await getDb().update(users).set({ status: "active" }).where(eq(users.email, email));
    return viewer;
  }
  return usersDal.loadViewer({ userId: row!.id, sessionVersion: row!.sv });
}

async function outcome(call: () => Promise<unknown>): Promise<Expectation> {
  try {
    await call();
    return "allowed";
  } catch (error) {
    if (error instanceof AuthorizationError) return error.reason;
    throw error;
  }
}

beforeAll(async () => {
  await seedDemoNewsroom(getDb());
  const [created] = await getDb()
    .insert(users)
    .values({ email: "target@example.com", displayName: "هدف", role: "writer" })
    .returning({ id: users.id });
  target = created!.id;
});

describe("data-access authorization", () => {
  it("has a row for every exported function of the guarded modules", () => {
    const exported = Object.entries(usersDal).filter(([, value]) => typeof value === "function").map(([name]) => name);
    expect(exported.sort()).toEqual(Object.keys(rows).sort());
  });

  for (const [name, row] of Object.entries(rows)) {
    it.each(callers)(`${name} as %s`, async (caller) => {
      const viewer = await viewerFor(caller);
      expect(await outcome(() => row.call(viewer))).toBe(row.expect(caller));
    });
  }

  it("signs in the demo accounts with the demo password only", async () => {
    expect(await usersDal.authenticate("editor@khabar.test", DEMO_PASSWORD)).not.toBeNull();
    expect(await usersDal.authenticate("editor@khabar.test", "not-the-password")).toBeNull();
  });

  it("never leaves the newsroom without an active admin", async () => {
    const admin = await viewerFor("admin");
    await expect(usersDal.setUserStatus(admin, admin!.id, "deactivated")).rejects.toThrow();
    await expect(usersDal.changeUserRole(admin, admin!.id, "editor")).rejects.toMatchObject({ code: "lastAdmin" });
  });

  it("revokes sessions when a role changes", async () => {
    const admin = await viewerFor("admin");
    const [before] = await getDb().select({ sv: users.sessionVersion }).from(users).where(eq(users.id, target));
    await usersDal.changeUserRole(admin, target, "editor");
    expect(await usersDal.loadViewer({ userId: target, sessionVersion: before!.sv })).toBeNull();
  });
});
