import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { startSmtpSink } from "@/db/testing/smtp-sink";

// The run's mail server: a real SMTP sink in the runner's process. Each message it accepts is
// written, as received, to the run's folder, where every worker's specs read it (e2e/pages/mailbox.ts).

export const mailDir = (runDir: string) => join(runDir, "mail");

export async function startMailSink(runDir: string) {
  const dir = mailDir(runDir);
  mkdirSync(dir, { recursive: true });
  const sink = await startSmtpSink();
  let count = 0;
  sink.onMessage((_, raw) => writeFileSync(join(dir, `${String(++count).padStart(6, "0")}.eml`), raw));
  return sink;
}
