import type { AddressInfo } from "node:net";
import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";

// A real SMTP server in the test's own process: what Khabar sends arrives here over SMTP and is
// read back with mailparser, as a mail program would read it. It can refuse messages on demand.

export interface SmtpSink {
  url: string;
  /** Every message accepted so far, in order of arrival. */
  received: ParsedMail[];
  /** Refuses the next `count` messages with a temporary failure (451). */
  refuseNext(count: number): void;
  /** Calls `each` with every message accepted from now on, with its raw source. */
  onMessage(each: (message: ParsedMail, raw: Buffer) => void): void;
  close(): Promise<void>;
}

export async function startSmtpSink(): Promise<SmtpSink> {
  const received: ParsedMail[] = [];
  const listeners: ((message: ParsedMail, raw: Buffer) => void)[] = [];
  let refusals = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", async () => {
        if (refusals > 0) {
          refusals--;
          return callback(Object.assign(new Error("Mailbox busy, try again later"), { responseCode: 451 }));
        }
        const raw = Buffer.concat(chunks);
        const message = await simpleParser(raw);
        received.push(message);
        for (const listener of listeners) listener(message, raw);
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    refuseNext: (count) => {
      refusals = count;
    },
    onMessage: (each) => listeners.push(each),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The recipient addresses of a parsed message. */
export function recipientsOf(message: ParsedMail): string[] {
  const to = [message.to ?? []].flat();
  return to.flatMap((address) => address.value.map((entry) => entry.address ?? ""));
}
