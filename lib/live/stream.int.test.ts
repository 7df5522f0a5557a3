import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { eq, isNotNull } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { GET } from "@/app/api/live/events/route";
import { getDb } from "@/db";
import { articles } from "@/db/schema/articles";
import { users } from "@/db/schema/users";
import { seedDemoNewsroom } from "@/db/seed";
import { documentFromParagraphs } from "@/lib/article-document";
import { postUpdate } from "@/lib/dal/live-coverage";
import { latestLiveEventId } from "@/lib/dal/live-events";
import { loadViewer } from "@/lib/dal/users";
import { env } from "@/lib/env";
import type { SignedInViewer } from "@/lib/permissions/viewer";
import { liveStreamServer } from "@/lib/server/live-streams";
import { liveBus } from "./bus";
import { storyChannel } from "./events";
import { serveLiveStreamsFromNode } from "./node-stream";
import { liveStream } from "./stream";

// Live streams as a browser's EventSource meets them, from Next's route and from Khabar's own
// server (as `npm start` serves them): replay after the id it names, then what comes, each
// message once; a refusal it can fall back from.

let editor: SignedInViewer;
let channel: string;
let articleId: string;
const aborts: AbortController[] = [];
let ownServer: Server;
let ownOrigin: string;

beforeAll(async () => {
  await seedDemoNewsroom(getDb());
  const [row] = await getDb().select({ id: users.id, sv: users.sessionVersion }).from(users).where(eq(users.email, "editor@khabar.test"));
  editor = (await loadViewer({ userId: row!.id, sessionVersion: row!.sv }))!;
  const [story] = await getDb().select({ id: articles.id }).from(articles).where(isNotNull(articles.coverageStartedAt));
  articleId = story!.id;
  channel = storyChannel(articleId);
  serveLiveStreamsFromNode();
  const serve = liveStreamServer()!;
  ownServer = createServer((request, response) => void serve(request, response, String(request.headers["x-forwarded-for"])));
  await new Promise<void>((resolve) => ownServer.listen(0, "127.0.0.1", resolve));
  ownOrigin = `http://127.0.0.1:${(ownServer.address() as AddressInfo).port}`;
});

afterEach(() => aborts.splice(0).forEach((abort) => abort.abort()));
afterAll(() => ownServer.close());

async function post(text: string) {
  const write = await postUpdate(editor, { articleId, publish: true, update: { headline: "", body: documentFromParagraphs([text]), isKeyEvent: false } });
  await liveBus().announce(write.announce);
  return write.announce[0]!;
}

type Open = (query: string, headers?: Record<string, string>, address?: string) => Promise<Response>;

function opener(send: (url: string, init: RequestInit) => Promise<Response>): Open {
  return (query, headers = {}, address = "198.51.100.7") => {
    const abort = new AbortController();
    aborts.push(abort);
    return send(`/api/live/events?${query}`, { headers: { "x-forwarded-for": address, ...headers }, signal: abort.signal });
  };
}

const fromRoute = opener((path, init) => GET(new Request(`http://localhost${path}`, init)));
const fromOwnServer = opener((path, init) => fetch(`${ownOrigin}${path}`, init));

/** The ids of the messages the stream sends, read until `count` have come. */
async function ids(response: Response, count: number): Promise<number[]> {
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  let text = "";
  const deadline = Date.now() + 5_000;
  while (Date.now() < deadline) {
    const { value, done } = await Promise.race([reader.read(), new Promise<never>((_, fail) => setTimeout(() => fail(new Error("stream went quiet")), 5_000))]);
    if (done) break;
    text += decoder.decode(value);
    const seen = [...text.matchAll(/^id: (\d+)$/gm)].map((match) => Number(match[1]));
    if (seen.length >= count) {
      reader.releaseLock();
      return seen;
    }
  }
  throw new Error(`only got: ${text}`);
}

describe.each([
  ["Next's route", fromRoute, "203.0.113.9"],
  ["Khabar's own server", fromOwnServer, "203.0.113.19"],
])("a live stream from %s", (_, open, crowdedAddress) => {
  it("sends a reconnecting reader what it missed after Last-Event-ID, then what comes, each once and in order", async () => {
    const before = await latestLiveEventId();
    const missed = [await post("فات القارئ الأول"), await post("فات القارئ الثاني")];
    const response = await open(`channels=site,${channel}&after=0`, { "last-event-id": String(before) });
    expect(response.headers.get("content-type")).toContain("text/event-stream");
    const received = ids(response, 3);
    await new Promise((resolve) => setTimeout(resolve, 200));
    const fresh = await post("وصل أثناء الاتصال");
    expect(await received).toEqual([...missed, fresh]);
  });

  it("refuses streams past the per-address limit with a clear answer to poll instead", async () => {
    const opened = await Promise.all(Array.from({ length: env.LIVE_MAX_STREAMS_PER_ADDRESS }, () => open(`channels=site`, {}, crowdedAddress)));
    expect(opened.every((response) => response.status === 200)).toBe(true);
    const refused = await open("channels=site", {}, crowdedAddress);
    expect(refused.status).toBe(503);
    expect(refused.headers.get("retry-after")).toBe("20");
    expect(await refused.json()).toMatchObject({ poll: true });
    expect((await open("channels=site", {}, `${crowdedAddress}0`)).status).toBe(200);
  });

  it("refuses channels that do not exist", async () => {
    for (const query of ["channels=admin", "channels=story:nope", "channels=", "channels=site&after=-1"]) {
      expect((await open(query)).status).toBe(400);
    }
  });
});

describe("Next's route", () => {
  it("answers a poll with the messages after the id it names", async () => {
    const before = await latestLiveEventId();
    const id = await post("لمن يسأل كل عشرين ثانية");
    const answer = await (await fromRoute(`channels=${channel}&after=${before}&poll=1`)).json();
    expect(answer).toMatchObject({ reset: false, events: [{ id, kind: "update", channel }] });
  });
});

describe("a reader that stops reading", () => {
  it("is let go once it is too far behind, to catch up from the database when it reconnects", async () => {
    let released = false;
    const stream = liveStream({ channels: [channel], after: null, signal: new AbortController().signal, onClose: () => (released = true), maxBehindBytes: 100 });
    await new Promise((resolve) => setTimeout(resolve, 200));
    await post("الأول");
    await post("الثاني");
    await expect.poll(() => released).toBe(true);
    const reader = stream.getReader();
    let text = "";
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) text += new TextDecoder().decode(chunk.value);
    expect(text).toContain("retry:");
  });
});
