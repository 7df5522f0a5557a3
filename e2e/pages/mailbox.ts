import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { expect } from "@playwright/test";
import { simpleParser, type ParsedMail } from "mailparser";
import { recipientsOf } from "@/db/testing/smtp-sink";
import { mailDir } from "../harness/mail-sink";
import { run } from "../harness/run";

// A reader's mailbox: the messages the run's SMTP sink received for one address.

async function messagesTo(address: string): Promise<ParsedMail[]> {
  const dir = mailDir(run.dir);
  const files = readdirSync(dir).sort();
  const parsed = await Promise.all(files.map((file) => simpleParser(readFileSync(join(dir, file)))));
  return parsed.filter((message) => recipientsOf(message).includes(address));
}

/** Waits for the `nth` (1-based) message to `address` whose subject matches, as it arrived over SMTP. */
export async function waitForMail(address: string, subject: RegExp, { nth = 1, timeout = 20_000 } = {}): Promise<ParsedMail> {
  let found: ParsedMail | undefined;
  await expect
    .poll(
      async () => {
        found = (await messagesTo(address)).filter((message) => subject.test(message.subject ?? ""))[nth - 1];
        return Boolean(found);
      },
      { timeout, message: `no message ${subject} to ${address}` },
    )
    .toBe(true);
  return found!;
}

/** How many messages to `address` have a subject matching. */
export async function countMail(address: string, subject: RegExp): Promise<number> {
  return (await messagesTo(address)).filter((message) => subject.test(message.subject ?? "")).length;
}

/** The path of the first link in the message's plain text that goes to `prefix` (the site's own address may differ from the run's). */
export function linkPath(message: ParsedMail, prefix: string): string {
  const url = (message.text ?? "").match(/https?:\/\/\S+/g)?.map((link) => new URL(link)).find((link) => link.pathname.startsWith(prefix));
  if (!url) throw new Error(`no ${prefix} link in «${message.subject}»`);
  return `${url.pathname}${url.search}`;
}
