import { execFileSync } from "node:child_process";
import { mkdir, mkdtemp, readdir, symlink, utimes, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { eq, inArray, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db";
import type { UserRole } from "@/db/schema/enums";
import { users } from "@/db/schema/users";
import { wireItems, wireItemVersions, wireSources } from "@/db/schema/wire";
import { DEMO_ACCOUNTS, seedDemoNewsroom } from "@/db/seed";
import { atOnce, describeRace } from "@/db/testing/at-once";
import { ninjsOf, wireItem } from "@/db/testing/wire-item";
import type { SignedInViewer } from "@/lib/permissions/viewer";
import { generateWireKey, hashWireKey } from "@/lib/wire/api-key";
import { archiveFolder, processDropFolders } from "@/lib/wire/drop-folder";
import type { WireItem } from "@/lib/wire/wire-item";
import { storeWireItem } from "./internal/wire-store";
import { loadViewer } from "./users";
import { claimDroppedFile, finishDroppedFile, STALE_CLAIM_MS } from "./wire-drop-claims";
import { getWireItem, listWireQueue, listWireRejections } from "./wire-desk";
import { authenticateWireSource, ingestWireFile, type WireSourceRef } from "./wire-ingest";

const viewers = {} as Record<UserRole, SignedInViewer>;
const key = generateWireKey();
let agency: WireSourceRef;
let other: WireSourceRef;

const store = (item: WireItem) => storeWireItem(getDb(), agency.id, item, "http");
const bytes = (text: string) => new TextEncoder().encode(text);
const versionsOf = async (uri: string) =>
  (
    await getDb()
      .select({ version: wireItemVersions.version })
      .from(wireItemVersions)
      .innerJoin(wireItems, eq(wireItems.id, wireItemVersions.itemId))
      .where(eq(wireItems.uri, uri))
  )
    .map((row) => row.version)
    .sort();
const latestOf = async (uri: string) => (await getDb().select().from(wireItems).where(eq(wireItems.uri, uri)))[0]!;

beforeAll(async () => {
  await seedDemoNewsroom(getDb());
  for (const account of DEMO_ACCOUNTS) {
    const [row] = await getDb().select({ id: users.id, sv: users.sessionVersion }).from(users).where(eq(users.email, account.email));
    viewers[account.role] = (await loadViewer({ userId: row!.id, sessionVersion: row!.sv }))!;
  }
  const agencies = await getDb()
    .insert(wireSources)
    .values([
      { slug: "test-agency", name: "وكالة الاختبار", attribution: "و ا", apiKeyHash: hashWireKey(key) },
      { slug: "other-agency", name: "وكالة أخرى", attribution: "و أ" },
    ])
    .returning({ id: wireSources.id, slug: wireSources.slug });
  [agency, other] = agencies as [WireSourceRef, WireSourceRef];
});

describe("the demo newsroom's wire", () => {
  it("holds the sample feed's 44 items from two agencies, the newest just in, one embargo still ahead and one kill", async () => {
    const demo = await getDb().select().from(wireItems).where(inArray(wireItems.sourceId, sql`(select id from wire_sources where slug in ('nahr', 'sada'))`));
    expect(demo).toHaveLength(44);
    expect(Math.abs(Date.now() - Math.max(...demo.map((item) => item.versionCreated.getTime())))).toBeLessThan(10 * 60_000);
    expect(demo.filter((item) => item.embargoedUntil && item.embargoedUntil.getTime() > Date.now())).toHaveLength(1);
    expect(demo.filter((item) => item.pubStatus === "canceled")).toMatchObject([{ version: 2, editorNote: expect.stringMatching(/^سحب الخبر/) }]);
    expect(demo.filter((item) => item.version > 1).length).toBeGreaterThanOrEqual(3);
  });
});

describe("an agency item's versions", () => {
  it("keeps the first as new, a repeat as a duplicate, and a later version as the latest with the history whole", async () => {
    const first = wireItem();
    expect(await store(first)).toBe("new");
    expect(await store(first)).toBe("duplicate");
    expect(await store({ ...first, version: 2, headline: "ارتفاع منسوب العاصي يغمر أراضي زراعية" })).toBe("updated");
    expect((await latestOf(first.uri)).headline).toBe("ارتفاع منسوب العاصي يغمر أراضي زراعية");
    expect(await versionsOf(first.uri)).toEqual([1, 2]);
  });

  it("keeps a version that arrives after a later one in the history, not as the latest", async () => {
    const item = wireItem();
    await store({ ...item, version: 4, headline: "النسخة الرابعة" });
    expect(await store({ ...item, version: 3, headline: "النسخة الثالثة" })).toBe("older");
    expect((await latestOf(item.uri)).headline).toBe("النسخة الرابعة");
    expect(await versionsOf(item.uri)).toEqual([3, 4]);
  });

  it("keys items by agency: the same URI from two agencies is two items", async () => {
    const item = wireItem();
    await store(item);
    expect(await storeWireItem(getDb(), other.id, item, "drop")).toBe("new");
  });

  it("shows every version on the item's page, newest first, with the stories made from it", async () => {
    const item = wireItem();
    await store(item);
    await store({ ...item, version: 2, editorNote: "تحديث: ارتفاع المنسوب" });
    const [row] = await getDb().select({ id: wireItems.id }).from(wireItems).where(eq(wireItems.uri, item.uri));
    const detail = (await getWireItem(viewers.writer, row!.id))!;
    expect(detail.versions.map((version) => version.version)).toEqual([2, 1]);
    expect(detail.latest.editorNote).toBe("تحديث: ارتفاع المنسوب");
    expect(detail.stories).toEqual([]);
  });
});

describeRace("the same item from two instances at once", () => {
  it("is stored once: one of four racers finds it new, the others a duplicate", async () => {
    const item = wireItem();
    const outcomes = await atOnce("wire_items", 4, () => store(item));
    expect(outcomes.sort()).toEqual(["duplicate", "duplicate", "duplicate", "new"]);
    expect(await versionsOf(item.uri)).toEqual([1]);
  });

  it("ends on the highest version whichever arrives first", async () => {
    const item = wireItem();
    await store(item);
    await atOnce("wire_items", 3, (index) => store({ ...item, version: index + 2, headline: `النسخة ${index + 2}` }));
    expect((await latestOf(item.uri)).version).toBe(4);
    expect(await versionsOf(item.uri)).toEqual([1, 2, 3, 4]);
  });
});

describe("files from an agency", () => {
  it("parses and stores a ninjs file, and logs a refused one with its reason for the desk", async () => {
    const item = wireItem();
    expect((await ingestWireFile(agency, bytes(ninjsOf(item)), { channel: "http" })).outcome).toBe("new");
    const refused = await ingestWireFile(agency, bytes("<newsItem><unclosed></newsItem>"), { channel: "http", fileName: "broken.xml" });
    expect(refused.outcome).toBe("rejected");
    const [logged] = await listWireRejections(viewers.editor);
    expect(logged).toMatchObject({ agency: "وكالة الاختبار", fileName: "broken.xml", reason: "malformed", channel: "http" });
  });

  it("knows an agency by its key only", async () => {
    expect(await authenticateWireSource("test-agency", key)).toMatchObject({ id: agency.id });
    expect(await authenticateWireSource("test-agency", generateWireKey())).toBeNull();
    expect(await authenticateWireSource("other-agency", key)).toBeNull();
  });
});

describe("a drop folder watched by two instances", () => {
  it("processes each file exactly once, sets refused files aside, and leaves files still uploading alone", async () => {
    const root = await mkdtemp(join(tmpdir(), "wire-drop-"));
    const folder = join(root, "test-agency");
    await mkdir(folder);
    const items = Array.from({ length: 12 }, () => wireItem());
    for (const [index, item] of items.entries()) await writeFile(join(folder, `item-${index}.json`), ninjsOf(item));
    await writeFile(join(folder, "broken.xml"), "<newsItem>");
    await writeFile(join(folder, "coming.json.part"), ninjsOf(wireItem()));
    const past = new Date(Date.now() - 10_000);
    for (const name of await readdir(folder)) await utimes(join(folder, name), past, past);
    await writeFile(join(folder, "just-arrived.json"), ninjsOf(wireItem()));

    const tallies = await Promise.all([processDropFolders(root, Date.now(), "instance-a"), processDropFolders(root, Date.now(), "instance-b")]);
    const processed = tallies.reduce((sum, tally) => sum + (tally.new ?? 0), 0);
    expect(processed).toBe(12);
    for (const item of items) expect(await versionsOf(item.uri)).toEqual([1]);
    expect((await readdir(archiveFolder(root, "test-agency", "done"))).length).toBe(12);
    expect(await readdir(archiveFolder(root, "test-agency", "rejected"))).toEqual([expect.stringMatching(/^[0-9a-f]{16}-broken\.xml$/)]);
    expect((await readdir(folder)).sort()).toEqual(["coming.json.part", "just-arrived.json"]);
  });

  it("reads no link and waits on no pipe an agency leaves in its folder, and files nothing through a link", async () => {
    const root = await mkdtemp(join(tmpdir(), "wire-drop-"));
    const folder = join(root, "test-agency");
    await mkdir(folder);
    const secret = join(root, "elsewhere.json");
    await writeFile(secret, ninjsOf(wireItem({ headline: "ملف خارج مجلد الوكالة" })));
    await symlink(secret, join(folder, "linked.json"));
    execFileSync("mkfifo", [join(folder, "pipe.json")]);
    const past = new Date(Date.now() - 10_000);
    await utimes(secret, past, past);
    expect(await processDropFolders(root, Date.now(), "instance-a")).toEqual({});
    const [stored] = await getDb().select().from(wireItems).where(eq(wireItems.headline, "ملف خارج مجلد الوكالة"));
    expect(stored).toBeUndefined();
  });
});

describe("a claim on a dropped file", () => {
  it("holds against others while its instance works, and passes on once it has been left unfinished too long", async () => {
    const file = { sourceId: agency.id, fileName: "slow.xml", contentHash: crypto.randomUUID() };
    const at = new Date();
    expect(await claimDroppedFile(file, "instance-a", at)).toBe("claimed");
    expect(await claimDroppedFile(file, "instance-b", new Date(at.getTime() + 60_000))).toBe("taken");
    expect(await claimDroppedFile(file, "instance-b", new Date(at.getTime() + STALE_CLAIM_MS + 1_000))).toBe("claimed");
    await finishDroppedFile(file, "instance-b", "new");
    expect(await claimDroppedFile(file, "instance-c", new Date(at.getTime() + 2 * STALE_CLAIM_MS))).toBe("finished");
  });
});

describe("the wire queue", () => {
  it("lists newest first and filters by agency, urgency, language, subject and time", async () => {
    const now = new Date("2026-12-01T12:00:00Z");
    const urgent = wireItem({ urgency: 1, headline: "عاجل للاختبار", versionCreated: new Date("2026-12-01T11:59:00Z"), subjects: ["أمن"] });
    const english = wireItem({ language: "en", headline: "An English test item", versionCreated: new Date("2026-12-01T11:58:00Z") });
    const old = wireItem({ headline: "خبر قديم للاختبار", versionCreated: new Date("2026-11-20T10:00:00Z") });
    for (const item of [urgent, english, old]) await storeWireItem(getDb(), other.id, item, "http");
    const headlines = async (filters: Parameters<typeof listWireQueue>[1]) => (await listWireQueue(viewers.writer, { agency: "other-agency", ...filters }, now)).items.map((item) => item.headline);
    expect((await headlines({})).slice(0, 2)).toEqual(["عاجل للاختبار", "An English test item"]);
    expect(await headlines({ urgency: "urgent" })).toEqual(["عاجل للاختبار"]);
    expect(await headlines({ language: "en" })).toEqual(["An English test item"]);
    expect(await headlines({ subject: "أمن" })).toEqual(["عاجل للاختبار"]);
    expect(await headlines({ hours: 24 })).not.toContain("خبر قديم للاختبار");
  });

  it("pages by a cursor with nothing lost or shown twice", async () => {
    const base = Date.parse("2026-10-01T00:00:00Z");
    const items = Array.from({ length: 45 }, (_, index) => wireItem({ headline: `صفحات ${index}`, versionCreated: new Date(base + Math.floor(index / 2) * 60_000) }));
    const source = (await getDb().insert(wireSources).values({ slug: "paging-agency", name: "وكالة الصفحات", attribution: "و ص" }).returning())[0]!;
    for (const item of items) await storeWireItem(getDb(), source.id, item, "http");
    const first = await listWireQueue(viewers.writer, { agency: "paging-agency" });
    expect(first.items).toHaveLength(40);
    const [at, id] = first.olderThan!.split("_");
    const second = await listWireQueue(viewers.writer, { agency: "paging-agency", olderThan: [new Date(at!), id!] });
    expect(second.olderThan).toBeNull();
    const seen = [...first.items, ...second.items].map((item) => item.headline);
    expect(new Set(seen).size).toBe(45);
  });
});
