import "server-only";
import nodemailer from "nodemailer";
import { env } from "@/lib/env";
import { ar } from "@/lib/i18n/site";

// The SMTP connection, from SMTP_URL; none without it (the embedded demo keeps mail for its outbox).

/** What the worker needs of a transport; tests hand it one pointed at their own sink. */
export interface MailSender {
  sendMail(message: { from: string; to: string; subject: string; text: string; html: string; headers: Record<string, string> }): Promise<unknown>;
}

const TIMEOUTS = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 };

let configured: MailSender | null | undefined;

/** The configured transport, made once per process; null when SMTP_URL is unset. */
export function configuredSender(): MailSender | null {
  configured ??= env.SMTP_URL ? smtpSender(env.SMTP_URL) : null;
  return configured;
}

export function smtpSender(url: string): MailSender {
  return nodemailer.createTransport({ url, ...TIMEOUTS });
}

/** MAIL_FROM, or the site's name at no-reply on SITE_URL's host. */
export function mailFrom(): string {
  return env.MAIL_FROM ?? `"${ar.site.name}" <no-reply@${new URL(env.SITE_URL).hostname}>`;
}
