import { eq } from "drizzle-orm";
import { isRedirectError } from "next/dist/client/components/redirect-error";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { getDb } from "@/db";
import { articles } from "@/db/schema/articles";
import { users } from "@/db/schema/users";
import { DEMO_ACCOUNTS, seedDemoNewsroom } from "@/db/seed";
import type { Viewer } from "@/lib/permissions/viewer";
import * as registerActions from "@/app/(auth)/register/actions";
import * as accountActions from "@/app/(auth)/account/actions";
import * as userActions from "@/app/(newsroom)/admin/users/actions";
import { ar } from "@/lib/i18n/ar";
import { heartbeat } from "./story-presence";
import { getOwnAddressing, loadViewer } from "./users";

// How people read to each other: a name typed with bidi controls or invisible characters is
// stored, and so shown, without them; messages about a colleague agree with how they asked to be spoken of.

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

describe("how colleagues are spoken of", () => {
  const staff = (role: "writer" | "editor" | "admin") => viewerOf(DEMO_ACCOUNTS.find((account) => account.role === role)!.email);

  it("tells an editor that the seeded admin, a woman, is editing the story, and to coordinate with her", async () => {
    const [admin, editor] = [await staff("admin"), await staff("editor")];
    const [story] = await getDb().select({ id: articles.id }).from(articles).limit(1);
    await heartbeat(admin, story!.id);
    const others = (await heartbeat(editor, story!.id))!.othersEditing;
    expect(ar.editor.presence(others)).toBe("سلمى المديرة تحرّر هذا الخبر الآن. يمكنك التعديل، لكن نسّق معها حتى لا تتعارض التعديلات.");
  });

  it("lets a person choose on /account, and an admin for them, how messages speak of them", async () => {
    const reader = DEMO_ACCOUNTS.find((account) => account.role === "reader")!;
    request.viewer = await viewerOf(reader.email);
    expect((await accountActions.updateProfileAction({}, form({ displayName: reader.displayName, addressedAs: "" }))).ok).toBe(true);
    expect(await getOwnAddressing(request.viewer)).toBeNull();

    request.viewer = await staff("admin");
    const target = (await viewerOf(reader.email))!.id;
    expect((await userActions.setAddressingAction({}, form({ userId: target, addressedAs: "feminine" }))).ok).toBe(true);
    expect(await getOwnAddressing(await viewerOf(reader.email))).toBe("feminine");
    expect((await userActions.setAddressingAction({}, form({ userId: target, addressedAs: "plural" }))).message).toContain("اختر من القائمة");
  });
});
