import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db";
import type { UserRole } from "@/db/schema/enums";
import { users } from "@/db/schema/users";
import type { SignedInViewer } from "@/lib/permissions/viewer";
import { changeUserRole, createUser, getOwnLanding, loadViewer, setOwnLanding } from "./users";

const admin = async (): Promise<SignedInViewer> => {
  const [row] = await getDb()
    .insert(users)
    .values({ email: `admin-${crypto.randomUUID()}@example.com`, displayName: "مديرة", role: "admin" })
    .returning({ id: users.id });
  return (await loadViewer({ userId: row!.id, sessionVersion: 1 }))!;
};

async function viewerOf(id: string): Promise<SignedInViewer> {
  const [row] = await getDb().select({ sv: users.sessionVersion }).from(users).where(eq(users.id, id));
  return (await loadViewer({ userId: id, sessionVersion: row!.sv }))!;
}

async function account(creator: SignedInViewer, role: UserRole) {
  const { id } = await createUser(creator, { email: `${role}-${crypto.randomUUID()}@example.com`, displayName: "زميل", role, addressedAs: null });
  return viewerOf(id);
}

let chief: SignedInViewer;
beforeAll(async () => {
  chief = await admin();
});

describe("where people land after signing in", () => {
  it("is where each role works until someone chooses otherwise", async () => {
    expect((await getOwnLanding(await account(chief, "writer"))).path).toBe("/editor");
    expect((await getOwnLanding(await account(chief, "moderator"))).path).toBe("/moderation");
    expect((await getOwnLanding(await account(chief, "reader"))).path).toBe("/");
    const landing = await getOwnLanding(chief);
    expect(landing).toMatchObject({ current: "desk", path: "/editor" });
    expect(landing.choices.map((choice) => choice.landing)).toEqual(["home", "desk", "moderation", "users"]);
  });

  it("keeps an admin's choice, and refuses a page the role does not open", async () => {
    const other = await account(chief, "admin");
    await setOwnLanding(other, "users");
    expect(await getOwnLanding(other)).toMatchObject({ current: "users", path: "/admin/users" });

    const writer = await account(chief, "writer");
    await expect(setOwnLanding(writer, "users")).rejects.toMatchObject({ code: "landingNotAllowed" });
    expect((await getOwnLanding(writer)).path).toBe("/editor");
  });

  it("falls back to the new role's own page when a role change takes the chosen one away", async () => {
    const other = await account(chief, "admin");
    await setOwnLanding(other, "users");
    await changeUserRole(chief, other.id, "moderator");
    expect(await getOwnLanding(await viewerOf(other.id))).toMatchObject({ current: "moderation", path: "/moderation" });
  });
});
