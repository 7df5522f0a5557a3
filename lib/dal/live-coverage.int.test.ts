import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { articles } from "@/db/schema/articles";
import { liveUpdateRevisions } from "@/db/schema/live";
import type { UserRole } from "@/db/schema/enums";
import { users } from "@/db/schema/users";
import { DEMO_ACCOUNTS, seedDemoNewsroom } from "@/db/seed";
import { atOnce, describeRace } from "@/db/testing/at-once";
import { documentFromParagraphs } from "@/lib/article-document";
import { AuthorizationError, DomainError } from "@/lib/errors";
import { ar } from "@/lib/i18n/ar";
import { liveBus } from "@/lib/live/bus";
import { storyChannel, type LiveEvent } from "@/lib/live/events";
import type { SignedInViewer } from "@/lib/permissions/viewer";
import type { LiveUpdateInput } from "@/lib/validation/live";
import { changeUpdateState, editUpdate, getLiveDesk, listOpenCoverage, liveDeskHeartbeat, postUpdate, setCoverage } from "./live-coverage";
import { latestLiveEventId, liveEventsAfter } from "./live-events";
import { getPublishedArticle } from "./public-articles";
import { getLiveCoveragePage } from "./public-live";
import { loadViewer } from "./users";

const viewers = {} as Record<UserRole, SignedInViewer>;
const liveHeadline = "تغطية مباشرة: عاصفة ثلجية تقطع طرقًا في سوريا ولبنان وتوقف الدراسة في عدة مدن";
const otherHeadline = "انقطاع واسع للتيار الكهربائي في دمشق وريفها إثر عطل في محطة تحويل رئيسية";
let liveId: string;
let otherId: string;

const update = (text: string, extra: Partial<LiveUpdateInput> = {}): LiveUpdateInput => ({
  headline: "",
  body: documentFromParagraphs([text]),
  isKeyEvent: false,
  ...extra,
});

async function idOf(headline: string) {
  const [row] = await getDb().select({ id: articles.id }).from(articles).where(eq(articles.headline, headline));
  return row!.id;
}

beforeAll(async () => {
  await seedDemoNewsroom(getDb());
  for (const account of DEMO_ACCOUNTS) {
    const [row] = await getDb().select({ id: users.id, sv: users.sessionVersion }).from(users).where(eq(users.email, account.email));
    viewers[account.role] = (await loadViewer({ userId: row!.id, sessionVersion: row!.sv }))!;
  }
  liveId = await idOf(liveHeadline);
  otherId = await idOf(otherHeadline);
});

describe("the demo newsroom's live coverage", () => {
  it("is under way with fifteen updates, three of them key events, newest first", async () => {
    const story = await getPublishedArticle((await getDb().select({ slug: articles.slug }).from(articles).where(eq(articles.id, liveId)))[0]!.slug);
    expect(story?.coverage?.endedAt).toBeNull();
    const page = (await getLiveCoveragePage(liveId, 1))!;
    expect(page.updates).toHaveLength(15);
    expect(page.keyEvents.map((key) => key.headline)).toEqual(["إعادة فتح طريق دمشق–حمص جزئيًا", "تعليق الدوام في المدارس", "إغلاق طريق دمشق–حمص الدولي"]);
    const times = page.updates.map((u) => u.publishedAt);
    expect([...times].sort().reverse()).toEqual(times);
    expect(await listOpenCoverage(viewers.writer)).toEqual([{ id: liveId, headline: liveHeadline }]);
  });
});

describe("posting updates", () => {
  it("publishes an editor's update to readers at once, and records the message open pages are sent", async () => {
    const before = await latestLiveEventId();
    const write = await postUpdate(viewers.editor, { articleId: liveId, publish: true, update: update("وصل وزير الإدارة المحلية إلى المؤتمر الصحفي.", { headline: "بدء المؤتمر الصحفي" }) });
    expect(write.announce).toHaveLength(1);
    const page = (await getLiveCoveragePage(liveId, 1))!;
    expect(page.updates[0]).toMatchObject({ id: write.outcome.id, headline: "بدء المؤتمر الصحفي", authors: [{ name: "كريم المحرر" }] });
    const [message] = await liveEventsAfter([storyChannel(liveId)], before);
    expect(message).toMatchObject({ kind: "update", update: { id: write.outcome.id, version: 1 } });
  });

  it("keeps a writer's update as a draft, out of readers' sight, until an editor publishes it", async () => {
    const before = await latestLiveEventId();
    const draft = await postUpdate(viewers.writer, { articleId: liveId, publish: false, update: update("مسودة من الكاتبة عن حركة الطيران.") });
    expect(draft.announce).toEqual([]);
    expect((await getLiveCoveragePage(liveId, 1))!.updates.some((u) => u.id === draft.outcome.id)).toBe(false);
    await expect(postUpdate(viewers.writer, { articleId: liveId, publish: true, update: update("نص") })).rejects.toBeInstanceOf(AuthorizationError);
    await expect(changeUpdateState(viewers.writer, { updateId: draft.outcome.id, action: "publish" })).rejects.toBeInstanceOf(AuthorizationError);

    const desk = (await getLiveDesk(viewers.editor, liveId))!;
    expect(desk.updates.find((u) => u.id === draft.outcome.id)).toMatchObject({ status: "draft", mayChange: true });
    await changeUpdateState(viewers.editor, { updateId: draft.outcome.id, action: "publish" });
    expect((await getLiveCoveragePage(liveId, 1))!.updates[0]!.id).toBe(draft.outcome.id);
    expect((await liveEventsAfter([storyChannel(liveId)], before)).map((e) => e.kind)).toEqual(["update"]);
  });

  it("shows writers the desk of coverage under way only, and who works on it", async () => {
    expect(await getLiveDesk(viewers.writer, otherId)).toBeNull();
    await expect(liveDeskHeartbeat(viewers.writer, otherId)).rejects.toBeInstanceOf(AuthorizationError);
    expect(await getLiveDesk(viewers.writer, liveId)).not.toBeNull();
    expect(await liveDeskHeartbeat(viewers.writer, liveId)).toEqual([]);
  });

  it("refuses readers and moderators", async () => {
    for (const role of ["reader", "moderator"] as const) {
      await expect(postUpdate(viewers[role], { articleId: liveId, publish: false, update: update("نص") })).rejects.toBeInstanceOf(AuthorizationError);
    }
  });
});

describe("changing an update", () => {
  it("keeps what it said, marks it edited, adds the editor as an author, and refuses a stale edit", async () => {
    const posted = await postUpdate(viewers.editor, { articleId: liveId, publish: true, update: update("ارتفع عدد العالقين إلى 40.") });
    const writer = await postUpdate(viewers.writer, { articleId: liveId, publish: false, update: update("مسودة") });
    await changeUpdateState(viewers.editor, { updateId: writer.outcome.id, action: "publish" });
    const edited = await editUpdate(viewers.admin, { updateId: posted.outcome.id, baseVersion: 1, update: update("ارتفع عدد العالقين إلى 45.") });
    expect(edited.outcome.version).toBe(2);
    const view = (await getLiveCoveragePage(liveId, 1))!.updates.find((u) => u.id === posted.outcome.id)!;
    expect(view.editedAt).not.toBeNull();
    expect(view.authors.map((a) => a.name)).toEqual(["كريم المحرر", "سلمى المديرة"]);
    const revisions = await getDb().select().from(liveUpdateRevisions).where(eq(liveUpdateRevisions.updateId, posted.outcome.id));
    expect(revisions).toHaveLength(1);
    // A page replaying later is told the update as it stands, not its first words.
    const told = (await liveEventsAfter([storyChannel(liveId)], 0)).filter((e) => e.kind === "update" && e.update.id === posted.outcome.id);
    expect(told.map((e) => e.kind === "update" && e.update.version)).toEqual([2]);

    const stale = editUpdate(viewers.editor, { updateId: posted.outcome.id, baseVersion: 1, update: update("نص قديم") });
    await expect(stale).rejects.toThrow(DomainError);
    await expect(stale).rejects.toMatchObject({ userMessage: ar.liveDesk.errors.stale });
  });

  it("pins a key event, and removes an update from the page with a message saying so", async () => {
    const posted = await postUpdate(viewers.editor, { articleId: liveId, publish: true, update: update("بيان جديد من الدفاع المدني.") });
    await changeUpdateState(viewers.editor, { updateId: posted.outcome.id, action: "pin" });
    expect((await getLiveCoveragePage(liveId, 1))!.keyEvents[0]).toMatchObject({ id: posted.outcome.id, headline: "بيان جديد من الدفاع المدني.", page: 1 });

    const before = await latestLiveEventId();
    await changeUpdateState(viewers.editor, { updateId: posted.outcome.id, action: "remove" });
    const page = (await getLiveCoveragePage(liveId, 1))!;
    expect(page.updates.some((u) => u.id === posted.outcome.id)).toBe(false);
    expect(page.keyEvents.some((k) => k.id === posted.outcome.id)).toBe(false);
    expect(await liveEventsAfter([storyChannel(liveId)], before)).toMatchObject([{ kind: "update-removed", updateId: posted.outcome.id, version: 3 }]);
    // What it said is no longer on the record for anyone to replay.
    const said = (await liveEventsAfter([storyChannel(liveId)], 0)).filter((e) => e.kind === "update" && e.update.id === posted.outcome.id);
    expect(said).toEqual([]);
  });
});

describe("coverage", () => {
  it("starts on any story, ends, refuses updates while ended, and reopens", async () => {
    await setCoverage(viewers.editor, otherId, "start");
    const first = await postUpdate(viewers.editor, { articleId: otherId, publish: true, update: update("عادت الكهرباء إلى المزة.") });
    expect(first.announce).toHaveLength(1);
    const ended = await setCoverage(viewers.editor, otherId, "end");
    expect(ended.outcome.message).toBe(ar.liveDesk.endedDone);
    await expect(postUpdate(viewers.editor, { articleId: otherId, publish: true, update: update("نص") })).rejects.toMatchObject({ userMessage: ar.liveDesk.errors.notLive });
    expect((await liveEventsAfter([storyChannel(otherId)], 0)).at(-1)).toMatchObject({ kind: "coverage" });
    await setCoverage(viewers.editor, otherId, "reopen");
    await postUpdate(viewers.editor, { articleId: otherId, publish: true, update: update("تحديث بعد إعادة الفتح.") });
    await expect(setCoverage(viewers.writer, otherId, "end")).rejects.toBeInstanceOf(AuthorizationError);
  });

  it("tells open pages on every instance: a subscriber hears a published update", async () => {
    const heard = new Promise<LiveEvent>((resolve) => {
      const stop = liveBus().subscribe([storyChannel(liveId)], (event) => {
        stop();
        resolve(event);
      });
    });
    await liveBus().listening();
    const write = await postUpdate(viewers.editor, { articleId: liveId, publish: true, update: update("رسالة تصل إلى الصفحات المفتوحة.") });
    await liveBus().announce(write.announce);
    expect(await heard).toMatchObject({ id: write.announce[0], kind: "update", update: { id: write.outcome.id } });
  });
});

describeRace("editors posting at once", () => {
  it("all get their updates in: adding one never conflicts with another", async () => {
    const results = await atOnce("live_updates", 4, (index) =>
      postUpdate(index % 2 ? viewers.editor : viewers.admin, { articleId: liveId, publish: true, update: update(`تحديث متزامن رقم ${index + 1}`) }),
    );
    const ids = new Set(results.map((r) => r.outcome.id));
    expect(ids.size).toBe(4);
    const shown = (await getLiveCoveragePage(liveId, 1))!.updates.map((u) => u.id);
    for (const id of ids) expect(shown).toContain(id);
  });
});
