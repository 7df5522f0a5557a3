import { eq } from "drizzle-orm";
import { isRedirectError } from "next/dist/client/components/redirect-error";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { getDb } from "@/db";
import { users } from "@/db/schema/users";
import { DEMO_ACCOUNTS, seedDemoNewsroom } from "@/db/seed";
import type { Viewer } from "@/lib/permissions/viewer";
import * as registerActions from "@/app/(auth)/register/actions";
import * as accountActions from "@/app/(auth)/account/actions";
import * as userActions from "@/app/(newsroom)/admin/users/actions";
import { loadViewer } from "./users";

// A name typed with bidi controls or invisible characters is stored, and so shown, without them.

const request = vi.hoisted(() => ({ viewer: null as Viewer }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn(), updateTag: vi.fn() }));
vi.mock("@/lib/auth/session", () => ({ getViewer: async () => request.viewer }));
vi.mock("@/lib/request-ip", () => ({ clientIp: async () => "203.0.113.15" }));
vi.mock("@/lib/auth/config", () => ({ signIn: async () => undefined, signOut: async () => undefined }));
vi.mock("next-auth", () => ({ CredentialsSignin: class extends Error {} }));

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
};

async function viewerOf(email: string): Promise<Viewer> {
  const [row] = await getDb().select({ id: users.id, sessionVersion: users.sessionVersion }).from(users).where(eq(users.email, email));
  return loadViewer({ userId: row!.id, sessionVersion: row!.sessionVersion });
}

async function redirected(call: Promise<unknown>) {
  try {
    return await call;
  } catch (error) {
    if (isRedirectError(error)) return { redirected: true };
    throw error;
  }
}

beforeAll(async () => {
  await seedDemoNewsroom(getDb());
});

describe("display names", () => {
  it("registers a name typed with RLO as the letters a reader sees, in their order", async () => {
    const email = "rlo@example.com";
    await redirected(registerActions.registerAction({}, form({ displayName: "\u202Enimda\u200B\u202C", email, password: "شاي-بالنعناع-2026" })));
    expect((await viewerOf(email))?.displayName).toBe("nimda");
  });

  it("refuses a profile name without a visible letter in Arabic and keeps the old one", async () => {
    const reader = DEMO_ACCOUNTS.find((account) => account.role === "reader")!;
    request.viewer = await viewerOf(reader.email);
    const answer = await accountActions.updateProfileAction({}, form({ displayName: "\u200B\u3164\u3164\u202E" }));
    expect(answer.fieldErrors?.displayName?.join(" ")).toContain("حروف تُقرأ");
    expect((await viewerOf(reader.email))?.displayName).toBe(reader.displayName);
  });

  it("neutralises a name an admin gives a colleague", async () => {
    request.viewer = await viewerOf(DEMO_ACCOUNTS.find((account) => account.role === "admin")!.email);
    const email = "colleague@example.com";
    const answer = await userActions.createUserAction({}, form({ displayName: "\u2067رنا\u2069 \u202Dحداد", email, role: "writer" }));
    expect(answer.ok).toBe(true);
    expect((await viewerOf(email))?.displayName).toBe("رنا حداد");
  });
});
