import "server-only";
import { claimDueMail, recordDelivery, recordFailure, type ClaimedMessage } from "@/lib/dal/mail";
import { configuredSender, mailFrom, type MailSender } from "./transport";

// One mail tick: claim what is due and send it. Called by each instance's editorial clock
// through /api/internal/mail, beside the publishing tick and never inside a request.

export interface DeliveryReport {
  sent: number;
  kept: number;
  failed: number;
}

/** Without a sender (no SMTP_URL), a message is kept for the outbox and printed to the log once: its claim is this worker's alone. */
function keep(message: ClaimedMessage) {
  console.log(`Mail kept (no SMTP_URL): to ${message.to}\nSubject: ${message.subject}\n\n${message.text}\n`);
}

export async function deliverDueMail({ sender = configuredSender(), now }: { sender?: MailSender | null; now?: Date } = {}): Promise<DeliveryReport> {
  const report: DeliveryReport = { sent: 0, kept: 0, failed: 0 };
  for (const message of await claimDueMail(now)) {
    if (!sender) {
      keep(message);
      await recordDelivery(message.id, "kept", now);
      report.kept++;
      continue;
    }
    try {
      await sender.sendMail({ from: mailFrom(), to: message.to, subject: message.subject, text: message.text, html: message.html, headers: message.headers });
      await recordDelivery(message.id, "sent", now);
      report.sent++;
    } catch (error) {
      console.error(`Mail to ${message.to} not sent (attempt ${message.attempts}); it will be retried`, error);
      await recordFailure(message, error instanceof Error ? error.message : String(error), now);
      report.failed++;
    }
  }
  return report;
}
