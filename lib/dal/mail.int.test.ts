import { createServer, type Socket } from "node:net";
import type { AddressInfo } from "node:net";
import { eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { getDb } from "@/db";
import { mailMessages } from "@/db/schema/mail";
import { users } from "@/db/schema/users";
import { atOnce, describeRace } from "@/db/testing/at-once";
import { recipientsOf, startSmtpSink, type SmtpSink } from "@/db/testing/smtp-sink";
import { deliverDueMail } from "@/lib/mail/worker";
import { smtpSender } from "@/lib/mail/transport";
import { enqueueMail } from "./internal/mail-queue";
import { requestPasswordReset } from "./account-links";
import { registerReader } from "./users";
import { backoffMs } from "@/lib/mail/retry";

let sink: SmtpSink;
beforeAll(async () => {
  sink = await startSmtpSink();
});
afterAll(() => sink.close());

async function queue(count: number, label: string) {
  const ids: string[] = [];
  for (let n = 0; n < count; n++) {
    const to = `${label}-${n}@example.com`;
    await enqueueMail(getDb(), { kind: "test", to, userId: null, subject: `رسالة ${label} ${n}`, text: "نص", html: "<p>نص</p>" });
    ids.push(to);
  }
  return ids;
}

const arrivedFor = (addresses: string[]) => sink.received.flatMap(recipientsOf).filter((to) => addresses.includes(to));

async function statusesOf(addresses: string[]) {
  const rows = await getDb().select({ status: mailMessages.status }).from(mailMessages).where(inArray(mailMessages.to, addresses));
  return rows.map((row) => row.status);
}

describe("the mail queue", () => {
  it("sends each message exactly once when two workers tick together", async () => {
    const addresses = await queue(12, "pair");
    const [first, second] = [smtpSender(sink.url), smtpSender(sink.url)];
    for (let round = 0; round < 6; round++) {
      await Promise.all([deliverDueMail({ sender: first }), deliverDueMail({ sender: second })]);
    }
    expect(arrivedFor(addresses).sort()).toEqual([...addresses].sort());
    expect(await statusesOf(addresses)).toEqual(addresses.map(() => "sent"));
  });

  it("keeps a refused message and sends it after the back-off, once", async () => {
    const [address] = await queue(1, "refused");
    sink.refuseNext(1);
    const sender = smtpSender(sink.url);
    const now = new Date();
    expect(await deliverDueMail({ sender, now })).toMatchObject({ failed: 1, sent: 0 });
    const [row] = await getDb().select().from(mailMessages).where(eq(mailMessages.to, address!));
    expect(row).toMatchObject({ status: "queued", attempts: 1 });
    expect(row!.lastError).toMatch(/451/);
    expect(row!.nextAttemptAt.getTime()).toBe(now.getTime() + backoffMs(1));

    // Not before its time…
    expect(await deliverDueMail({ sender, now: new Date(now.getTime() + 1_000) })).toMatchObject({ sent: 0, failed: 0 });
    expect(arrivedFor([address!])).toEqual([]);
    // …then once.
    expect(await deliverDueMail({ sender, now: new Date(now.getTime() + backoffMs(1) + 1_000) })).toMatchObject({ sent: 1 });
    await deliverDueMail({ sender, now: new Date(now.getTime() + 60 * 60_000) });
    expect(arrivedFor([address!])).toEqual([address]);
    expect(await statusesOf([address!])).toEqual(["sent"]);
  });

  it("without SMTP keeps each message for the outbox and prints it to the log once", async () => {
    const [address] = await queue(1, "kept");
    const log = vi.spyOn(console, "log").mockImplementation(() => {});
    try {
      expect(await deliverDueMail({ sender: null })).toMatchObject({ kept: 1 });
      expect(await deliverDueMail({ sender: null })).toMatchObject({ kept: 0 });
      expect(log.mock.calls.filter(([line]) => String(line).includes(address!))).toHaveLength(1);
    } finally {
      log.mockRestore();
    }
    expect(await statusesOf([address!])).toEqual(["kept"]);
  });

  it("answers registration and password reset while the mail server hangs", async () => {
    // A mail server that accepts connections and never says a word.
    const sockets: Socket[] = [];
    const silent = createServer((socket) => sockets.push(socket));
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
    const stuck = smtpSender(`smtp://127.0.0.1:${(silent.address() as AddressInfo).port}`);
    await queue(1, "stuck");
    const delivering = deliverDueMail({ sender: stuck });
    try {
      const email = `quick-${crypto.randomUUID()}@example.com`;
      const started = Date.now();
      await registerReader({ email, displayName: "قارئ مستعجل", password: "a-long-passphrase" });
      await requestPasswordReset({ email, ip: crypto.randomUUID() });
      expect(Date.now() - started).toBeLessThan(3_000);
      const [user] = await getDb().select({ id: users.id }).from(users).where(eq(users.email, email));
      const queued = await getDb().select({ kind: mailMessages.kind, status: mailMessages.status }).from(mailMessages).where(eq(mailMessages.userId, user!.id));
      expect(queued.map((row) => row.kind).sort()).toEqual(["reset_password", "verify_email"]);
      expect(queued.every((row) => row.status === "queued")).toBe(true);
    } finally {
      for (const socket of sockets) socket.destroy();
      silent.close();
      await delivering;
    }
  });
});

describeRace("two instances claiming the same due mail", () => {
  it("gives each message to one of them", async () => {
    const addresses = await queue(4, "race");
    await atOnce("mail_messages", 2, () => deliverDueMail({ sender: smtpSender(sink.url) }));
    expect(arrivedFor(addresses).sort()).toEqual([...addresses].sort());
    const everyArrival = sink.received.map((message) => `${recipientsOf(message).join()} ${message.subject}`);
    expect(new Set(everyArrival).size).toBe(everyArrival.length);
  });
});
